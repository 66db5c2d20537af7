import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN } from '@handhaving/domain-kamerverhuur';
import { SOORTEN_PROCEDURE, type KamerverhuurCijfers, type PerTrajectsoort } from '@handhaving/read-models';
import { csvDocument, type Csvcel } from '../../platform/csv/csv';

/** The kamerverhuur figures of a period as CSV: a row per figure, a column per trajectsoort where it has one. */
export function kamerverhuurCijfersAlsCsv(cijfers: KamerverhuurCijfers): string {
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const perSoort = (label: string, cel: PerTrajectsoort): Csvcel[] => [label, ...TRAJECTSOORTEN.map((s) => cel[s].aantal), cel.totaal.aantal];
  const enkel = (label: string, aantal: number): Csvcel[] => [label, '', '', aantal];
  const h = cijfers.handhavingstrajecten;
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
    ...SOORTEN_PROCEDURE.flatMap((soort) => {
      const p = cijfers.juridischeProcedures[soort];
      return [enkel(`${hoofdletter(soort)} ingesteld`, p.ingesteld.aantal), enkel(`${hoofdletter(soort)} afgerond`, p.afgerond.aantal), enkel(`${hoofdletter(soort)} open aan het einde`, p.openAanEinde.aantal)];
    }),
    enkel('Vergunningen aangevraagd', v.aangevraagd.aantal),
    enkel('Vergunningen verleend', v.verleend.aantal),
    enkel('Vergunningen geweigerd', v.geweigerd.aantal),
    enkel('Vergunningen ingetrokken', v.ingetrokken.aantal),
    enkel('Vergunningen vervallen', v.vervallen.aantal),
    ...REDENEN_VAN_VERVAL.map((r) => enkel(`vervallen: ${r}`, v.vervallenPerReden[r].aantal)),
  ]);
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
