import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN } from '@handhaving/domain-kamerverhuur';
import { SOORTEN_PROCEDURE, type KamerverhuurBedragCel, type KamerverhuurCijfers, type PerTrajectsoort, type ProcedureCijfers } from '@handhaving/read-models';
import { csvDocument, euro, type Csvcel } from '../../platform/csv/csv';

const FASEN: ReadonlyArray<readonly [keyof ProcedureCijfers, string]> = [
  ['ingesteld', 'ingesteld'],
  ['afgerond', 'afgerond'],
  ['openAanEinde', 'open aan het einde'],
];

/**
 * The kamerverhuur figures of a period as CSV: a row per figure, a column per trajectsoort where
 * it has one. The columns of a row always add up to its `totaal`: a juridische procedure against
 * a permit's besluit has no soort, so each procedure row in all (`totaal` only) is followed by the
 * part against handhaving, per soort, and the part against a vergunningsbesluit. Amounts in euros
 * with a decimal comma, as a Dutch spreadsheet reads them.
 */
export function kamerverhuurCijfersAlsCsv(cijfers: KamerverhuurCijfers): string {
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const perSoort = (label: string, cel: PerTrajectsoort): Csvcel[] => [label, ...TRAJECTSOORTEN.map((s) => cel[s].aantal), cel.totaal.aantal];
  const bedragPerSoort = (label: string, cel: PerTrajectsoort<KamerverhuurBedragCel>): Csvcel[] => [label, ...TRAJECTSOORTEN.map((s) => euro(cel[s].bedragCent)), euro(cel.totaal.bedragCent)];
  const enkel = (label: string, aantal: number): Csvcel[] => [label, '', '', aantal];
  const h = cijfers.handhavingstrajecten;
  const d = cijfers.lastenOnderDwangsom;
  const v = cijfers.vergunningen;
  return csvDocument([
    [`Kamerverhuur ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, ...TRAJECTSOORTEN, 'totaal'],
    perSoort('Aanschrijvingen', cijfers.aanschrijvingen.perSoort),
    enkel('waarvan vooraankondigingen', cijfers.aanschrijvingen.vooraankondiging.aantal),
    enkel('waarvan voornemens', cijfers.aanschrijvingen.voornemen.aantal),
    perSoort('Handhavingstrajecten gestart', h.gestart),
    perSoort('Handhavingstrajecten afgesloten', h.afgesloten),
    ...RESULTATEN_VAN_TRAJECT.map((r) => perSoort(`afgesloten: ${r}`, h.perResultaat[r])),
    perSoort('Handhavingstrajecten lopend aan het einde', h.lopendAanEinde),
    perSoort('Lasten onder dwangsom opgelegd', d.opgelegd),
    perSoort('waarvan later herroepen', d.laterHerroepen.opgelegd),
    perSoort('Dwangsommen verbeurd', d.verbeurd),
    bedragPerSoort('Dwangsommen verbeurd (euro)', d.verbeurd),
    perSoort('waarvan onder een later herroepen last', d.laterHerroepen.verbeurd),
    perSoort('Invorderingsbeschikkingen', d.invorderingsbeschikkingen),
    bedragPerSoort('Invorderingsbeschikkingen (euro)', d.invorderingsbeschikkingen),
    perSoort('waarvan later herroepen', d.laterHerroepen.invorderingsbeschikkingen),
    ...SOORTEN_PROCEDURE.flatMap((soort) => {
      const p = cijfers.juridischeProcedures[soort];
      return FASEN.flatMap(([fase, woorden]) => [
        enkel(`${hoofdletter(soort)} ${woorden}`, p[fase].aantal),
        perSoort('waarvan tegen handhaving', { ...Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, p.perSoort[s][fase]])), totaal: p.perSoort.totaal[fase] } as PerTrajectsoort),
        enkel('waarvan tegen een vergunningsbesluit', p.perHerkomst.vergunning[fase].aantal),
      ]);
    }),
    enkel('Vergunningen aangevraagd', v.aangevraagd.aantal),
    enkel('Vergunningen verleend', v.verleend.aantal),
    enkel('Vergunningen geweigerd', v.geweigerd.aantal),
    enkel('waarvan later herroepen', v.laterHerroepen.geweigerd.aantal),
    enkel('Vergunningen ingetrokken', v.ingetrokken.aantal),
    enkel('waarvan later herroepen', v.laterHerroepen.ingetrokken.aantal),
    enkel('Vergunningen vervallen', v.vervallen.aantal),
    ...REDENEN_VAN_VERVAL.map((r) => enkel(`vervallen: ${r}`, v.vervallenPerReden[r].aantal)),
  ]);
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
