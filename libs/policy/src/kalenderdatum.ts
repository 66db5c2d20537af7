import { DateTime } from 'luxon';

/*
 * Policy dates are calendar dates (`YYYY-MM-DD`), never instants: a policy "gaat in op
 * 1 januari 2020" for the whole of that day in the gemeente. As strings of that one form they
 * sort in date order, which the lookups rely on.
 */

const PATROON = /^\d{4}-\d{2}-\d{2}$/;

export function isKalenderdatum(waarde: unknown): waarde is string {
  return typeof waarde === 'string' && PATROON.test(waarde) && DateTime.fromFormat(waarde, 'yyyy-MM-dd', { zone: 'utc' }).isValid;
}
