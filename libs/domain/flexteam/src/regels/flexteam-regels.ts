import type { AwbStap, Regels } from '@handhaving/domain-awb';
import { DomainRuleViolation, leesPandIn, normalePandSleutel, type Pand, type PandInvoer } from '@handhaving/domain-shared';

/*
 * What the control and the outgoing request check alike, each under its own rule prefix
 * (`flexteam/…`, `verzoek/…`): the day an event is recorded, a pand, a key of a pand, a list of
 * choices.
 */

/** The day an event is recorded: the API's `vandaag`, else the step's own date. */
export function geregistreerdOp(command: Pick<AwbStap, 'vandaag' | 'datum'>): string {
  return command.vandaag ?? command.datum;
}

/** A pand read by the shared identity; its refusal keeps the `pand/…` rule and names the field under `veld`. */
export function pandIn(regels: Regels, invoer: PandInvoer | Pand | undefined, veld: string): Pand {
  if (typeof invoer !== 'object' || invoer === null) return regels.weiger('pand-ontbreekt', 'Noem het pand: een BAG-id of postcode en huisnummer', veld);
  return leesPandIn(invoer, veld);
}

/** A pand's key as `pandSleutel` writes it (`adres:6461AB-12`, `bag:0928010000012345`), also when written loosely; refused naming `veld`. */
export function sleutelIn(sleutel: string, veld: string): string {
  return metVeld(veld, () => normalePandSleutel(String(sleutel ?? '')));
}

function metVeld<T>(veld: string, lees: () => T): T {
  try {
    return lees();
  } catch (fout) {
    if (fout instanceof DomainRuleViolation) throw new DomainRuleViolation(fout.rule, fout.detail, veld);
    throw fout;
  }
}

/**
 * A list of choices from `toegestaan`: at least one, each known, none twice. Refusals
 * `{ontbreekt}` on `veld`, `{wat}-onbekend` and `{wat}-dubbel` on `veld[i]`.
 */
export function keuzes<T extends string>(regels: Regels, waarden: readonly unknown[] | undefined, toegestaan: readonly T[], ontbreekt: string, wat: string, veld: string): readonly T[] {
  if (!Array.isArray(waarden) || waarden.length === 0) return regels.weiger(ontbreekt, `Kies ten minste één ${wat} uit ${toegestaan.join(', ')}`, veld);
  waarden.forEach((waarde, i) => {
    regels.keuze(waarde, toegestaan, `${wat}-onbekend`, wat, `${veld}[${i}]`);
    if (waarden.indexOf(waarde) !== i) regels.weiger(`${wat}-dubbel`, `${String(waarde)} staat twee keer in ${veld}: noem elke ${wat} één keer`, `${veld}[${i}]`);
  });
  return waarden as readonly T[];
}

/** A whole number from `minimum` through `maximum`, or a refusal on `veld`. */
export function geheelGetal(regels: Regels, waarde: unknown, minimum: number, regel: string, detail: string, veld: string, maximum = Number.MAX_SAFE_INTEGER): number {
  if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < minimum || waarde > maximum) regels.weiger(regel, `${detail}, niet ${JSON.stringify(waarde)}`, veld);
  return waarde as number;
}
