import { gekoppeld, geregistreerd, gesloten, given, sluit } from './melding.spec-support';

describe('melding: sluit melding', () => {
  it('given a linked melding, when it is taken into a Damocles case, then it is closed naming that case', () => {
    given([geregistreerd, gekoppeld]).when(sluit()).then([gesloten]);
  });

  it('closes with each other reason, without a case', () => {
    for (const reden of ['afgehandeld', 'doorverwezen', 'geen-actie-nodig'] as const) {
      const { zaak: _, ...zonderZaak } = gesloten;
      void _;
      given([geregistreerd]).when(sluit({ reden, zaak: undefined })).then([{ ...zonderZaak, reden }]);
    }
  });

  it('refuses a reason outside the list, a case missing with opgenomen-in-zaak, and a case with another reason', () => {
    given([geregistreerd]).when(sluit({ reden: 'opgelost' as never })).thenRefuses('melding/reden-onbekend', 'reden');
    given([geregistreerd]).when(sluit({ zaak: undefined })).thenRefuses('melding/zaak-ontbreekt', 'zaak.context');
    given([geregistreerd]).when(sluit({ zaak: { context: 'damocles', zaakId: ' ' } })).thenRefuses('melding/zaak-ontbreekt', 'zaak.zaakId');
    given([geregistreerd]).when(sluit({ reden: 'afgehandeld' })).thenRefuses('melding/zaak-alleen-bij-opgenomen-in-zaak', 'zaak');
  });

  it('refuses closing an unknown or closed melding', () => {
    given([]).when(sluit()).thenRefuses('melding/melding-onbekend', 'zaakId');
    given([geregistreerd, gesloten]).when(sluit({ datum: '2020-03-21', vandaag: '2020-03-21' })).thenRefuses('melding/melding-gesloten', 'zaakId');
  });

  it('refuses a date after today or before the melding’s last step', () => {
    given([geregistreerd]).when(sluit({ vandaag: '2020-03-19' })).thenRefuses('melding/datum-in-de-toekomst', 'datum');
    given([geregistreerd, gekoppeld]).when(sluit({ datum: '2020-03-09' })).thenRefuses('melding/datum-voor-vorige-stap', 'datum');
  });
});
