import { dwangsomDecider, type Bestreden, type DwangsomCommand, type DwangsomEvent, type Herkomst } from '@handhaving/domain-dwangsom';
import { fold } from '@handhaving/domain-shared';
import { trajectDecider, vergunningDecider, type TrajectCommand, type TrajectEvent, type Trajectsoort, type VergunningCommand, type VergunningEvent } from '@handhaving/domain-kamerverhuur';

/*
 * Kamerverhuur cases for the read models' specs, through the deciders (so the events are the ones
 * the API records). A permit in Kerkrade received Friday 3 January 2020: eight weeks through
 * Friday 28 February (art. 4:13 lid 2 Awb); an aanvulling asked Monday 13 January (hersteltermijn
 * through Monday 27 January) came Friday 24 January: 14–23 January stood still, ten days, so
 * Monday 9 March (art. 4:15 lid 1 sub a Awb). A traject: found Thursday 6 February 2020, a
 * vooraankondiging of Monday 10 February asks to end it by Monday 24 February, the hercontrole of
 * the 25th finds it going on; the voornemen of Tuesday 3 March gives two weeks (17 March); the last
 * onder bestuursdwang of Wednesday 18 March gives eight weeks, through Wednesday 13 May; bezwaar
 * runs through Wednesday 29 April.
 */

export const KERKRADE = 'GM0928';
export const LANDGRAAF = 'GM0882';

export function vergunningStappen(zaakId: string, velden: { gemeente?: string; pandSleutel?: string; ontvangstdatum?: string; door?: string } = {}) {
  const stap = { zaakId, door: velden.door ?? 'vergunningverlener-1' };
  return {
    aanvraag: (datum = '2020-01-06'): VergunningCommand => ({
      type: 'VraagVergunningAan',
      ...stap,
      gemeente: velden.gemeente ?? KERKRADE,
      registerZaakId: `register-${zaakId}`,
      pandSleutel: velden.pandSleutel ?? 'adres:6461AB-12',
      aanvragerId: 'b-eigenaar',
      aantalKamers: 6,
      ontvangstdatum: velden.ontvangstdatum ?? '2020-01-03',
      datum,
    }),
    aanvulling: (gevraagdOp = '2020-01-13', hersteltermijnEinde = '2020-01-27'): VergunningCommand => ({
      type: 'VraagAanvullingAan',
      ...stap,
      gevraagdOp,
      ontbreekt: 'plattegrond met de kamers en hun oppervlakte',
      hersteltermijnEinde,
      datum: gevraagdOp,
    }),
    aangevuld: (ontvangenOp = '2020-01-24'): VergunningCommand => ({ type: 'RegistreerAanvulling', ...stap, ontvangenOp, datum: ontvangenOp }),
    verdaag: (verdagingsdatum = '2020-02-20', weken = 6): VergunningCommand => ({
      type: 'VerdaagBeslistermijnAanvraag',
      ...stap,
      verdagingsdatum,
      weken,
      motivering: 'brandveiligheidsadvies van de veiligheidsregio volgt',
      datum: verdagingsdatum,
    }),
    voornemen: (verzenddatum: string): VergunningCommand => ({
      type: 'VerzendVoornemen',
      ...stap,
      verzenddatum,
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
      datum: verzenddatum,
    }),
    termijnVerstreken: (datum: string): VergunningCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum }),
    verleen: (datum: string, einddatum?: string, ingangsdatum?: string): VergunningCommand => ({
      type: 'VerleenVergunning',
      ...stap,
      ingangsdatum: ingangsdatum ?? datum,
      ...(einddatum === undefined ? {} : { einddatum }),
      datum,
    }),
    weiger: (datum: string): VergunningCommand => ({ type: 'WeigerVergunning', ...stap, motivering: 'te weinig woonoppervlak per kamer', datum }),
    trekIn: (datum: string, ingangsdatum = datum): VergunningCommand => ({ type: 'TrekVergunningIn', ...stap, ingangsdatum, reden: 'negen bewoners in zes kamers', datum }),
    verval: (datum: string, reden: 'einddatum-verstreken' | 'afstand' | 'niet-gebruikt', vervaldatum?: string): VergunningCommand => ({
      type: 'StelVervalVast',
      ...stap,
      reden,
      ...(vervaldatum === undefined ? {} : { vervaldatum }),
      datum,
    }),
    bezwaar: (ontvangstdatum: string): VergunningCommand => ({ type: 'RegistreerBezwaar', ...stap, van: 'b-eigenaar', ontvangstdatum, datum: ontvangstdatum }),
    beslis: (uitkomst: 'gegrond' | 'ongegrond', datum: string): VergunningCommand => ({ type: 'NeemBeslissingOpBezwaar', ...stap, uitkomst, bekendmakingsdatum: datum, datum }),
  };
}

