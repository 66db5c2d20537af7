import { regelsVoor, type AwbStap, type Regels } from '@handhaving/domain-awb';

/** The kernel's rules under this context's prefix: refusals read `dwangsom/{regel}`. */
export function dwangsomRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('dwangsom', command);
}
