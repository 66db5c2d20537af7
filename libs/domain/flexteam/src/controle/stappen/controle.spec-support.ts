import { DeciderSpecification } from '@handhaving/domain-shared';
import type { AnnuleerControle, PlanControle, RegistreerUitvoering, StartVervolg, ZieAfVanVervolg } from '../controle.commands';
import { controleDecider } from '../controle.decider';
import type { Bezoek, ControleAfgerond, ControleGeannuleerd, ControleGepland, ControleUitgevoerd, VervolgAfgezien, VervolgGestart } from '../controle.events';

/*
 * A control for the step specs: on Tuesday 1 September 2020 Kerkrade's flexteam plans a control of
 * Kerkrade-West for Thursday 10 September, with the BOA's, the BRP, bouw- en brandveiligheid and the
 * police, at two addresses: a house known by its BAG id (a melding about it) and 6461 AB 12 (an
 * earlier kamerverhuur case). On the 10th eight people go: at the first house six rooms are let to
 * seven persons, two registered there, and the registration is wrong; 6461 AB 12 shows nothing; at
 * 6461 AB 14, added on the day, the door stays shut and neighbours complain of overlast. On the
 * 14th a traject and a BRP request start; on the 15th the overlast is declined.
 */

export const given = DeciderSpecification.for(controleDecider).given;

export const zaakId = 'f1e2d3c4-b5a6-4978-8a1b-2c3d4e5f6a7b';
export const door = 'flexteam-coordinator-1';

export const bagPand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;
export const bag = 'bag:0928010000012345';
export const twaalf = 'adres:6461AB-12';
export const veertien = 'adres:6461AB-14';

export const plan = (velden: Partial<PlanControle> = {}): PlanControle => ({
  type: 'PlanControle',
  zaakId,
  gemeente: 'GM0928',
  geplandOp: '2020-09-10',
  gebied: 'Kerkrade-West',
  partners: ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie'],
  adressen: [
    { pand: { adresseerbaarObjectId: '0928010000012345' }, signalen: [{ context: 'melding', zaakId: 'm-1' }] },
    { pand: { postcode: '6461 ab', huisnummer: '12' }, signalen: [{ context: 'kamerverhuurtraject', zaakId: 'k-0' }] },
  ],
  datum: '2020-09-01',
  door,
  vandaag: '2020-09-01',
  ...velden,
});

export const gepland: ControleGepland = {
  type: 'ControleGepland',
  zaakId,
  gemeente: 'GM0928',
  geplandOp: '2020-09-10',
  gebied: 'Kerkrade-West',
  partners: ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie'],
  adressen: [
    { pand: bagPand, pandSleutel: bag, signalen: [{ context: 'melding', zaakId: 'm-1' }] },
    { pand: { soort: 'adres', postcode: '6461AB', huisnummer: 12 }, pandSleutel: twaalf, signalen: [{ context: 'kamerverhuurtraject', zaakId: 'k-0' }] },
  ],
  datum: '2020-09-01',
  door,
  geregistreerdOp: '2020-09-01',
};

export const annuleer = (velden: Partial<AnnuleerControle> = {}): AnnuleerControle => ({ type: 'AnnuleerControle', zaakId, reden: 'politie niet beschikbaar', datum: '2020-09-08', door, vandaag: '2020-09-08', ...velden });

export const geannuleerd: ControleGeannuleerd = { type: 'ControleGeannuleerd', zaakId, reden: 'politie niet beschikbaar', datum: '2020-09-08', door, geregistreerdOp: '2020-09-08' };

export const voer = (velden: Partial<RegistreerUitvoering> = {}): RegistreerUitvoering => ({
  type: 'RegistreerUitvoering',
  zaakId,
  teamgrootte: 8,
  bezoeken: [
    { pand: { adresseerbaarObjectId: '0928010000012345' }, toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur', 'brp-onjuist'], overtrederId: 'b-eigenaar', aantalKamers: 6 },
    { pand: { postcode: '6461AB', huisnummer: 12 }, toegang: true, personenAangetroffen: 2, personenInBrp: 2, bevindingen: ['geen-bijzonderheden'] },
    { pand: { postcode: '6461AB', huisnummer: 14 }, toegang: false, bevindingen: ['overlast'] },
  ],
  datum: '2020-09-10',
  door,
  vandaag: '2020-09-11',
  ...velden,
});

export const bezoeken: readonly Bezoek[] = [
  { pand: bagPand, pandSleutel: bag, gepland: true, toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur', 'brp-onjuist'], overtrederId: 'b-eigenaar', aantalKamers: 6 },
  { pand: { soort: 'adres', postcode: '6461AB', huisnummer: 12 }, pandSleutel: twaalf, gepland: true, toegang: true, personenAangetroffen: 2, personenInBrp: 2, bevindingen: ['geen-bijzonderheden'] },
  { pand: { soort: 'adres', postcode: '6461AB', huisnummer: 14 }, pandSleutel: veertien, gepland: false, toegang: false, bevindingen: ['overlast'] },
];

export const uitgevoerd: ControleUitgevoerd = { type: 'ControleUitgevoerd', zaakId, teamgrootte: 8, bezoeken, datum: '2020-09-10', door, geregistreerdOp: '2020-09-11' };

export const traject = { context: 'kamerverhuurtraject', zaakId: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601' } as const;
export const verzoek = { context: 'verzoek', zaakId: 'c0ffee00-1234-4abc-8def-0123456789ab' } as const;

export const start = (velden: Partial<StartVervolg> = {}): StartVervolg => ({ type: 'StartVervolg', zaakId, pandSleutel: bag, bevinding: 'kamerverhuur', vervolg: traject, datum: '2020-09-14', door, vandaag: '2020-09-14', ...velden });

export const gestart = (velden: Partial<VervolgGestart> = {}): VervolgGestart => ({ type: 'VervolgGestart', zaakId, pandSleutel: bag, bevinding: 'kamerverhuur', vervolg: traject, datum: '2020-09-14', door, geregistreerdOp: '2020-09-14', ...velden });

export const zieAf = (velden: Partial<ZieAfVanVervolg> = {}): ZieAfVanVervolg => ({ type: 'ZieAfVanVervolg', zaakId, pandSleutel: veertien, bevinding: 'overlast', reden: 'buren bemiddeld door de wijkagent', datum: '2020-09-15', door, vandaag: '2020-09-15', ...velden });

export const afgezien = (velden: Partial<VervolgAfgezien> = {}): VervolgAfgezien => ({ type: 'VervolgAfgezien', zaakId, pandSleutel: veertien, bevinding: 'overlast', reden: 'buren bemiddeld door de wijkagent', datum: '2020-09-15', door, geregistreerdOp: '2020-09-15', ...velden });

export const afgerond = (datum: string): ControleAfgerond => ({ type: 'ControleAfgerond', zaakId, datum, door, geregistreerdOp: datum });

/** The first house's two findings followed up, the overlast still open. */
export const tweeGestart = [gepland, uitgevoerd, gestart(), gestart({ bevinding: 'brp-onjuist', vervolg: verzoek })];
