import type { GevraagdBezoek } from '../controle.commands';
import { afgerond, bezoeken, geannuleerd, gepland, given, uitgevoerd, voer } from './controle.spec-support';

const [eerste, tweede, derde] = voer().bezoeken;
const met = (i: number, velden: Partial<GevraagdBezoek>) => voer({ bezoeken: voer().bezoeken.map((b, j) => (j === i ? { ...b, ...velden } : b)) });

describe('flexteam controle: registreer uitvoering', () => {
  it('given a planned control, when the team records what it found per address, then the control is executed; an address added on the day is recorded as not planned', () => {
    given([gepland]).when(voer()).then([uitgevoerd]);
  });

  it('is afgerond at once when no finding needs a follow-up', () => {
    given([gepland]).when(voer({ bezoeken: [tweede] })).then([{ ...uitgevoerd, bezoeken: [bezoeken[1]] }, { ...afgerond('2020-09-10'), geregistreerdOp: '2020-09-11' }]);
  });

  it('is held on another day than planned, but not before the planning', () => {
    given([gepland]).when(voer({ datum: '2020-09-09' })).then([{ ...uitgevoerd, datum: '2020-09-09' }]);
    given([gepland]).when(voer({ datum: '2020-08-31' })).thenRefuses('flexteam/datum-voor-vorige-stap', 'datum');
    given([gepland]).when(voer({ vandaag: '2020-09-09' })).thenRefuses('flexteam/datum-in-de-toekomst', 'datum');
  });

  it('takes a woningsplitsing with its overtreder and no room count', () => {
    const { aantalKamers: _, ...zonderKamers } = bezoeken[0];
    void _;
    given([gepland])
      .when(met(0, { bevindingen: ['woningsplitsing'], aantalKamers: undefined }))
      .then([{ ...uitgevoerd, bezoeken: [{ ...zonderKamers, bevindingen: ['woningsplitsing'] }, bezoeken[1], bezoeken[2]] }]);
  });

  it('refuses a control not planned, cancelled, or already executed', () => {
    given([]).when(voer()).thenRefuses('flexteam/zaak-onbekend', 'zaakId');
    given([gepland, geannuleerd]).when(voer()).thenRefuses('flexteam/controle-geannuleerd', 'zaakId');
    given([gepland, uitgevoerd]).when(voer()).thenRefuses('flexteam/controle-al-uitgevoerd', 'zaakId');
  });

  it('refuses a team size that is no whole number of at least one, no visits, and one pand visited twice', () => {
    given([gepland]).when(voer({ teamgrootte: 0 })).thenRefuses('flexteam/teamgrootte-ongeldig', 'teamgrootte');
    given([gepland]).when(voer({ teamgrootte: 2.5 })).thenRefuses('flexteam/teamgrootte-ongeldig', 'teamgrootte');
    given([gepland]).when(voer({ bezoeken: [] })).thenRefuses('flexteam/bezoeken-ontbreken', 'bezoeken');
    given([gepland]).when(voer({ bezoeken: [eerste, tweede, { ...derde, pand: { postcode: '6461 ab', huisnummer: '12' } }] })).thenRefuses('flexteam/pand-dubbel', 'bezoeken[2].pand');
    given([gepland]).when(met(2, { pand: { adresseerbaarObjectId: '12' } })).thenRefuses('pand/bag-id-ongeldig', 'bezoeken[2].pand.adresseerbaarObjectId');
  });

  it('refuses no findings, an unknown or repeated finding, and geen-bijzonderheden beside another', () => {
    given([gepland]).when(met(1, { bevindingen: [] })).thenRefuses('flexteam/bevindingen-ontbreken', 'bezoeken[1].bevindingen');
    given([gepland]).when(met(2, { bevindingen: ['overlast', 'hennep' as never] })).thenRefuses('flexteam/bevinding-onbekend', 'bezoeken[2].bevindingen[1]');
    given([gepland]).when(met(2, { bevindingen: ['overlast', 'overlast'] })).thenRefuses('flexteam/bevinding-dubbel', 'bezoeken[2].bevindingen[1]');
    given([gepland]).when(met(2, { bevindingen: ['overlast', 'geen-bijzonderheden'] })).thenRefuses('flexteam/geen-bijzonderheden-niet-alleen', 'bezoeken[2].bevindingen');
  });

  it('refuses persons counted without access, and counts that are no whole number of zero or more', () => {
    given([gepland]).when(met(2, { personenAangetroffen: 3 })).thenRefuses('flexteam/personen-zonder-toegang', 'bezoeken[2].personenAangetroffen');
    given([gepland]).when(met(2, { personenInBrp: 0 })).thenRefuses('flexteam/personen-zonder-toegang', 'bezoeken[2].personenInBrp');
    given([gepland]).when(met(1, { personenInBrp: -1 })).thenRefuses('flexteam/aantal-personen-ongeldig', 'bezoeken[1].personenInBrp');
    given([gepland]).when(met(1, { toegang: undefined as never })).thenRefuses('flexteam/toegang-ontbreekt', 'bezoeken[1].toegang');
  });

  it('requires the overtreder with kamerverhuur or woningsplitsing and refuses it, and a room count, with other findings', () => {
    given([gepland]).when(met(0, { overtrederId: undefined })).thenRefuses('flexteam/overtreder-ontbreekt', 'bezoeken[0].overtrederId');
    given([gepland]).when(met(0, { overtrederId: ' ' })).thenRefuses('flexteam/overtreder-ontbreekt', 'bezoeken[0].overtrederId');
    given([gepland]).when(met(2, { overtrederId: 'b-buurman' })).thenRefuses('flexteam/overtreder-alleen-bij-kamerverhuur-of-woningsplitsing', 'bezoeken[2].overtrederId');
    given([gepland]).when(met(1, { aantalKamers: 3 })).thenRefuses('flexteam/kamers-alleen-bij-kamerverhuur-of-woningsplitsing', 'bezoeken[1].aantalKamers');
    given([gepland]).when(met(0, { aantalKamers: 0 })).thenRefuses('flexteam/aantal-kamers-ongeldig', 'bezoeken[0].aantalKamers');
  });
});
