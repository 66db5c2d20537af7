import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { VergunningCommand, VraagVergunningAan } from '../vergunning.commands';
import { vergunningDecider } from '../vergunning.decider';
import type { VergunningAangevraagd, VergunningEvent } from '../vergunning.events';

/*
 * A kamerverhuurvergunning in Kerkrade for the pand of the register specs (six rooms), asked by its
 * owner and received Friday 3 January 2020: eight weeks run 4 January through Friday 28 February
 * (art. 4:13 lid 2 Awb). Aanvulling asked Monday 13 January (hersteltermijn through Monday 27
 * January) and received Friday 24 January: 14–23 January stood still (ten days), so the term ends
 * Monday 9 March (art. 4:15 lid 1 sub a Awb).
 *
 * Granted Wednesday 19 February, in force 1 March 2020 through 1 March 2022. A voornemen to revoke
 * it of Monday 5 October 2020 gives two weeks, through Monday 19 October; revoked Wednesday 21
 * October from 1 November, bezwaar through Wednesday 2 December.
 *
 * Or refused: voornemen Monday 10 February (zienswijze through Monday 24 February), refused
 * Wednesday 26 February, bezwaar through Wednesday 8 April 2020.
 */

export const given = DeciderSpecification.for(vergunningDecider).given;

export const zaakId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
export const registerZaakId = '0b6c5a1e-7c1f-5d1e-9c39-3f1f2d6a8b10';
export const door = 'vergunningverlener-1';
export const stap = { zaakId, door };

export const vraagAan = (velden: Partial<VraagVergunningAan> = {}): VraagVergunningAan => ({
  type: 'VraagVergunningAan',
  zaakId,
  gemeente: 'GM0928',
  registerZaakId,
  pandSleutel: 'adres:6461AB-12',
  aanvragerId: 'b-eigenaar',
  aantalKamers: 6,
  ontvangstdatum: '2020-01-03',
  datum: '2020-01-06',
  door,
  ...velden,
});

export const aangevraagdEvent: VergunningAangevraagd = {
  type: 'VergunningAangevraagd',
  zaakId,
  gemeente: 'GM0928',
  registerZaakId,
  pandSleutel: 'adres:6461AB-12',
  aanvragerId: 'b-eigenaar',
  aantalKamers: 6,
  ontvangstdatum: '2020-01-03',
  beslistermijn: { lengte: { aantal: 8, eenheid: 'weken' }, grondslag: 'art. 4:13 lid 2 Awb', einde: '2020-02-28' },
  datum: '2020-01-06',
  door,
};

export const stappen = {
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
  voornemen: (verzenddatum = '2020-02-10'): VergunningCommand => ({
    type: 'VerzendVoornemen',
    ...stap,
    verzenddatum,
    zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
    datum: verzenddatum,
  }),
  zienswijze: (datum: string): VergunningCommand => ({ type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum }),
  termijnVerstreken: (datum = '2020-02-25'): VergunningCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum }),
  verleen: (datum = '2020-02-19', velden: object = {}): VergunningCommand => ({
    type: 'VerleenVergunning',
    ...stap,
    ingangsdatum: '2020-03-01',
    einddatum: '2022-03-01',
    datum,
    ...velden,
  }),
  weiger: (datum = '2020-02-26'): VergunningCommand => ({
    type: 'WeigerVergunning',
    ...stap,
    motivering: 'zes kamers in een pand van 90 m²: te weinig woonoppervlak per kamer (Beleidsregel kamerverhuur)',
    datum,
  }),
  trekIn: (datum = '2020-10-21', ingangsdatum = '2020-11-01'): VergunningCommand => ({
    type: 'TrekVergunningIn',
    ...stap,
    ingangsdatum,
    reden: 'negen bewoners in zes kamers; vluchtweg geblokkeerd bij twee controles',
    datum,
  }),
  bezwaar: (ontvangstdatum: string): VergunningCommand => ({ type: 'RegistreerBezwaar', ...stap, van: 'b-eigenaar', ontvangstdatum, datum: ontvangstdatum }),
  beslis: (uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk', datum: string): VergunningCommand => ({ type: 'NeemBeslissingOpBezwaar', ...stap, uitkomst, bekendmakingsdatum: datum, datum }),
  beroep: (indieningsdatum: string): VergunningCommand => ({ type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum, datum: indieningsdatum }),
  uitspraak: (uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk', uitspraakdatum: string, vernietigd?: boolean): VergunningCommand => ({
    type: 'RegistreerUitspraakOpBeroep',
    ...stap,
    uitkomst,
    ...(vernietigd === undefined ? {} : { vernietigd }),
    uitspraakdatum,
    datum: uitspraakdatum,
  }),
};

/** The events the decider records for these commands, one after the other. */
export function zaakNa(begin: readonly VergunningEvent[], commands: readonly VergunningCommand[]): VergunningEvent[] {
  return commands.reduce<VergunningEvent[]>((events, command) => [...events, ...vergunningDecider.decide(command, fold(vergunningDecider, events))], [...begin]);
}

export const aangevraagd: VergunningEvent[] = [aangevraagdEvent];
/** Aanvulling asked 13 January, hersteltermijn through 27 January, still open. */
export const aanvullingGevraagd = zaakNa(aangevraagd, [stappen.aanvulling()]);
/** Completed 24 January: the beslistermijn ends Monday 9 March 2020. */
export const aangevuld = zaakNa(aanvullingGevraagd, [stappen.aangevuld()]);

export const voornemenTotWeigering = zaakNa(aangevuld, [stappen.voornemen()]);
export const gereedVoorWeigering = zaakNa(voornemenTotWeigering, [stappen.termijnVerstreken()]);
/** Refused Wednesday 26 February 2020, made known that day: bezwaar through Wednesday 8 April. */
export const geweigerd = zaakNa(gereedVoorWeigering, [stappen.weiger()]);
/** Bezwaar received 20 March 2020: its beslistermijn runs 9 April through Wednesday 20 May (art. 7:10 lid 1 Awb). */
export const weigeringMetBezwaar = zaakNa(geweigerd, [stappen.bezwaar('2020-03-20')]);

/** Granted Wednesday 19 February 2020, in force 1 March 2020 through 1 March 2022. */
export const verleend = zaakNa(aangevuld, [stappen.verleen()]);
export const voornemenTotIntrekking = zaakNa(verleend, [stappen.voornemen('2020-10-05')]);
export const gereedVoorIntrekking = zaakNa(voornemenTotIntrekking, [stappen.termijnVerstreken('2020-10-20')]);
/** Revoked Wednesday 21 October 2020 from 1 November: bezwaar through Wednesday 2 December. */
export const ingetrokken = zaakNa(gereedVoorIntrekking, [stappen.trekIn()]);
/** Bezwaar received 25 November 2020: its beslistermijn runs 3 December through Wednesday 13 January 2021. */
export const intrekkingMetBezwaar = zaakNa(ingetrokken, [stappen.bezwaar('2020-11-25')]);
