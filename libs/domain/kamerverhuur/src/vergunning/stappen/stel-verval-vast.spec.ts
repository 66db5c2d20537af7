import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, given, ingetrokken, stappen, verleend, voornemenTotIntrekking, zaakId, zaakNa } from './vergunning.spec-support';

const verval = (reden: string, datum: string, vervaldatum?: string): never => ({ type: 'StelVervalVast', zaakId, door, reden, datum, ...(vervaldatum === undefined ? {} : { vervaldatum }) }) as never;
const vervallen = (reden: string, vervaldatum: string, datum: string) => ({ type: 'VergunningVervallen', zaakId, vervaldatum, reden, datum, door }) as never;

describe('kamerverhuur: stel het verval van de vergunning vast', () => {
  it('given a permit until 1 March 2022, when its verval is recorded on or after that day, then it lapsed on 1 March 2022', () => {
    given(verleend).when(verval('einddatum-verstreken', '2022-03-01')).then([vervallen('einddatum-verstreken', '2022-03-01', '2022-03-01')]);
    given(verleend).when(verval('einddatum-verstreken', '2022-03-07', '2022-03-01')).then([vervallen('einddatum-verstreken', '2022-03-01', '2022-03-07')]);
    expect(fold(vergunningDecider, [...verleend, vervallen('einddatum-verstreken', '2022-03-01', '2022-03-01')])).toMatchObject({ status: 'vervallen', verval: { vervaldatum: '2022-03-01' } });
  });

  it('the holder gave it up, or did not use it, from a day he names; also while a voornemen to revoke it is out', () => {
    given(verleend).when(verval('afstand', '2020-06-15', '2020-06-01')).then([vervallen('afstand', '2020-06-01', '2020-06-15')]);
    given(voornemenTotIntrekking).when(verval('niet-gebruikt', '2020-10-12', '2020-10-01')).then([vervallen('niet-gebruikt', '2020-10-01', '2020-10-12')]);
  });

  it('refuses einddatum-verstreken before the einddatum, on another day, or for a permit without einddatum', () => {
    given(verleend).when(verval('einddatum-verstreken', '2022-02-28')).thenRefuses('kamerverhuur/einddatum-niet-verstreken', 'datum');
    given(verleend).when(verval('einddatum-verstreken', '2022-03-07', '2022-03-02')).thenRefuses('kamerverhuur/vervaldatum-is-einddatum', 'vervaldatum');
    const onbepaald = zaakNa(aangevuld, [stappen.verleen('2020-02-19', { einddatum: undefined })]);
    given(onbepaald).when(verval('einddatum-verstreken', '2022-03-01')).thenRefuses('kamerverhuur/geen-einddatum', 'reden');
  });

  it('refuses afstand without vervaldatum, before the verlening, after the einddatum, recorded before it happened, or in the future', () => {
    given(verleend).when(verval('afstand', '2020-06-15')).thenRefuses('kamerverhuur/vervaldatum-ontbreekt', 'vervaldatum');
    given(verleend).when(verval('afstand', '2020-06-15', '2020-02-18')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'vervaldatum');
    given(verleend).when(verval('afstand', '2022-03-15', '2022-03-01')).thenRefuses('kamerverhuur/vergunning-al-verlopen', 'vervaldatum');
    given(verleend).when(verval('afstand', '2020-06-15', '2020-06-16')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(verleend).when({ ...(verval('afstand', '2020-06-15', '2020-06-20') as object), vandaag: '2020-06-15' } as never).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'vervaldatum');
  });

  it('refuses an unknown reden, and the verval of a permit revoked or not granted', () => {
    given(verleend).when(verval('verhuisd', '2020-06-15', '2020-06-01')).thenRefuses('kamerverhuur/reden-onbekend', 'reden');
    given(ingetrokken).when(verval('afstand', '2020-11-15', '2020-11-10')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(aangevuld).when(verval('afstand', '2020-06-15', '2020-06-01')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
