import { pandSleutel, type Pand } from '@handhaving/domain-shared';
import type { Regels } from '@handhaving/domain-awb';
import { geheelGetal, geregistreerdOp, keuzes, pandIn } from '../../regels/flexteam-regels';
import type { GevraagdBezoek, RegistreerUitvoering } from '../controle.commands';
import { BEVINDINGEN, type Bevinding, type Bezoek, type ControleEvent } from '../controle.events';
import type { ControleState, Planning } from '../controle.state';
import { metAfronding } from '../regels/afgerond';
import { controleRegels, vereisControle } from '../regels/controle-regels';
import { vervolgenVan } from '../regels/vervolgen';

/** The findings a kamerverhuur handhavingstraject follows: it opens against one overtreder. */
const TEGEN_OVERTREDER: readonly Bevinding[] = ['kamerverhuur', 'woningsplitsing'];

/**
 * The team held the control: on which day (not before the planning; it may differ from the day
 * planned), how many took part, and per address visited — planned or added on the day — access,
 * persons found against those in the BRP, and the findings. A control with nothing to follow up is
 * afgerond at once.
 */
export function registreerUitvoering(command: RegistreerUitvoering, state: ControleState): readonly ControleEvent[] {
  const regels = controleRegels(command);
  const controle = vereisControle(state, command.zaakId, ['gepland'], 'De uitvoering wordt vastgelegd bij een geplande controle');
  regels.volgorde(controle.planning.datum, command.datum, 'datum', 'Een controle wordt uitgevoerd op of na de dag waarop zij gepland is');
  const teamgrootte = geheelGetal(regels, command.teamgrootte, 1, 'teamgrootte-ongeldig', 'Noem met hoeveel mensen het team op pad was: een heel getal van ten minste 1', 'teamgrootte');
  if (!Array.isArray(command.bezoeken) || command.bezoeken.length === 0) regels.weiger('bezoeken-ontbreken', 'Noem ten minste één bezocht adres met zijn bevindingen', 'bezoeken');
  const bezoeken: Bezoek[] = [];
  command.bezoeken.forEach((gevraagd, i) => {
    const bezoek = bezoekVan(regels, gevraagd, controle.planning, `bezoeken[${i}]`);
    if (bezoeken.some((b) => b.pandSleutel === bezoek.pandSleutel)) regels.weiger('pand-dubbel', `${bezoek.pandSleutel} staat twee keer in de bezoeken: leg elk adres één keer vast, met al zijn bevindingen`, `bezoeken[${i}].pand`);
    bezoeken.push(bezoek);
  });
  const uitgevoerd: ControleEvent = { type: 'ControleUitgevoerd', zaakId: command.zaakId, teamgrootte, bezoeken, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) };
  return metAfronding(command, uitgevoerd, vervolgenVan(bezoeken).length > 0);
}

function bezoekVan(regels: Regels, gevraagd: GevraagdBezoek, planning: Planning, veld: string): Bezoek {
  const pand: Pand = pandIn(regels, gevraagd?.pand, `${veld}.pand`);
  const sleutel = pandSleutel(pand);
  if (typeof gevraagd.toegang !== 'boolean') regels.weiger('toegang-ontbreekt', 'Zeg of het team toegang kreeg tot het adres (true of false)', `${veld}.toegang`);
  const personen = personenVan(regels, gevraagd, veld);
  const bevindingen = keuzes(regels, gevraagd.bevindingen, BEVINDINGEN, 'bevindingen-ontbreken', 'bevinding', `${veld}.bevindingen`);
  if (bevindingen.includes('geen-bijzonderheden') && bevindingen.length > 1) {
    regels.weiger('geen-bijzonderheden-niet-alleen', `geen-bijzonderheden sluit de andere bevindingen uit: laat het weg of laat ${bevindingen.filter((b) => b !== 'geen-bijzonderheden').join(', ')} weg`, `${veld}.bevindingen`);
  }
  const tegenOvertreder = bevindingen.some((b) => TEGEN_OVERTREDER.includes(b));
  let overtrederId: string | undefined;
  if (tegenOvertreder) {
    overtrederId = regels.tekst(gevraagd.overtrederId, 'overtreder-ontbreekt', 'Noem de overtreder (een betrokkene-id) bij kamerverhuur of woningsplitsing: het handhavingstraject richt zich tot hem', `${veld}.overtrederId`);
  } else if (gevraagd.overtrederId !== undefined) {
    regels.weiger('overtreder-alleen-bij-kamerverhuur-of-woningsplitsing', 'Een overtreder hoort alleen bij een bevinding kamerverhuur of woningsplitsing: laat overtrederId weg', `${veld}.overtrederId`);
  }
  if (gevraagd.aantalKamers !== undefined) {
    if (!tegenOvertreder) regels.weiger('kamers-alleen-bij-kamerverhuur-of-woningsplitsing', 'Het aantal kamers hoort alleen bij een bevinding kamerverhuur of woningsplitsing: laat aantalKamers weg', `${veld}.aantalKamers`);
    geheelGetal(regels, gevraagd.aantalKamers, 1, 'aantal-kamers-ongeldig', 'Het aantal verhuurde kamers is een heel getal van ten minste 1', `${veld}.aantalKamers`);
  }
  return {
    pand,
    pandSleutel: sleutel,
    gepland: planning.adressen.some((a) => a.pandSleutel === sleutel),
    toegang: gevraagd.toegang,
    ...personen,
    bevindingen,
    ...(overtrederId === undefined ? {} : { overtrederId }),
    ...(gevraagd.aantalKamers === undefined ? {} : { aantalKamers: gevraagd.aantalKamers }),
  };
}

/** Persons are counted only inside: with access. */
function personenVan(regels: Regels, gevraagd: GevraagdBezoek, veld: string): Pick<Bezoek, 'personenAangetroffen' | 'personenInBrp'> {
  const personen: { personenAangetroffen?: number; personenInBrp?: number } = {};
  for (const naam of ['personenAangetroffen', 'personenInBrp'] as const) {
    const aantal = gevraagd[naam];
    if (aantal === undefined) continue;
    if (!gevraagd.toegang) regels.weiger('personen-zonder-toegang', 'Zonder toegang telt het team geen personen in het pand: laat de aantallen weg', `${veld}.${naam}`);
    personen[naam] = geheelGetal(regels, aantal, 0, 'aantal-personen-ongeldig', 'Een aantal personen is een heel getal van 0 of meer', `${veld}.${naam}`);
  }
  return personen;
}
