import { bibobContext } from '@handhaving/domain-bibob';
import type { Rol } from '@handhaving/auth';
import { awbStappen } from '../platform/zaakstappen/awb-stappen';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import {
  BibobstapRequest,
  NeemBeslissingOpBezwaarRequest,
  NeemBesluitRequest,
  RegistreerAntwoordOpVragenLbbRequest,
  RegistreerBeroepRequest,
  RegistreerBezwaarRequest,
  RegistreerEindeOpschortingRequest,
  RegistreerLbbAdviesRequest,
  RegistreerOntvangstGegevensRequest,
  RegistreerUitspraakOpBeroepRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerVragenLbbRequest,
  RegistreerZienswijzeRequest,
  RondEigenOnderzoekAfRequest,
  SluitToetsAfRequest,
  StelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest,
  VerzendVoornemenRequest,
  VraagGegevensOpRequest,
  VraagHerstelVerzuimRequest,
  VraagLbbAdviesRequest,
} from './commands/bibobstap.requests.dto';
import { verzegelInhoud } from './inhoud/toets-inhoud';

/** Art. 28 Wet Bibob: only the Bibob role works on a toets and reads its contents. */
export const BIBOB_ROLLEN: readonly Rol[] = ['bibob'];

/** The kernel's steps with a free text: in a Bibob toets it is content, sealed like the rest. */
const INHOUD_VAN_AWB_STAP: Readonly<Record<string, string>> = { herstelverzoek: 'verzuim', verdaging: 'reden', uitstel: 'reden' };

/**
 * The steps on a Bibob toets (integrity screening, Wet Bibob), each a route, its request and the
 * command it becomes. Every step with content seals it with the toets's key first (`aanvullen`),
 * so the command and its events hold only ciphertext.
 */
export const bibobApi: ApiZaakcontext = {
  context: bibobContext,
  tag: 'bibob',
  rollen: BIBOB_ROLLEN,
  stappen: [
    {
      pad: 'gegevensverzoek',
      opdracht: 'VraagGegevensOp',
      request: VraagGegevensOpRequest,
      samenvatting: 'Vraag het Bibob-vragenformulier of ontbrekende stukken op; de beslistermijn van de aanvraag staat stil tot ze binnen zijn',
      aanvullen: verzegelInhoud('omschrijving'),
    },
    { pad: 'gegevens-ontvangen', opdracht: 'RegistreerOntvangstGegevens', request: RegistreerOntvangstGegevensRequest, samenvatting: 'Registreer dat het vragenformulier of de stukken binnen zijn' },
    {
      pad: 'eigen-onderzoek',
      opdracht: 'RondEigenOnderzoekAf',
      request: RondEigenOnderzoekAfRequest,
      samenvatting: 'Rond het eigen onderzoek af: geen, mindere of ernstige mate van gevaar, of advies nodig',
      aanvullen: verzegelInhoud('bevindingen'),
    },
    { pad: 'lbb-adviesaanvraag', opdracht: 'VraagLbbAdvies', request: VraagLbbAdviesRequest, samenvatting: 'Vraag advies aan het Landelijk Bureau Bibob (art. 9 Wet Bibob); de beslistermijn staat stil (art. 32)' },
    { pad: 'lbb-termijnverlenging', opdracht: 'VerlengLbbTermijn', request: BibobstapRequest, samenvatting: 'Registreer dat het LBB zijn adviestermijn eenmaal met vier weken verlengde (art. 15 Wet Bibob)' },
    { pad: 'lbb-vragen', opdracht: 'RegistreerVragenLbb', request: RegistreerVragenLbbRequest, samenvatting: 'Registreer dat het LBB de betrokkene vragen stelde: zijn termijn staat stil tot de antwoorden er zijn' },
    { pad: 'lbb-antwoord', opdracht: 'RegistreerAntwoordOpVragenLbb', request: RegistreerAntwoordOpVragenLbbRequest, samenvatting: 'Registreer dat de betrokkene de vragen van het LBB beantwoordde' },
    {
      pad: 'lbb-advies',
      opdracht: 'RegistreerLbbAdvies',
      request: RegistreerLbbAdviesRequest,
      samenvatting: 'Registreer het advies van het LBB met de mate van gevaar; de tekst wordt verzegeld',
      aanvullen: verzegelInhoud('advies'),
    },
    {
      pad: 'voornemen',
      opdracht: 'VerzendVoornemen',
      request: VerzendVoornemenRequest,
      samenvatting: 'Verzend het voornemen (weigeren, voorschriften, intrekken) met de zienswijzetermijn',
      aanvullen: verzegelInhoud('motivering'),
    },
    ...awbStappen(
      {
        zienswijze: RegistreerZienswijzeRequest,
        zienswijzetermijnVerstreken: BibobstapRequest,
        bezwaar: RegistreerBezwaarRequest,
        beslissingOpBezwaar: NeemBeslissingOpBezwaarRequest,
        herstelverzoek: VraagHerstelVerzuimRequest,
        eindeOpschorting: RegistreerEindeOpschortingRequest,
        verdaging: VerdaagBeslistermijnBezwaarRequest,
        uitstel: StelBeslissingOpBezwaarUitRequest,
        voorlopigeVoorziening: RegistreerVoorlopigeVoorzieningRequest,
        beroep: RegistreerBeroepRequest,
        uitspraakOpBeroep: RegistreerUitspraakOpBeroepRequest,
      },
      {
        'beslissing-op-bezwaar': { samenvatting: 'Neem de beslissing op bezwaar (art. 7:11 Awb); gegrond herroept het besluit, met het herziene besluit' },
      },
    ).map((stap) => {
      const veld = INHOUD_VAN_AWB_STAP[stap.pad];
      return veld === undefined ? stap : { ...stap, aanvullen: verzegelInhoud(veld) };
    }),
    {
      pad: 'besluit',
      opdracht: 'NeemBesluit',
      request: NeemBesluitRequest,
      samenvatting: 'Neem het besluit: verleend, onder voorschriften, geweigerd of ingetrokken; nooit zwaarder dan het voornemen',
      aanvullen: verzegelInhoud('motivering'),
    },
    { pad: 'afsluiting', opdracht: 'SluitToetsAf', request: SluitToetsAfRequest, samenvatting: 'Sluit de toets af zonder besluit: geen maatregel, of de aanvraag is ingetrokken' },
  ],
};