export function trajectStappen(zaakId: string, velden: { gemeente?: string; pandSleutel?: string; soort?: Trajectsoort; constateringsdatum?: string; door?: string } = {}) {
  const stap = { zaakId, door: velden.door ?? 'medewerker-1' };
  const constateringsdatum = velden.constateringsdatum ?? '2020-02-06';
  return {
    constatering: (datum = constateringsdatum): TrajectCommand => ({
      type: 'RegistreerConstatering',
      ...stap,
      gemeente: velden.gemeente ?? KERKRADE,
      registerZaakId: `register-${zaakId}`,
      pandSleutel: velden.pandSleutel ?? 'adres:6461AB-12',
      soort: velden.soort ?? 'kamerverhuur',
      overtrederId: 'b-eigenaar',
      constateringsdatum,
      toezichthouder: 't-jansen',
      bevindingen: 'zes kamers los verhuurd aan zes huishoudens',
      datum,
    }),
    /** `hersteltermijnEinde` null: a vooraankondiging without one. */
    vooraankondiging: (verzenddatum = '2020-02-10', hersteltermijnEinde: string | null = '2020-02-24'): TrajectCommand => ({
      type: 'VerzendVooraankondiging',
      ...stap,
      verzenddatum,
      ...(hersteltermijnEinde === null ? {} : { hersteltermijnEinde }),
      datum: verzenddatum,
    }),
    hercontrole: (controledatum: string, uitkomst: 'nageleefd' | 'overtreding'): TrajectCommand => ({
      type: 'RegistreerHercontrole',
      ...stap,
      controledatum,
      uitkomst,
      toezichthouder: 't-jansen',
      ...(uitkomst === 'overtreding' ? { bevindingen: 'de kamers zijn nog verhuurd' } : {}),
      datum: controledatum,
    }),
    voornemen: (verzenddatum = '2020-03-03'): TrajectCommand => ({
      type: 'VerzendVoornemen',
      ...stap,
      verzenddatum,
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
      datum: verzenddatum,
    }),
    termijnVerstreken: (datum = '2020-03-18'): TrajectCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum }),
    last: (besluitdatum = '2020-03-18'): TrajectCommand => ({
      type: 'LegLastOnderBestuursdwangOp',
      ...stap,
      besluitdatum,
      begunstigingstermijn: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
      omschrijving: 'beëindig de verhuur van kamers aan meer dan één huishouden',
      datum: besluitdatum,
    }),
    kiesDwangsom: (datum: string, dwangsomZaakId = '6d2e9b1c-8a4f-4c3e-9d7b-1f2a3b4c5d6e'): TrajectCommand => ({ type: 'KiesLastOnderDwangsom', ...stap, dwangsomZaakId, motivering: 'een dwangsom per week', datum }),
    toepassing: (uitvoeringsdatum = '2020-06-02'): TrajectCommand => ({ type: 'PasBestuursdwangToe', ...stap, uitvoeringsdatum, datum: uitvoeringsdatum }),
    sluitAf: (afsluitdatum: string, resultaat: 'nageleefd' | 'bestuursdwang-toegepast' | 'dwangsom-ingevorderd' = 'nageleefd'): TrajectCommand => ({ type: 'SluitTrajectAf', ...stap, afsluitdatum, resultaat, datum: afsluitdatum }),
    bezwaar: (ontvangstdatum = '2020-04-20'): TrajectCommand => ({ type: 'RegistreerBezwaar', ...stap, ontvangstdatum, datum: ontvangstdatum }),
    beslis: (uitkomst: 'gegrond' | 'ongegrond', datum = '2020-06-10'): TrajectCommand => ({ type: 'NeemBeslissingOpBezwaar', ...stap, uitkomst, bekendmakingsdatum: datum, datum }),
    beroep: (indieningsdatum = '2020-07-01'): TrajectCommand => ({ type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum, datum: indieningsdatum }),
    uitspraak: (uitspraakdatum: string, uitkomst: 'gegrond' | 'ongegrond' = 'ongegrond', vernietigd = false): TrajectCommand => ({
      type: 'RegistreerUitspraakOpBeroep',
      ...stap,
      uitkomst,
      vernietigd,
      uitspraakdatum,
      datum: uitspraakdatum,
    }),
  };
}

/** The events the vergunning decider records for these commands, one after the other. */
export function vergunningEvents(commands: readonly VergunningCommand[]): VergunningEvent[] {
  return commands.reduce<VergunningEvent[]>((events, command) => [...events, ...vergunningDecider.decide(command, fold(vergunningDecider, events))], []);
}

/** The events the traject decider records for these commands, one after the other. */
export function trajectEvents(commands: readonly TrajectCommand[]): TrajectEvent[] {
  return commands.reduce<TrajectEvent[]>((events, command) => [...events, ...trajectDecider.decide(command, fold(trajectDecider, events))], []);
}

