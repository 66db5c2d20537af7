import { pandSleutel } from '@handhaving/domain-shared';
import { geregistreerdOp, keuzes, pandIn } from '../../regels/flexteam-regels';
import type { GevraagdAdres, PlanControle } from '../controle.commands';
import { PARTNERS, type ControleEvent, type GeplandAdres, type Signaal } from '../controle.events';
import type { ControleState } from '../controle.state';
import { controleRegels } from '../regels/controle-regels';

/**
 * The flexteam plans a control: the day, the area, the partners taking part, and the addresses
 * chosen, each with the signals (meldingen, earlier cases) that led to it. The day of the control
 * may lie ahead; it is not before the day the planning is made.
 */
export function planControle(command: PlanControle, state: ControleState): readonly ControleEvent[] {
  const regels = controleRegels(command);
  if (state.status !== 'onbekend') regels.weiger('controle-bestaat-al', `Controle ${command.zaakId} is al gepland`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928)', 'gemeente');
  regels.toekomstigeDatum(command.geplandOp, 'geplandOp');
  regels.volgorde(command.datum, command.geplandOp, 'geplandOp', 'Een controle wordt gepland op of na de dag waarop de planning wordt gemaakt');
  const gebied = regels.tekst(command.gebied, 'gebied-ontbreekt', 'Omschrijf het gebied van de controle (wijk, straten)', 'gebied');
  const partners = keuzes(regels, command.partners, PARTNERS, 'partners-ontbreken', 'partner', 'partners');
  if (!Array.isArray(command.adressen) || command.adressen.length === 0) regels.weiger('adressen-ontbreken', 'Kies ten minste één adres voor de controle', 'adressen');
  const adressen: GeplandAdres[] = [];
  command.adressen.forEach((adres, i) => {
    const gepland = geplandAdres(regels, adres, `adressen[${i}]`);
    if (adressen.some((a) => a.pandSleutel === gepland.pandSleutel)) regels.weiger('pand-dubbel', `${gepland.pandSleutel} staat twee keer in de planning: noem elk adres één keer`, `adressen[${i}].pand`);
    adressen.push(gepland);
  });
  return [
    {
      type: 'ControleGepland',
      zaakId: command.zaakId,
      gemeente,
      geplandOp: command.geplandOp,
      gebied,
      partners,
      adressen,
      datum: command.datum,
      door: command.door,
      geregistreerdOp: geregistreerdOp(command),
    },
  ];
}

function geplandAdres(regels: ReturnType<typeof controleRegels>, adres: GevraagdAdres, veld: string): GeplandAdres {
  const pand = pandIn(regels, adres?.pand, `${veld}.pand`);
  const signalen = (adres.signalen ?? []).map((signaal, j): Signaal => {
    const waar = `${veld}.signalen[${j}]`;
    const uitleg = 'Noem bij elk signaal de zaak die tot het adres leidde: { context, zaakId }, bijvoorbeeld { context: "melding", zaakId }';
    return { context: regels.tekst(signaal?.context, 'signaal-onvolledig', uitleg, `${waar}.context`), zaakId: regels.tekst(signaal?.zaakId, 'signaal-onvolledig', uitleg, `${waar}.zaakId`) };
  });
  return { pand, pandSleutel: pandSleutel(pand), signalen };
}
