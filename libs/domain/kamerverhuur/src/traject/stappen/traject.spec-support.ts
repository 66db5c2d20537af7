import { DeciderSpecification } from '@handhaving/domain-shared';
import type { KiesLastOnderDwangsom, LegLastOnderBestuursdwangOp, RegistreerConstatering, RegistreerHercontrole, TrajectCommand } from '../traject.commands';
import { trajectDecider } from '../traject.decider';
import type {
  BestuursdwangToegepast,
  BeslissingOpBezwaarGenomen,
  BezwaarIngediend,
  HercontroleUitgevoerd,
  LastOnderBestuursdwangOpgelegd,
  LastOnderDwangsomGekozen,
  OvertredingGeconstateerd,
  TrajectEvent,
  VooraankondigingVerzonden,
  VoornemenVerzonden,
  ZienswijzetermijnVerstreken,
} from '../traject.events';

/*
 * A traject for the step specs: Thursday 6 February 2020 a toezichthouder finds six rooms let to
 * six households, without a kamerverhuurvergunning, in a Kerkrade pand of the register. The
 * vooraankondiging of Monday 10 February asks the owner to end it by Monday 24 February; the
 * hercontrole of the 25th finds it going on. The voornemen of Tuesday 3 March gives two weeks,
 * through Tuesday 17 March (the policy's kamerverhuur zienswijzetermijn); the last onder
 * bestuursdwang, taken and made known Wednesday 18 March, gives the policy's eight weeks, through
 * Wednesday 13 May 2020; bezwaar runs through Wednesday 29 April. The hercontrole of Thursday 14
 * May finds the rooms still let; the gemeente acts on Tuesday 2 June.
 */

export const given = DeciderSpecification.for(trajectDecider).given;

export const zaakId = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
export const dwangsomZaakId = '6d2e9b1c-8a4f-4c3e-9d7b-1f2a3b4c5d6e';
export const door = 'medewerker-1';
export const stap = { zaakId, door };

export const constateer = (velden: Partial<RegistreerConstatering> = {}): RegistreerConstatering => ({
  type: 'RegistreerConstatering',
  zaakId,
  gemeente: 'GM0928',
  registerZaakId: '0b6c5a1e-7c1f-5d1e-9c39-3f1f2d6a8b10',
  pandSleutel: 'adres:6461AB-12',
  soort: 'kamerverhuur',
  overtrederId: 'b-eigenaar',
  constateringsdatum: '2020-02-06',
  toezichthouder: 't-jansen',
  bevindingen: 'zes kamers los verhuurd aan zes huishoudens; geen kamerverhuurvergunning',
  datum: '2020-02-07',
  door,
  ...velden,
});

export const geconstateerd: OvertredingGeconstateerd = {
  type: 'OvertredingGeconstateerd',
  zaakId,
  gemeente: 'GM0928',
  registerZaakId: '0b6c5a1e-7c1f-5d1e-9c39-3f1f2d6a8b10',
  pandSleutel: 'adres:6461AB-12',
  soort: 'kamerverhuur',
  overtrederId: 'b-eigenaar',
  constateringsdatum: '2020-02-06',
  toezichthouder: 't-jansen',
  bevindingen: 'zes kamers los verhuurd aan zes huishoudens; geen kamerverhuurvergunning',
  datum: '2020-02-07',
  door,
};

export const aangekondigd: VooraankondigingVerzonden = { type: 'VooraankondigingVerzonden', zaakId, verzenddatum: '2020-02-10', hersteltermijnEinde: '2020-02-24', datum: '2020-02-10', door };

export const hercontrole = (controledatum: string, uitkomst: 'nageleefd' | 'overtreding', velden: Partial<RegistreerHercontrole> = {}): RegistreerHercontrole => ({
  type: 'RegistreerHercontrole',
  zaakId,
  controledatum,
  uitkomst,
  toezichthouder: 't-jansen',
  ...(uitkomst === 'overtreding' ? { bevindingen: 'de kamers zijn nog verhuurd' } : {}),
  datum: controledatum,
  door,
  ...velden,
});

export const gecontroleerd = (controledatum: string, uitkomst: 'nageleefd' | 'overtreding', na: HercontroleUitgevoerd['na']): HercontroleUitgevoerd => ({
  type: 'HercontroleUitgevoerd',
  zaakId,
  controledatum,
  uitkomst,
  toezichthouder: 't-jansen',
  na,
  ...(uitkomst === 'overtreding' ? { bevindingen: 'de kamers zijn nog verhuurd' } : {}),
  datum: controledatum,
  door,
});

