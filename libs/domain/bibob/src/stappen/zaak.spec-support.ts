import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { BibobCommand, StartToets } from '../bibob.commands';
import { bibobDecider } from '../bibob.decider';
import type { BibobEvent, BibobToetsGestart } from '../bibob.events';
import type { VerzegeldeInhoud } from '../verzegelde-inhoud';

/*
 * A Bibob toets for the step specs: an exploitatievergunning horeca in Kerkrade, received Monday
 * 4 September 2023 (eight weeks: through Monday 30 October); the vragenformulier goes out Wednesday
 * 6 September and comes back the 20th; the eigen onderzoek asks for advice on Friday 29 September;
 * the LBB is asked Monday 2 October 2023 (its eight weeks run through Monday 27 November) and
 * advises Wednesday 15 November; the voornemen to refuse of Friday 17 November gives two weeks,
 * through Friday 1 December.
 */

export const given = DeciderSpecification.for(bibobDecider).given;

export const zaakId = '3b9d6c1e-7a2f-4c8d-9e0f-1a2b3c4d5e6f';
export const door = 'bibob-coordinator-1';
export const stap = { zaakId, door };

/** Ciphertext as the API would produce it with the toets's key; the domain never opens it. */
export const zegel = (n: number): VerzegeldeInhoud => ({ verzegeld: `djEuQTI1NkdDTS4${n}` });

export const start = (velden: Partial<StartToets> = {}): StartToets => ({
  type: 'StartToets',
  zaakId,
  gemeente: 'GM0928',
  startdatum: '2023-09-05',
  aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2023-09-04', aanvragerId: 'b-exploitant' },
  datum: '2023-09-05',
  door,
  ...velden,
});

export const gestart: BibobToetsGestart = {
  type: 'BibobToetsGestart',
  zaakId,
  gemeente: 'GM0928',
  startdatum: '2023-09-05',
  aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2023-09-04', aanvragerId: 'b-exploitant', beslistermijnWeken: 8 },
  datum: '2023-09-05',
  door,
};

/** A toets on a signal of ondermijning about the holder of a running alcoholvergunning. */
export const opSignaal: BibobToetsGestart = {
  ...gestart,
  aanleiding: { soort: 'signaal', reden: 'signaal-ondermijning', betrokkeneId: 'b-houder', vergunning: 'alcoholvergunning' },
};

export const stappen = {
  vragenformulier: (): BibobCommand => ({ type: 'VraagGegevensOp', ...stap, soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: zegel(1), datum: '2023-09-06' }),
  formulierTerug: (): BibobCommand => ({ type: 'RegistreerOntvangstGegevens', ...stap, ontvangstdatum: '2023-09-20', datum: '2023-09-20' }),
  eigenOnderzoek: (uitkomst: 'geen-gevaar' | 'mindere-mate' | 'ernstige-mate' | 'advies-nodig' = 'advies-nodig'): BibobCommand => ({
    type: 'RondEigenOnderzoekAf',
    ...stap,
    uitkomst,
    bevindingen: zegel(2),
    datum: '2023-09-29',
  }),
  adviesAanvraag: (): BibobCommand => ({ type: 'VraagLbbAdvies', ...stap, verzenddatum: '2023-10-02', betrokkeneGeinformeerdOp: '2023-10-02', datum: '2023-10-02' }),
  vragen: (gesteldOp = '2023-10-23'): BibobCommand => ({ type: 'RegistreerVragenLbb', ...stap, gesteldOp, datum: gesteldOp }),
  antwoord: (beantwoordOp = '2023-11-06'): BibobCommand => ({ type: 'RegistreerAntwoordOpVragenLbb', ...stap, beantwoordOp, datum: beantwoordOp }),
  advies: (conclusie: 'geen-gevaar' | 'mindere-mate' | 'ernstige-mate' = 'ernstige-mate'): BibobCommand => ({ type: 'RegistreerLbbAdvies', ...stap, ontvangstdatum: '2023-11-15', conclusie, advies: zegel(3), datum: '2023-11-15' }),
  voornemen: (strekking: 'weigeren' | 'voorschriften' | 'intrekken' = 'weigeren', verzenddatum = '2023-11-17'): BibobCommand => ({
    type: 'VerzendVoornemen',
    ...stap,
    strekking,
    verzenddatum,
    zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
    datum: verzenddatum,
  }),
  termijnVerstreken: (datum = '2023-12-04'): BibobCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', ...stap, datum }),
  besluit: (uitkomst: 'verleend' | 'verleend-onder-voorschriften' | 'geweigerd' | 'ingetrokken' = 'geweigerd', datum = '2023-12-06'): BibobCommand => ({
    type: 'NeemBesluit',
    ...stap,
    uitkomst,
    bekendmakingsdatum: datum,
    motivering: zegel(4),
    datum,
  }),
  bezwaar: (ontvangstdatum = '2024-01-10'): BibobCommand => ({ type: 'RegistreerBezwaar', ...stap, van: 'b-exploitant', ontvangstdatum, datum: ontvangstdatum }),
};

/** The events the decider records for these commands, one after the other. */
export function zaakNa(begin: readonly BibobEvent[], commands: readonly BibobCommand[]): BibobEvent[] {
  return commands.reduce<BibobEvent[]>((events, command) => [...events, ...bibobDecider.decide(command, fold(bibobDecider, events))], [...begin]);
}

export const naFormulier = zaakNa([gestart], [stappen.vragenformulier(), stappen.formulierTerug()]);
export const naEigenOnderzoek = zaakNa(naFormulier, [stappen.eigenOnderzoek()]);
export const adviesGevraagd = zaakNa(naEigenOnderzoek, [stappen.adviesAanvraag()]);
export const adviesOntvangen = zaakNa(adviesGevraagd, [stappen.advies()]);
export const voornemenVerzonden = zaakNa(adviesOntvangen, [stappen.voornemen()]);
export const gereedVoorBesluit = zaakNa(voornemenVerzonden, [stappen.termijnVerstreken()]);
/** Refused on Wednesday 6 December 2023, made known that day: bezwaar through Wednesday 17 January 2024. */
export const geweigerd = zaakNa(gereedVoorBesluit, [stappen.besluit()]);
/** Bezwaar received Wednesday 10 January 2024: its beslistermijn runs 18 January through Wednesday 28 February (art. 7:10 lid 1 Awb). */
export const metBezwaar = zaakNa(geweigerd, [stappen.bezwaar()]);
