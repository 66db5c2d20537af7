import { regelsVoor, type AwbStap, type Regels } from '@handhaving/domain-awb';

/** The kernel's rules under this context's prefix: refusals read `kamerverhuur/{regel}`. */
export function kamerverhuurRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('kamerverhuur', command);
}

/** The day an event is recorded: the API's `vandaag`, else the step's own date. */
export function geregistreerdOp(command: Pick<AwbStap, 'vandaag' | 'datum'>): string {
  return command.vandaag ?? command.datum;
}
