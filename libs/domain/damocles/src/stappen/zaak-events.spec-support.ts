import { beslistermijnBezwaar } from '@handhaving/domain-awb';
import { fold } from '@handhaving/domain-shared';
import { voorbeeldBeleid } from '@handhaving/policy';
import type { DamoclesCommand, NeemBesluit, RegistreerEindeOpschorting } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type {
  BeroepIngesteld,
  BeslissingOpBezwaarGenomen,
  BeslistermijnBezwaarVerdaagd,
  BezwaarIngediend,
  DamoclesEvent,
  HerstelVerzuimGevraagd,
  MaatregelVoorgesteld,
  OpschortingBeslistermijnBeeindigd,
  RapportageOntvangen,
  SluitingsbesluitGenomen,
  SluitingUitgevoerd,
  UitspraakOpBeroepGedaan,
  VoornemenVerzonden,
  ZienswijzetermijnVerstreken,
} from '../damocles.events';
import { door, zaakId } from './zaak.spec-support';

/*
 * A Damocles case written out event by event, for the step specs that state exactly what the
 * decider records (`given(events).when(command).then(events)`), with the command builders that go
 * with it. Same zaakId and door as zaak.spec-support.ts (which builds its case from commands), but
 * its own facts: a hennepkwekerij with kweekapparatuur in a woning at 6461 AB 12a in Kerkrade,
 * found Wednesday 10 February 2021, a second find within the recidive window, so a closure of
 * 3 months.
 *
 * Only what more than one spec uses is here; a fixture of one step stays in that step's spec.
 */

