import { bibobDecider, type BibobCommand, type BibobEvent, type GevraagdeAanleiding, type VerzegeldeInhoud } from '@handhaving/domain-bibob';
import { fold } from '@handhaving/domain-shared';

/*
 * Bibob toetsen for the read models' specs, as the decider records them. The steps follow one
 * toets on an aanvraag for an exploitatievergunning horeca received Monday 4 September 2023:
 * vragenformulier out Wednesday 6 September, back the 20th; advice asked of the LBB Monday
 * 2 October (eight weeks: Monday 27 November), its term extended on the 20th, questions to the
 * aanvrager on the 23rd answered 6 November, advice received Wednesday 15 November; voornemen
 * to refuse Friday 17 November (two weeks), term passed, refused Wednesday 6 December.
 */

export const KERKRADE = 'GM0928';
export const LANDGRAAF = 'GM0882';
export const door = 'bibob-coordinator-1';

/** Ciphertext as the API would seal it; what the read models must never show. */
export const zegel = (n: number): VerzegeldeInhoud => ({ verzegeld: `GEHEIM.djEuQTI1NkdDTS4${n}` });

export const opAanvraag = (aanvraagtype: 'exploitatievergunning-horeca' | 'alcoholvergunning' | 'bijschrijving-leidinggevende' = 'exploitatievergunning-horeca', ontvangstdatum = '2023-09-04'): GevraagdeAanleiding => ({
  soort: 'aanvraag',
  aanvraagtype,
  ontvangstdatum,
  aanvragerId: 'b-exploitant',
});

export const opSignaal = (reden: 'signaal-ondermijning' | 'vastgoedtransactie' | 'herbeoordeling-vergunning' = 'signaal-ondermijning'): GevraagdeAanleiding => ({
  soort: 'signaal',
  reden,
  betrokkeneId: 'b-houder',
  vergunning: 'alcoholvergunning',
});

/** The commands of one toets `zaakId`, each on its day. */
export function stappenVan(zaakId: string) {
  const stap = (datum: string) => ({ zaakId, datum, door });
  return {
    start: (aanleiding: GevraagdeAanleiding = opAanvraag(), startdatum = '2023-09-05', gemeente = KERKRADE): BibobCommand => ({ type: 'StartToets', ...stap(startdatum), gemeente, startdatum, aanleiding }),
    vragenformulier: (verzenddatum = '2023-09-06'): BibobCommand => ({ type: 'VraagGegevensOp', ...stap(verzenddatum), soort: 'vragenformulier', verzenddatum, omschrijving: zegel(1) }),
    formulierTerug: (ontvangstdatum = '2023-09-20'): BibobCommand => ({ type: 'RegistreerOntvangstGegevens', ...stap(ontvangstdatum), ontvangstdatum }),
    eigenOnderzoek: (uitkomst: 'geen-gevaar' | 'mindere-mate' | 'ernstige-mate' | 'advies-nodig' = 'advies-nodig', datum = '2023-09-29'): BibobCommand => ({ type: 'RondEigenOnderzoekAf', ...stap(datum), uitkomst, bevindingen: zegel(2) }),
    adviesAanvraag: (verzenddatum = '2023-10-02'): BibobCommand => ({ type: 'VraagLbbAdvies', ...stap(verzenddatum), verzenddatum, betrokkeneGeinformeerdOp: verzenddatum }),
    verlenging: (datum = '2023-10-20'): BibobCommand => ({ type: 'VerlengLbbTermijn', ...stap(datum) }),
    vragen: (gesteldOp = '2023-10-23'): BibobCommand => ({ type: 'RegistreerVragenLbb', ...stap(gesteldOp), gesteldOp }),
    antwoord: (beantwoordOp = '2023-11-06'): BibobCommand => ({ type: 'RegistreerAntwoordOpVragenLbb', ...stap(beantwoordOp), beantwoordOp }),
    advies: (ontvangstdatum = '2023-11-15', conclusie: 'geen-gevaar' | 'mindere-mate' | 'ernstige-mate' = 'ernstige-mate'): BibobCommand => ({
      type: 'RegistreerLbbAdvies',
      ...stap(ontvangstdatum),
      ontvangstdatum,
      conclusie,
      advies: zegel(3),
    }),
    voornemen: (verzenddatum = '2023-11-17', strekking: 'weigeren' | 'voorschriften' | 'intrekken' = 'weigeren'): BibobCommand => ({
      type: 'VerzendVoornemen',
      ...stap(verzenddatum),
      strekking,
      verzenddatum,
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
      motivering: zegel(4),
    }),
    termijnVerstreken: (datum = '2023-12-04'): BibobCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', ...stap(datum) }),
    besluit: (uitkomst: 'verleend' | 'verleend-onder-voorschriften' | 'geweigerd' | 'ingetrokken' = 'geweigerd', datum = '2023-12-06'): BibobCommand => ({
      type: 'NeemBesluit',
      ...stap(datum),
      uitkomst,
      bekendmakingsdatum: datum,
      motivering: zegel(5),
    }),
    sluitAf: (datum: string, reden: 'geen-maatregel' | 'aanvraag-ingetrokken' = 'geen-maatregel'): BibobCommand => ({ type: 'SluitToetsAf', ...stap(datum), reden }),
    bezwaar: (ontvangstdatum = '2024-01-10'): BibobCommand => ({ type: 'RegistreerBezwaar', ...stap(ontvangstdatum), van: 'b-exploitant', ontvangstdatum }),
    herstelVerzuim: (datum: string, hersteltermijnEinde: string): BibobCommand => ({ type: 'VraagHerstelVerzuim', ...stap(datum), verzuim: zegel(6), hersteltermijnEinde }),
    verzuimHersteld: (datum: string): BibobCommand => ({ type: 'RegistreerEindeOpschorting', ...stap(datum), einde: 'verzuim-hersteld' }),
    beslissingOpBezwaar: (bekendmakingsdatum: string, herzien?: 'verleend-onder-voorschriften'): BibobCommand => ({
      type: 'NeemBeslissingOpBezwaar',
      ...stap(bekendmakingsdatum),
      uitkomst: herzien === undefined ? 'ongegrond' : 'gegrond',
      bekendmakingsdatum,
      ...(herzien === undefined ? {} : { herzien }),
    }),
  };
}

/** The whole toets on an aanvraag, from the start to the refusal. */
export function heleToets(zaakId: string): BibobCommand[] {
  const s = stappenVan(zaakId);
  return [s.start(), s.vragenformulier(), s.formulierTerug(), s.eigenOnderzoek(), s.adviesAanvraag(), s.verlenging(), s.vragen(), s.antwoord(), s.advies(), s.voornemen(), s.termijnVerstreken(), s.besluit()];
}

/** The events the decider records for these commands, one after the other. */
export function eventsNa(commands: readonly BibobCommand[], begin: readonly BibobEvent[] = []): BibobEvent[] {
  return commands.reduce<BibobEvent[]>((events, command) => [...events, ...bibobDecider.decide(command, fold(bibobDecider, events))], [...begin]);
}