/*
 * The dwangsom case of a traject's dwangsom route (libs/domain/dwangsom), as the process manager
 * opens it (herkomst: the traject) and the medewerker carries it on. For T-1 of 6 February 2020
 * choosing a dwangsom on Monday 24 February: the voornemen of Wednesday 26 February, a zienswijze
 * on 4 March, the last of Wednesday 18 March (€ 500 a day up to € 20.000, begunstigingstermijn
 * four weeks through Wednesday 15 April, bezwaar through Wednesday 29 April); a controle of
 * Wednesday 22 April finds 16–22 April let: seven days, € 3.500 forfeited.
 */
export function dwangsomStappen(zaakId: string, velden: { gemeente?: string; herkomst?: Herkomst | null; constateringsdatum?: string; door?: string } = {}) {
  const stap = (datum: string) => ({ zaakId, door: velden.door ?? 'medewerker-1', datum });
  const bestreden = (tegen: number | 'last'): Bestreden => (tegen === 'last' ? { besluit: 'last' } : { besluit: 'invorderingsbeschikking', invordering: tegen });
  return {
    /** `herkomst` null: a case opened without one; absent: from traject T-1. */
    open: (datum = '2020-02-24'): DwangsomCommand => ({
      type: 'OpenDwangsomzaak',
      ...stap(datum),
      gemeente: velden.gemeente ?? KERKRADE,
      grondslag: { soort: 'huisvestingswet', artikel: 'art. 21 Huisvestingswet 2014 jo. art. 125 Gemeentewet en art. 5:32 Awb' },
      overtrederId: 'b-eigenaar',
      overtreding: 'kamerverhuur zonder kamerverhuurvergunning',
      constateringsdatum: velden.constateringsdatum ?? '2020-02-06',
      thema: velden.herkomst?.context === 'damocles' ? 'drugspand' : 'kamerverhuur',
      ...(velden.herkomst === null ? {} : { herkomst: velden.herkomst ?? { context: 'kamerverhuur', zaakId: 'T-1' } }),
    }),
    voornemen: (verzenddatum = '2020-02-26'): DwangsomCommand => ({
      type: 'VerzendVoornemen',
      ...stap(verzenddatum),
      verzenddatum,
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
    }),
    zienswijze: (datum = '2020-03-04'): DwangsomCommand => ({ type: 'RegistreerZienswijze', ...stap(datum), wijze: 'schriftelijk' }),
    last: (datum = '2020-03-18'): DwangsomCommand => ({
      type: 'LegLastOp',
      ...stap(datum),
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: datum,
    }),
    controle: (controledatum = '2020-04-22', van = '2020-04-16'): DwangsomCommand => ({
      type: 'RegistreerControle',
      ...stap(controledatum),
      controledatum,
      uitkomst: { soort: 'overtreding', van, totEnMet: controledatum, omschrijving: 'nog vier kamers verhuurd' },
    }),
    invordering: (verbeuring: number, bekendmakingsdatum: string): DwangsomCommand => ({ type: 'VerzendInvorderingsbeschikking', ...stap(bekendmakingsdatum), verbeuring, bekendmakingsdatum }),
    bezwaar: (tegen: number | 'last', ontvangstdatum: string): DwangsomCommand => ({ type: 'RegistreerBezwaar', ...stap(ontvangstdatum), tegen: bestreden(tegen), ontvangstdatum }),
    beslis: (tegen: number | 'last', uitkomst: 'gegrond' | 'ongegrond', datum: string, gevolg?: 'herroepen' | 'gewijzigd'): DwangsomCommand => ({
      type: 'NeemBeslissingOpBezwaar',
      ...stap(datum),
      tegen: bestreden(tegen),
      uitkomst,
      ...(gevolg === 'herroepen' ? { gevolg: { soort: 'herroepen' } } : gevolg === 'gewijzigd' ? { gevolg: { soort: 'gewijzigd', maximumCent: 1_000_000 } } : {}),
      bekendmakingsdatum: datum,
    }),
    beroep: (tegen: number | 'last', indieningsdatum: string): DwangsomCommand => ({ type: 'RegistreerBeroep', ...stap(indieningsdatum), tegen: bestreden(tegen), rechtbank: 'Rechtbank Limburg', indieningsdatum }),
    uitspraak: (tegen: number | 'last', uitspraakdatum: string, uitkomst: 'gegrond' | 'ongegrond' = 'ongegrond', vernietigd = false): DwangsomCommand => ({
      type: 'RegistreerUitspraakOpBeroep',
      ...stap(uitspraakdatum),
      tegen: bestreden(tegen),
      uitkomst,
      vernietigd,
      uitspraakdatum,
    }),
  };
}

/** The events the dwangsom decider records for these commands, one after the other. */
export function dwangsomEvents(commands: readonly DwangsomCommand[]): DwangsomEvent[] {
  return commands.reduce<DwangsomEvent[]>((events, command) => [...events, ...dwangsomDecider.decide(command, fold(dwangsomDecider, events))], []);
}