export const voornemen: VoornemenVerzonden = {
  type: 'VoornemenVerzonden',
  zaakId,
  verzenddatum: '2020-03-03',
  zienswijzetermijn: { einde: '2020-03-17', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  aan: ['b-eigenaar'],
  datum: '2020-03-03',
  door,
};

export const termijnVerstreken: ZienswijzetermijnVerstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2020-03-17', datum: '2020-03-18', door };

export const legOp = (velden: Partial<LegLastOnderBestuursdwangOp> = {}): LegLastOnderBestuursdwangOp => ({
  type: 'LegLastOnderBestuursdwangOp',
  zaakId,
  besluitdatum: '2020-03-18',
  begunstigingstermijn: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
  omschrijving: 'beëindig de verhuur van kamers aan meer dan één huishouden',
  datum: '2020-03-18',
  door,
  ...velden,
});

export const lastOpgelegd: LastOnderBestuursdwangOpgelegd = {
  type: 'LastOnderBestuursdwangOpgelegd',
  zaakId,
  besluitdatum: '2020-03-18',
  bekendmakingsdatum: '2020-03-18',
  begunstigingstermijn: { einde: '2020-05-13', lengte: { aantal: 8, eenheid: 'weken' }, verlengdAlsAtw: true },
  omschrijving: 'beëindig de verhuur van kamers aan meer dan één huishouden',
  bezwaartermijnEinde: '2020-04-29',
  datum: '2020-03-18',
  door,
};

export const toegepast: BestuursdwangToegepast = { type: 'BestuursdwangToegepast', zaakId, uitvoeringsdatum: '2020-06-02', kosten: { bedragCent: 125_000 }, datum: '2020-06-02', door };

export const kies = (velden: Partial<KiesLastOnderDwangsom> = {}): KiesLastOnderDwangsom => ({
  type: 'KiesLastOnderDwangsom',
  zaakId,
  dwangsomZaakId,
  motivering: 'een dwangsom per week drukt de verhuurder harder dan bestuursdwang',
  datum: '2020-02-12',
  door,
  ...velden,
});

export const dwangsomGekozen = (datum = '2020-02-12'): LastOnderDwangsomGekozen => ({
  type: 'LastOnderDwangsomGekozen',
  zaakId,
  dwangsomZaakId,
  overtrederId: 'b-eigenaar',
  gemeente: 'GM0928',
  soort: 'kamerverhuur',
  pandSleutel: 'adres:6461AB-12',
  motivering: 'een dwangsom per week drukt de verhuurder harder dan bestuursdwang',
  datum,
  door,
});

export const afgesloten = (resultaat: 'nageleefd' | 'gelegaliseerd' | 'bestuursdwang-toegepast' | 'dwangsom-ingevorderd' | 'geen-overtreding', afsluitdatum: string, toelichting?: string): TrajectEvent => ({
  type: 'TrajectAfgesloten',
  zaakId,
  afsluitdatum,
  resultaat,
  ...(toelichting === undefined ? {} : { toelichting }),
  datum: afsluitdatum,
  door,
});

export const naVooraankondiging: TrajectEvent[] = [geconstateerd, aangekondigd];
export const naHercontrole: TrajectEvent[] = [...naVooraankondiging, gecontroleerd('2020-02-25', 'overtreding', 'vooraankondiging')];
export const naVoornemen: TrajectEvent[] = [...naHercontrole, voornemen];
export const gereed: TrajectEvent[] = [...naVoornemen, termijnVerstreken];
export const opgelegd: TrajectEvent[] = [...gereed, lastOpgelegd];
/** After the begunstigingstermijn, the rooms still let: bestuursdwang may follow. */
export const nietNageleefd: TrajectEvent[] = [...opgelegd, gecontroleerd('2020-05-14', 'overtreding', 'last-onder-bestuursdwang')];
export const bestuursdwang: TrajectEvent[] = [...nietNageleefd, toegepast];

/*
 * The juridische procedure against the last: a bezwaar received Monday 20 April 2020, within the
 * bezwaartermijn (through 29 April). Its beslistermijn of six weeks runs from Thursday 30 April
 * through Wednesday 10 June 2020 (art. 7:10 lid 1 Awb); the beslissing made known that day opens
 * beroep through Wednesday 22 July (art. 6:7, 6:8 Awb).
 */
export const bezwaarIngediend: BezwaarIngediend = { type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2020-04-20', bezwaartermijnEinde: '2020-04-29', tijdig: true, datum: '2020-04-20', door };
export const inBezwaar: TrajectEvent[] = [...opgelegd, bezwaarIngediend];
/** Herstel asked Monday 4 May 2020, to be repaired by Monday 18 May: the beslistermijn stands still from 5 May (art. 7:10 lid 2 Awb). */
export const herstelGevraagd = { type: 'HerstelVerzuimGevraagd', zaakId, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2020-05-18', opgeschortVanaf: '2020-05-05', datum: '2020-05-04', door } as const;
export const beslist = (uitkomst: 'gegrond' | 'ongegrond' = 'ongegrond'): BeslissingOpBezwaarGenomen => ({
  type: 'BeslissingOpBezwaarGenomen',
  zaakId,
  uitkomst,
  bekendmakingsdatum: '2020-06-10',
  beroepstermijnEinde: '2020-07-22',
  datum: '2020-06-10',
  door,
});
export const beroepIngesteld = { type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2020-07-01', beroepstermijnEinde: '2020-07-22', tijdig: true, datum: '2020-07-01', door } as const;
export const inBeroep: TrajectEvent[] = [...inBezwaar, beslist(), beroepIngesteld];

export type Command<T extends TrajectCommand['type']> = Extract<TrajectCommand, { type: T }>;
