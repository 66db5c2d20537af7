import type { FieldProblem } from '../problem-details/problem';

/**
 * No list in a request of this API is longer than this: the longest a request means to carry is an
 * import's 1,000 opdrachten, and every list of a request DTO has its own, smaller `@ArrayMaxSize`.
 * This is the safety net under those: a list in a field without its own limit (inside a free JSON
 * object, a field added later) is refused before validation walks each of its elements.
 */
export const MAX_LIJSTLENGTE = 10_000;

/**
 * The first list in `waarde` longer than {@link MAX_LIJSTLENGTE}, as a 400 problem naming its path
 * (`vondsten`, `adressen.3.signalen`); none: undefined. The walk keeps its own stack, so a deep
 * value cannot overflow it (bodies are held to 32 levels before this by json-body.ts).
 */
export function teLangeLijst(waarde: unknown, maximum = MAX_LIJSTLENGTE): FieldProblem | undefined {
  const pending: { readonly value: unknown; readonly pad: string }[] = [{ value: waarde, pad: '' }];
  for (let deel = pending.pop(); deel !== undefined; deel = pending.pop()) {
    if (typeof deel.value !== 'object' || deel.value === null) continue;
    if (Array.isArray(deel.value) && deel.value.length > maximum) {
      const veld = deel.pad === '' ? '(body)' : deel.pad;
      return { field: veld, rule: 'lijst-te-lang', detail: `${veld} heeft ${deel.value.length} elementen; een lijst in een verzoek heeft er ten hoogste ${maximum}` };
    }
    for (const [sleutel, kind] of Object.entries(deel.value)) pending.push({ value: kind, pad: deel.pad === '' ? sleutel : `${deel.pad}.${sleutel}` });
  }
  return undefined;
}