export const ontvangen: RapportageOntvangen = {
  type: 'RapportageOntvangen',
  zaakId,
  gemeente: 'GM0928',
  pand: { sleutel: 'adres:6461AB-12-A', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 12, huisletter: 'A' }, pandtype: 'woning' },
  constateringsdatum: '2021-02-10',
  ontvangstdatum: '2021-02-15',
  vondsten: [
    { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
    { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
  ],
  zwaarsteCategorie: 'softdrugs',
  betrokkenen: [
    { betrokkeneId: 'b-eigenaar', rol: 'eigenaar' },
    { betrokkeneId: 'b-huurder', rol: 'gebruiker' },
  ],
  datum: '2021-02-15',
  door,
};

export const harddrugsOntvangen: RapportageOntvangen = {
  ...ontvangen,
  vondsten: [...ontvangen.vondsten, { categorie: 'harddrugs', omschrijving: 'cocaïne', hoeveelheid: '50 g' }],
  zwaarsteCategorie: 'harddrugs',
};

const beleid = voorbeeldBeleid();
const eerdereVondst = { zaakId: '0a1b2c3d-0000-4000-8000-000000000001', constateringsdatum: '2019-06-01' };

export const voorgesteldTweede: MaatregelVoorgesteld = {
  type: 'MaatregelVoorgesteld',
  zaakId,
  voorgesteld: { soort: 'sluiting', duurMaanden: 3 },
  trede: 'tweede',
  beleidsversie: 'GM0928-2020-01-01',
  recidiveTermijnMaanden: 36,
  eerdereVondsten: [eerdereVondst],
  uitleg:
    'woning, zwaarste categorie softdrugs, 1 eerdere vondst binnen 36 maanden (0a1b2c3d-0000-4000-8000-000000000001 van 2019-06-01) vóór 2021-02-10: ' +
    'trede tweede, dus sluiting 3 maanden (beleid GM0928-2020-01-01)',
  datum: '2021-02-16',
  door,
};

export const voorgesteldEerste: MaatregelVoorgesteld = {
  ...voorgesteldTweede,
  voorgesteld: { soort: 'waarschuwing' },
  trede: 'eerste',
  eerdereVondsten: [],
  uitleg: 'woning, zwaarste categorie softdrugs, geen eerdere vondsten binnen 36 maanden vóór 2021-02-10: trede eerste, dus waarschuwing (beleid GM0928-2020-01-01)',
};

// Sent on Wednesday 17 February 2021: two weeks run through Wednesday 3 March.
export const voornemenSluiting: VoornemenVerzonden = {
  type: 'VoornemenVerzonden',
  zaakId,
  maatregel: { soort: 'sluiting', duurMaanden: 3 },
  verzenddatum: '2021-02-17',
  zienswijzetermijn: { einde: '2021-03-03', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  datum: '2021-02-17',
  door,
};

export const termijnVerstreken: ZienswijzetermijnVerstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2021-03-03', datum: '2021-03-04', door };

// Bekendgemaakt Wednesday 10 March 2021: begunstiging 2 weeks through 24 March, bezwaar 6 weeks through 21 April.
export const sluitingsbesluit: SluitingsbesluitGenomen = {
  type: 'SluitingsbesluitGenomen',
  zaakId,
  duurMaanden: 3,
  begunstigingstermijn: { einde: '2021-03-24', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  bekendmakingsdatum: '2021-03-10',
  bezwaartermijnEinde: '2021-04-21',
  spoedeisend: false,
  datum: '2021-03-10',
  door,
};

export const bezwaar: BezwaarIngediend = {
  type: 'BezwaarIngediend',
  zaakId,
  ontvangstdatum: '2021-04-01',
  bezwaartermijnEinde: '2021-04-21',
  tijdig: true,
  datum: '2021-04-01',
  door,
};

// Sealed Thursday 25 March 2021: three months through 24 June.
export const uitgevoerd: SluitingUitgevoerd = { type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', eindeSluiting: '2021-06-24', datum: '2021-03-25', door };

/** The objection against the closure held gegrond on Wednesday 12 May 2021: the closure revoked. */
export const herroepen = {
  type: 'BeslissingOpBezwaarGenomen',
  zaakId,
  uitkomst: 'gegrond',
  gevolg: { soort: 'herroepen' },
  bekendmakingsdatum: '2021-05-12',
  beroepstermijnEinde: '2021-06-23',
  datum: '2021-05-12',
  door,
} as const;

/*
 * Beroep (issue 12, 1): the objection held ongegrond on Wednesday 12 May 2021, so the beroepstermijn
 * runs 13 May through Wednesday 23 June 2021 (art. 6:7, 6:8 Awb); beroep received by the Rechtbank
 * Limburg on Tuesday 1 June.
 */
export const ongegrond: BeslissingOpBezwaarGenomen = {
  type: 'BeslissingOpBezwaarGenomen',
  zaakId,
  uitkomst: 'ongegrond',
  bekendmakingsdatum: '2021-05-12',
  beroepstermijnEinde: '2021-06-23',
  datum: '2021-05-12',
  door,
};

export const beroep: BeroepIngesteld = {
  type: 'BeroepIngesteld',
  zaakId,
  rechtbank: 'Rechtbank Limburg',
  indieningsdatum: '2021-06-01',
  beroepstermijnEinde: '2021-06-23',
  tijdig: true,
  datum: '2021-06-02',
  door,
};

/** The uitspraak of Tuesday 5 October 2021. */
export const uitspraak = (uitkomst: UitspraakOpBeroepGedaan['uitkomst'] = 'ongegrond', vernietigd = false): UitspraakOpBeroepGedaan => ({
  type: 'UitspraakOpBeroepGedaan',
  zaakId,
  uitkomst,
  vernietigd,
  uitspraakdatum: '2021-10-05',
  datum: '2021-10-06',
  door,
});

const VOORZIENING = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;
/** A voorlopige voorziening asked of the voorzieningenrechter, granted or refused on `datum`. */
export const voorziening = (stap: keyof typeof VOORZIENING, datum: string): DamoclesEvent => ({ type: VOORZIENING[stap], zaakId, datum, door }) as DamoclesEvent;

export const totVoornemen: DamoclesEvent[] = [ontvangen, voorgesteldTweede, voornemenSluiting];
export const totBesluit: DamoclesEvent[] = [...totVoornemen, termijnVerstreken];
export const totSluitingsbesluit: DamoclesEvent[] = [...totBesluit, sluitingsbesluit];
export const totBezwaar: DamoclesEvent[] = [...totSluitingsbesluit, bezwaar];

export const stelVoor = (eerdere = [eerdereVondst]): DamoclesCommand => ({
  type: 'StelMaatregelVoor',
  zaakId,
  beleidsversie: 'GM0928-2020-01-01',
  beleid,
  eerdereVondsten: eerdere,
  datum: '2021-02-16',
  door,
});

export const verzend = (velden: Partial<Extract<DamoclesCommand, { type: 'VerzendVoornemen' }>> = {}): DamoclesCommand => ({
  type: 'VerzendVoornemen',
  zaakId,
  maatregel: { soort: 'sluiting', duurMaanden: 3 },
  verzenddatum: '2021-02-17',
  zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
  datum: '2021-02-17',
  door,
  ...velden,
});

export const besluitSluiting = (velden: Partial<NeemBesluit> = {}): NeemBesluit => ({
  type: 'NeemBesluit',
  zaakId,
  besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, bekendmakingsdatum: '2021-03-10' },
  datum: '2021-03-10',
  door,
  ...velden,
});

export const registreerBezwaar = (ontvangstdatum: string, verzenddatum?: string, adviescommissie?: boolean): DamoclesCommand => ({
  type: 'RegistreerBezwaar',
  zaakId,
  ontvangstdatum,
  ...(verzenddatum === undefined ? {} : { verzenddatum }),
  ...(adviescommissie === undefined ? {} : { adviescommissie }),
  datum: ontvangstdatum,
  door,
});

export const voerUit = (sluitingsdatum = '2021-03-25'): DamoclesCommand => ({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum, datum: sluitingsdatum, door });

export const corrigeer = (correcties: Extract<DamoclesCommand, { type: 'CorrigeerFeiten' }>['correcties'], reden = 'Typefout in de rapportage'): DamoclesCommand => ({
  type: 'CorrigeerFeiten',
  zaakId,
  correcties,
  reden,
  datum: '2021-06-01',
  door,
});

/*
 * The beslistermijn op bezwaar of this case: the bezwaartermijn ended Wednesday 21 April 2021, so
 * the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */

// Asked on Monday 26 April 2021: the term stands still from Tuesday 27 April.
export const herstelGevraagd: HerstelVerzuimGevraagd = {
  type: 'HerstelVerzuimGevraagd',
  zaakId,
  verzuim: 'de gronden van het bezwaar ontbreken',
  hersteltermijnEinde: '2021-05-10',
  opgeschortVanaf: '2021-04-27',
  datum: '2021-04-26',
  door,
};

export const eindeOpschorting = (datum: string, einde: RegistreerEindeOpschorting['einde'] = 'verzuim-hersteld'): RegistreerEindeOpschorting => ({
  type: 'RegistreerEindeOpschorting',
  zaakId,
  einde,
  datum,
  door,
});

// Repaired on Thursday 6 May: 27 April through 5 May stood still, nine days.
export const hersteld: OpschortingBeslistermijnBeeindigd = {
  type: 'OpschortingBeslistermijnBeeindigd',
  zaakId,
  einde: 'verzuim-hersteld',
  opschorting: { van: '2021-04-27', totEnMet: '2021-05-05' },
  datum: '2021-05-06',
  door,
};

export const verdaagd = (beslistermijnEinde: string, datum = '2021-05-20'): BeslistermijnBezwaarVerdaagd => ({
  type: 'BeslistermijnBezwaarVerdaagd',
  zaakId,
  lengte: { aantal: 6, eenheid: 'weken' },
  reden: 'advies van de bezwaarcommissie volgt later',
  beslistermijnEinde,
  datum,
  door,
});

/** The last day of the beslistermijn op bezwaar after these events, a running suspension counted through `peildatum`. */
export const beslistermijnNa = (events: DamoclesEvent[], peildatum?: string): string => {
  const state = fold(damoclesDecider, events);
  if (state.status !== 'sluiting-besloten') throw new Error(state.status);
  const v = state.rechtsbescherming.beslistermijn;
  const opschortingen = v === undefined ? [] : v.lopend === undefined ? v.opschortingen : [...v.opschortingen, v.lopend.opschorting];
  return beslistermijnBezwaar(state.besluit.bezwaartermijnEinde, { opschortingen, verdagingen: v?.verdagingen ?? [] }, peildatum, state.rechtsbescherming.bezwaar ?? {}).einde;
};
