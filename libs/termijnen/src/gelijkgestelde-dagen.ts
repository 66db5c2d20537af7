/**
 * Art. 3 lid 3 Atw: "Wij kunnen bepaalde dagen voor de toepassing van deze wet met de in het
 * eerste lid genoemde gelijkstellen. Ons besluit wordt in de Nederlandse Staatscourant openbaar
 * gemaakt." These royal decrees come out for about three years at a time, so the days are data
 * shipped with the library, and beheer adds a new decree through configuration
 * (`KalenderOpties.extraBesluiten`) without a release.
 */

export interface GelijkgesteldeDag {
  /** `YYYY-MM-DD`. */
  readonly datum: string;
  /** What the day is, e.g. "vrijdag na Hemelvaartsdag". */
  readonly omschrijving: string;
}

/**
 * How the table knows a decree's days:
 * - `besluittekst`: read in the text of the decree itself;
 * - `besluittitel`: the decree's title (which lists every day) quoted by a secondary source;
 *   the Staatscourant number is not known to us;
 * - `aangenomen`: the decree was not consulted; the days follow the usual pattern and are
 *   shown as provisional ("voorlopig") in every explanation until someone checks them.
 */
export type BesluitBron = 'besluittekst' | 'besluittitel' | 'aangenomen';

export interface GelijkstellingsBesluit {
  /** The decree as cited. */
  readonly titel: string;
  /** Publication reference; absent when we do not know it (never guessed). */
  readonly vindplaats?: string;
  readonly bron: BesluitBron;
  /** Years the decree covers: for these years no pattern is assumed, only the listed days count. */
  readonly jaren: readonly number[];
  readonly dagen: readonly GelijkgesteldeDag[];
}

/**
 * The decrees as far as we could check them. Staatscourant numbers are deliberately left out
 * where we could not read them: a wrong number in an explanation is worse than none.
 */
export const GELIJKSTELLINGSBESLUITEN: readonly GelijkstellingsBesluit[] = [
  {
    // Not consulted. The three-yearly rhythm of the later decrees suggests one decree for
    // 2014–2016; the days below are the usual pattern (Friday after Hemelvaartsdag, Friday after
    // a Thursday Nieuwjaarsdag), to be checked against the Staatscourant.
    titel: 'besluit gelijkstelling voor 2015 en 2016 (niet geraadpleegd)',
    bron: 'aangenomen',
    jaren: [2015, 2016],
    dagen: [
      { datum: '2015-01-02', omschrijving: 'vrijdag na Nieuwjaarsdag' },
      { datum: '2015-05-15', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2016-05-06', omschrijving: 'vrijdag na Hemelvaartsdag' },
    ],
  },
  {
    // Text read on wetten.overheid.nl (BWBR0038666). Note 24 and 31 December 2018: Mondays
    // before a Tuesday holiday, a practice the 2026–2028 decree no longer follows (26 April 2027).
    titel:
      'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, ' +
      '11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag',
    vindplaats: 'Stcrt. 2016 (nummer niet vastgesteld); BWBR0038666',
    bron: 'besluittekst',
    jaren: [2017, 2018, 2019],
    dagen: [
      { datum: '2017-04-28', omschrijving: 'vrijdag na Koningsdag' },
      { datum: '2017-05-26', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2018-05-11', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2018-12-24', omschrijving: 'maandag voor eerste Kerstdag' },
      { datum: '2018-12-31', omschrijving: 'maandag voor Nieuwjaarsdag' },
      { datum: '2019-05-31', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2019-12-27', omschrijving: 'vrijdag na tweede Kerstdag' },
    ],
  },
  {
    // Not consulted. 27 May 2022 is corroborated by a secondary list of 2022's days. Open
    // question: whether Monday 26 April 2021 (before a Tuesday Koningsdag) was included, as the
    // Mondays of December 2018 were; it is left out here.
    titel: 'besluit gelijkstelling voor 2020–2022 (niet geraadpleegd)',
    bron: 'aangenomen',
    jaren: [2020, 2021, 2022],
    dagen: [
      { datum: '2020-05-22', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2021-05-14', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2022-05-27', omschrijving: 'vrijdag na Hemelvaartsdag' },
    ],
  },
  {
    titel:
      'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 ' +
      'met een algemeen erkende feestdag',
    bron: 'besluittitel',
    jaren: [2023, 2024, 2025],
    dagen: [
      { datum: '2023-04-28', omschrijving: 'vrijdag na Koningsdag' },
      { datum: '2023-05-19', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2024-05-10', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2024-12-27', omschrijving: 'vrijdag na tweede Kerstdag' },
      { datum: '2025-05-30', omschrijving: 'vrijdag na Hemelvaartsdag' },
    ],
  },
  {
    titel:
      'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 ' +
      'met een algemeen erkende feestdag',
    bron: 'besluittitel',
    jaren: [2026, 2027, 2028],
    dagen: [
      { datum: '2026-01-02', omschrijving: 'vrijdag na Nieuwjaarsdag' },
      { datum: '2026-05-15', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2027-05-07', omschrijving: 'vrijdag na Hemelvaartsdag' },
      { datum: '2028-04-28', omschrijving: 'vrijdag na Koningsdag' },
      { datum: '2028-05-26', omschrijving: 'vrijdag na Hemelvaartsdag' },
    ],
  },
];
