import { installatierollen, rollen, type Rol } from '@handhaving/auth';
import { voorbeeldBeleid } from '@handhaving/policy';
import { bibobApi } from '../../bibob/bibob.api-context';
import { damoclesApi } from '../../damocles/damocles.api-context';
import { dwangsomApi } from '../../dwangsom/dwangsom.api-context';
import { kamerverhuurregisterApi } from '../../kamerverhuur/register/register.api-context';
import { registerZaakId } from '../../kamerverhuur/register/register-zaak';
import { kamerverhuurtrajectApi } from '../../kamerverhuur/traject/traject.api-context';
import { kamerverhuurvergunningApi } from '../../kamerverhuur/vergunning/vergunning.api-context';
import { flexteamcontroleApi } from '../../flexteam/controle/controle.api-context';
import { verzoekApi } from '../../flexteam/verzoek/verzoek.api-context';
import { meldingApi } from '../../meldingen/melding.api-context';
import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

/**
 * Every route × every role × own and other gemeente. The table is the access policy in one
 * place; the first test fails when a route exists that the table does not name, so a new route
 * cannot ship without a decision on who may call it.
 */
const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

// Each case builds its fixture (a case in every context) for both gemeenten: seconds on a loaded machine.
jest.setTimeout(30_000);

const eigen = 'GM0928';
const andere = 'GM0888';

interface Fixture {
  /** A betrokkene registered in the own gemeente. */
  betrokkeneId: string;
  /** A Damocles case in the own gemeente. */
  zaakId: string;
  /** A medewerker's signed agenda link. */
  agendaUrl: string;
  /** A dwangsom case in the own gemeente. */
  dwangsomZaakId: string;
  /** A Bibob toets in the own gemeente. */
  bibobZaakId: string;
  /** A pand in the kamerverhuur register of the own gemeente. */
  registerZaakId: string;
  /** An aanvraag for a kamerverhuurvergunning for it. */
  vergunningZaakId: string;
  /** A handhavingstraject about it. */
  trajectZaakId: string;
  /** A melding in the own gemeente. */
  meldingZaakId: string;
  /** A flexteam control planned in the own gemeente. */
  controleZaakId: string;
  /** An outgoing request from it. */
  verzoekZaakId: string;
}

interface RouteCase {
  readonly method: 'get' | 'post';
  /** As in the OpenAPI document. */
  readonly path: string;
  /** Roles that may call it; `public` for routes without a token. */
  readonly allowed: readonly Rol[] | 'public';
  /** How another gemeente's caller is answered: 404 for a resource of the own gemeente, 403 when the caller names the gemeente. */
  readonly otherGemeente: 404 | 403 | 'n.v.t.';
  /** The request, always about the own gemeente; the caller's token says which gemeente they work for. */
  readonly request: (fixture: Fixture) => { url: string; body?: object };
}

const persoon = (gemeente: string): object => ({ gemeente, soort: 'persoon', naam: 'A. Matrix' });


const iedereen: readonly Rol[] = rollen;
const beleidsversie = (): object => ({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'matrix' });

const rapportage = (): object => ({
  gemeente: eigen,
  pand: { postcode: '6461AB', huisnummer: 12 },
  pandtype: 'woning',
  constateringsdatum: '2020-03-02',
  ontvangstdatum: '2020-03-09',
  vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
  betrokkenen: [],
});

const kamerverhuurpand = { postcode: '6461AB', huisnummer: 40 };
const pandInRegister = (betrokkeneId: string): object => ({ gemeente: eigen, pand: kamerverhuurpand, aantalKamers: 5, betrokkenen: { eigenaarId: betrokkeneId }, ingangsdatum: '2020-03-02' });
const vergunningaanvraag = (betrokkeneId: string): object => ({ gemeente: eigen, pand: kamerverhuurpand, aanvragerId: betrokkeneId, aantalKamers: 5, ontvangstdatum: '2020-03-03' });
const constatering = (betrokkeneId: string): object => ({
  gemeente: eigen,
  pand: kamerverhuurpand,
  soort: 'kamerverhuur',
  overtrederId: betrokkeneId,
  constateringsdatum: '2020-03-04',
  toezichthouder: 'matrix',
  bevindingen: 'zes namen op de bellen',
});
const registerstappen: Record<string, object> = {
  stand: { naar: 'in-handhaving', ingangsdatum: '2020-03-09' },
  correctie: { correctie: { soort: 'wijziging-vervalt', wijziging: 1 }, reden: 'matrix' },
};

/** A well-formed body per step, so that what is checked is access, not shape (shape errors come first and reveal nothing). */
const zaakstappen: Record<string, object> = {
  voornemen: { maatregel: { soort: 'waarschuwing' }, verzenddatum: '2020-03-16', zienswijzetermijn: { einde: '2020-03-30' } },
  'spoedeisende-sluiting': { motivering: 'acuut gevaar voor de omgeving', duurMaanden: 3, bekendmakingsdatum: '2020-03-18' },
  zienswijze: { wijze: 'schriftelijk' },
  'zienswijzetermijn-verstreken': {},
  besluit: { besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2020-04-06' } },
  bezwaar: { ontvangstdatum: '2020-05-12' },
  'voorlopige-voorziening': { stap: 'gevraagd' },
  'beslissing-op-bezwaar': { uitkomst: 'ongegrond', bekendmakingsdatum: '2020-06-30' },
  herstelverzoek: { verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2020-05-26' },
  'einde-opschorting': { einde: 'verzuim-hersteld' },
  verdaging: { lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies bezwaarcommissie' },
  uitstel: { lengte: { aantal: 4, eenheid: 'weken' }, reden: 'deskundigenrapport volgt', instemming: { indienerOp: '2020-06-25', andereBelanghebbenden: 'niet-geschaad' } },
  beroep: { rechtbank: 'Rechtbank Limburg', indieningsdatum: '2020-07-14' },
  'uitspraak-op-beroep': { uitkomst: 'ongegrond', uitspraakdatum: '2020-11-03' },
  'sluiting-uitgevoerd': { sluitingsdatum: '2020-04-21' },
  heropening: { heropeningsdatum: '2020-07-21' },
  correctie: { correcties: { ontvangstdatum: '2020-03-10' }, reden: 'datum van ontvangst verkeerd overgenomen' },
  'last-onder-dwangsom': { overtrederId: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', motivering: 'de huurder handelt vanuit de woning' },
};

/** The steps of a permit and a traject: the Awb steps share the bodies of `zaakstappen`, their own are here. */
const kamerverhuurstappen: Record<string, object> = {
  ...zaakstappen,
  aanvullingsverzoek: { gevraagdOp: '2020-03-10', ontbreekt: 'plattegrond', hersteltermijnEinde: '2020-03-24' },
  aanvulling: { ontvangenOp: '2020-03-20' },
  'verdaging-aanvraag': { verdagingsdatum: '2020-04-20', weken: 4, motivering: 'advies brandweer' },
  voornemen: { verzenddatum: '2020-03-16', zienswijzetermijn: { einde: '2020-03-30' } },
  verlening: { ingangsdatum: '2020-04-01' },
  weigering: { motivering: 'de kamers zijn te klein volgens de verordening' },
  intrekking: { ingangsdatum: '2020-09-01', reden: 'matrix' },
  verval: { reden: 'afstand', vervaldatum: '2020-09-01' },
  vooraankondiging: { verzenddatum: '2020-03-09' },
  hercontrole: { controledatum: '2020-04-07', uitkomst: 'nageleefd', toezichthouder: 'matrix' },
  'last-onder-dwangsom': { motivering: 'de verhuur gaat door na de vooraankondiging' },
  'last-onder-bestuursdwang': { besluitdatum: '2020-05-04', begunstigingstermijn: { einde: '2020-06-29' }, omschrijving: 'beëindig de verhuur van de kamers' },
  'bestuursdwang-toegepast': { uitvoeringsdatum: '2020-07-06' },
  afsluiting: { afsluitdatum: '2020-08-03', resultaat: 'nageleefd' },
};

/** The example body of a registered step; a step registered without one fails here, by name. */
function voorbeeldBody(voorbeelden: Record<string, object>, pad: string): object {
  const body = voorbeelden[pad];
  if (body === undefined) throw new Error(`Geen voorbeeld voor stap ${pad}: voeg een geldige body toe aan de matrix`);
  return body;
}

const dwangsomzaak = (overtrederId: string): object => ({
  gemeente: eigen,
  grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' },
  overtrederId,
  overtreding: 'handel in drugs op straat',
  constateringsdatum: '2021-02-24',
});

/** A well-formed body per dwangsom step (what is checked is access, not shape). */
const dwangsomstappen: Record<string, object> = {
  voornemen: { verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' } },
  zienswijze: { wijze: 'schriftelijk' },
  'zienswijzetermijn-verstreken': {},
  last: { vorm: { soort: 'preventieve-last' }, bedrag: { soort: 'per-overtreding', bedragCent: 250000 }, maximumCent: 1000000, bekendmakingsdatum: '2021-04-07' },
  afzien: { motivering: 'de overtreder is vertrokken' },
  controle: { controledatum: '2021-06-10', uitkomst: { soort: 'nageleefd' } },
  invorderingsbeschikking: { verbeuring: 1, bekendmakingsdatum: '2021-06-17' },
  betaling: { invordering: 1, bedragCent: 100, betaaldatum: '2021-07-01' },
  bezwaar: { tegen: { besluit: 'last' }, ontvangstdatum: '2021-05-01' },
  'beslissing-op-bezwaar': { tegen: { besluit: 'last' }, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30' },
  herstelverzoek: { tegen: { besluit: 'last' }, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2021-05-20' },
  'einde-opschorting': { tegen: { besluit: 'last' }, einde: 'verzuim-hersteld' },
  verdaging: { tegen: { besluit: 'last' }, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt later' },
  uitstel: { tegen: { besluit: 'last' }, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'stukken volgen', instemming: { indienerOp: '2021-06-01', andereBelanghebbenden: 'niet-geschaad' } },
  'voorlopige-voorziening': { tegen: { besluit: 'last' }, stap: 'gevraagd' },
  beroep: { tegen: { besluit: 'last' }, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-07-20' },
  'uitspraak-op-beroep': { tegen: { besluit: 'last' }, uitkomst: 'ongegrond', uitspraakdatum: '2021-10-05' },
  opheffing: { ingangsdatum: '2021-09-01', reden: 'een jaar zonder verbeuring' },
  intrekking: { ingangsdatum: '2021-09-01', reden: 'verkeerde overtreder' },
};

const bibobToets = (aanvragerId: string): object => ({
  gemeente: eigen,
  startdatum: '2023-09-05',
  aanleiding: { soort: 'aanvraag', aanvraagtype: 'alcoholvergunning', ontvangstdatum: '2023-09-04', aanvragerId },
});

/** A well-formed body per Bibob step (what is checked is access, not shape); content is plain text here, sealed by the API. */
const bibobstappen: Record<string, object> = {
  gegevensverzoek: { soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: 'jaarrekeningen' },
  'gegevens-ontvangen': { ontvangstdatum: '2023-09-20' },
  'eigen-onderzoek': { uitkomst: 'advies-nodig', bevindingen: 'financiering onverklaard' },
  'lbb-adviesaanvraag': { verzenddatum: '2023-10-02', betrokkeneGeinformeerdOp: '2023-10-02' },
  'lbb-termijnverlenging': {},
  'lbb-vragen': { gesteldOp: '2023-10-23' },
  'lbb-antwoord': { beantwoordOp: '2023-11-06' },
  'lbb-advies': { ontvangstdatum: '2023-11-15', conclusie: 'ernstige-mate', advies: 'ernstig gevaar' },
  voornemen: { strekking: 'weigeren', verzenddatum: '2023-11-17', zienswijzetermijn: { einde: '2023-12-01' }, motivering: 'advies LBB' },
  zienswijze: { wijze: 'schriftelijk' },
  'zienswijzetermijn-verstreken': {},
  bezwaar: { ontvangstdatum: '2024-01-10' },
  'beslissing-op-bezwaar': { uitkomst: 'ongegrond', bekendmakingsdatum: '2024-02-28' },
  herstelverzoek: { verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2024-01-24' },
  'einde-opschorting': { einde: 'verzuim-hersteld' },
  verdaging: { lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies bezwaarcommissie' },
  uitstel: { lengte: { aantal: 4, eenheid: 'weken' }, reden: 'stukken volgen', instemming: { indienerOp: '2024-02-20', andereBelanghebbenden: 'niet-geschaad' } },
  'voorlopige-voorziening': { stap: 'gevraagd' },
  beroep: { rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-03-20' },
  'uitspraak-op-beroep': { uitkomst: 'ongegrond', uitspraakdatum: '2024-09-05' },
  besluit: { uitkomst: 'geweigerd', bekendmakingsdatum: '2023-12-06', motivering: 'ernstig gevaar' },
  afsluiting: { reden: 'geen-maatregel' },
};

const melding = (): object => ({ gemeente: eigen, bron: 'meldpunt-overlast', categorie: 'woonoverlast', plaats: { soort: 'gebied', omschrijving: 'Markt' }, meldingsdatum: '2020-03-02', omschrijving: 'matrix' });

/** A well-formed body per step of a melding (what is checked is access, not shape). */
const meldingstappen: Record<string, object> = { 'koppel-aan-pand': { pand: { adresseerbaarObjectId: '0928010000012345' } }, sluiting: { reden: 'afgehandeld' } };

const flexteampand = { postcode: '6461AB', huisnummer: 3 };
const controle = (): object => ({ gemeente: eigen, geplandOp: '2020-09-17', gebied: 'Matrix', partners: ['boa'], adressen: [{ pand: flexteampand }], datum: '2020-09-01' });
const verzoek = (controleZaakId: string): object => ({ gemeente: eigen, aan: 'brp', pand: flexteampand, herkomst: { context: 'flexteam', zaakId: controleZaakId, pandSleutel: 'adres:6461AB-3', bevinding: 'brp-onjuist' } });

/** A well-formed body per step of a control and a request (what is checked is access, not shape). */
const flexteamstappen: Record<string, object> = {
  annulering: { reden: 'matrix' },
  uitvoering: { teamgrootte: 2, datum: '2020-09-17', bezoeken: [{ pand: flexteampand, toegang: true, bevindingen: ['overlast'] }] },
  vervolg: { pandSleutel: 'adres:6461AB-3', bevinding: 'overlast', vervolg: { context: 'melding', zaakId: '3c9e1f0a-7b2d-4e6f-8a1b-2c3d4e5f6a7b' } },
  'vervolg-afgezien': { pandSleutel: 'adres:6461AB-3', bevinding: 'overlast', reden: 'matrix' },
  antwoord: { uitkomst: 'gecorrigeerd' },
};

const routes: readonly RouteCase[] = [
  // The flexteam: its toezichthouders and the medewerkers plan and record controls and send requests; reading them also the analyst and beheer; its figures for who reads figures and the flexteam.
  { method: 'post', path: '/api/flexteamcontrole/zaken', allowed: flexteamcontroleApi.rollen, otherGemeente: 403, request: () => ({ url: '/api/flexteamcontrole/zaken', body: controle() }) },
  { method: 'post', path: '/api/verzoek/zaken', allowed: verzoekApi.rollen, otherGemeente: 403, request: (fixture) => ({ url: '/api/verzoek/zaken', body: verzoek(fixture.controleZaakId) }) },
  ...[
    { api: flexteamcontroleApi, zaak: (fixture: Fixture) => fixture.controleZaakId },
    { api: verzoekApi, zaak: (fixture: Fixture) => fixture.verzoekZaakId },
  ].flatMap(({ api, zaak }) => [
    ...api.stappen.map(
      ({ pad }): RouteCase => ({
        method: 'post',
        path: `/api/${api.context.naam}/zaken/{zaakId}/${pad}`,
        allowed: api.rollen,
        otherGemeente: 404,
        request: (fixture) => ({ url: `/api/${api.context.naam}/zaken/${zaak(fixture)}/${pad}`, body: voorbeeldBody(flexteamstappen, pad) }),
      }),
    ),
    {
      method: 'get',
      path: `/api/${api.context.naam}/zaken/{zaakId}`,
      allowed: ['juridisch-medewerker', 'toezichthouder', 'oov-analist', 'beheer'],
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/${api.context.naam}/zaken/${zaak(fixture)}` }),
    } satisfies RouteCase,
  ]),
  {
    method: 'get',
    path: '/api/flexteam/cijfers',
    allowed: ['oov-analist', 'juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/flexteam/cijfers?gemeente=${eigen}&jaar=2020` }),
  },
  // The meldingen register: the medewerker registers and handles a melding; reading it and its figures as for every context's cases.
  { method: 'post', path: '/api/melding/zaken', allowed: ['juridisch-medewerker'], otherGemeente: 403, request: () => ({ url: '/api/melding/zaken', body: melding() }) },
  ...meldingApi.stappen.map(
    ({ pad }): RouteCase => ({
      method: 'post',
      path: `/api/melding/zaken/{zaakId}/${pad}`,
      allowed: meldingApi.rollen,
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/melding/zaken/${fixture.meldingZaakId}/${pad}`, body: voorbeeldBody(meldingstappen, pad) }),
    }),
  ),
  {
    method: 'get',
    path: '/api/melding/zaken/{zaakId}',
    allowed: ['juridisch-medewerker', 'oov-analist', 'beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/melding/zaken/${fixture.meldingZaakId}` }),
  },
  {
    method: 'get',
    path: '/api/meldingen/cijfers',
    allowed: ['oov-analist', 'juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/meldingen/cijfers?gemeente=${eigen}&jaar=2020` }),
  },
  // The registered Bibob steps (bibob.api-context.ts): the Bibob role only (art. 28 Wet Bibob).
  ...bibobApi.stappen.map(
    ({ pad }): RouteCase => ({
      method: 'post',
      path: `/api/bibob/zaken/{zaakId}/${pad}`,
      allowed: bibobApi.rollen,
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/bibob/zaken/${fixture.bibobZaakId}/${pad}`, body: voorbeeldBody(bibobstappen, pad) }),
    }),
  ),
  { method: 'post', path: '/api/bibob/zaken', allowed: ['bibob'], otherGemeente: 403, request: (fixture) => ({ url: '/api/bibob/zaken', body: bibobToets(fixture.betrokkeneId) }) },
  // That a toets exists, its state and terms: everyone with access to the gemeente; more only for the Bibob role.
  { method: 'get', path: '/api/bibob/zaken/{zaakId}', allowed: iedereen, otherGemeente: 404, request: (fixture) => ({ url: `/api/bibob/zaken/${fixture.bibobZaakId}` }) },
  // Its contents: the Bibob role, with a reason, recorded.
  {
    method: 'post',
    path: '/api/bibob/zaken/{zaakId}/inzage',
    allowed: ['bibob'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/bibob/zaken/${fixture.bibobZaakId}/inzage`, body: { reden: 'autorisatiematrix' } }),
  },
  // Who read what: beheer reads the log, nobody writes it but the inzage.
  { method: 'get', path: '/api/bibob/inzagelog', allowed: ['beheer'], otherGemeente: 403, request: () => ({ url: `/api/bibob/inzagelog?gemeente=${eigen}` }) },
  // Bibob figures are aggregates (the toetsen per cell only for bibob, apps/api/src/bibob/queries/cijfers); the work list is the Bibob role's.
  { method: 'get', path: '/api/bibob/cijfers', allowed: ['bibob', 'oov-analist', 'beheer'], otherGemeente: 403, request: () => ({ url: `/api/bibob/cijfers?gemeente=${eigen}&jaar=2023` }) },
  { method: 'get', path: '/api/bibob/zaken', allowed: ['bibob'], otherGemeente: 403, request: () => ({ url: `/api/bibob/zaken?gemeente=${eigen}` }) },
  {
    method: 'post',
    path: '/api/bibob/zaken/{zaakId}/vernietig-inhoud',
    allowed: ['beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/bibob/zaken/${fixture.bibobZaakId}/vernietig-inhoud`, body: { reden: 'bewaartermijn-verstreken' } }),
  },
  // The registered steps, with the roles the registry gives them (dwangsom.api-context.ts).
  ...dwangsomApi.stappen.map(
    ({ pad }): RouteCase => ({
      method: 'post',
      path: `/api/dwangsom/zaken/{zaakId}/${pad}`,
      allowed: dwangsomApi.rollen,
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/dwangsom/zaken/${fixture.dwangsomZaakId}/${pad}`, body: voorbeeldBody(dwangsomstappen, pad) }),
    }),
  ),
  // The register: a pand is in it once, so a second entry is the decider's 422 (allowed, not 401/403/404).
  {
    method: 'post',
    path: '/api/kamerverhuurregister/zaken',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: (fixture) => ({ url: '/api/kamerverhuurregister/zaken', body: pandInRegister(fixture.betrokkeneId) }),
  },
  ...[
    { naam: 'kamerverhuurregister', zaak: (fixture: Fixture) => fixture.registerZaakId },
    { naam: 'kamerverhuurvergunning', zaak: (fixture: Fixture) => fixture.vergunningZaakId },
    { naam: 'kamerverhuurtraject', zaak: (fixture: Fixture) => fixture.trajectZaakId },
  ].map(
    ({ naam, zaak }): RouteCase => ({
      method: 'get',
      path: `/api/${naam}/zaken/{zaakId}`,
      allowed: ['juridisch-medewerker', 'oov-analist', 'beheer'],
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/${naam}/zaken/${zaak(fixture)}` }),
    }),
  ),
  {
    method: 'get',
    path: '/api/kamerverhuur/register',
    allowed: ['oov-analist', 'juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/kamerverhuur/register?gemeente=${eigen}&op=2020-01-01,2021-01-01` }),
  },
  {
    method: 'get',
    path: '/api/kamerverhuur/cijfers',
    allowed: ['oov-analist', 'juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/kamerverhuur/cijfers?gemeente=${eigen}&jaar=2020` }),
  },
  {
    method: 'get',
    path: '/api/kamerverhuur/werkvoorraad',
    allowed: ['juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/kamerverhuur/werkvoorraad?gemeente=${eigen}` }),
  },
  {
    method: 'post',
    path: '/api/kamerverhuurvergunning/zaken',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: (fixture) => ({ url: '/api/kamerverhuurvergunning/zaken', body: vergunningaanvraag(fixture.betrokkeneId) }),
  },
  {
    method: 'post',
    path: '/api/kamerverhuurtraject/zaken',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: (fixture) => ({ url: '/api/kamerverhuurtraject/zaken', body: constatering(fixture.betrokkeneId) }),
  },
  ...[
    { api: kamerverhuurvergunningApi, zaak: (fixture: Fixture) => fixture.vergunningZaakId },
    { api: kamerverhuurtrajectApi, zaak: (fixture: Fixture) => fixture.trajectZaakId },
  ].flatMap(({ api, zaak }) =>
    api.stappen.map(
      ({ pad }): RouteCase => ({
        method: 'post',
        path: `/api/${api.context.naam}/zaken/{zaakId}/${pad}`,
        allowed: api.rollen,
        otherGemeente: 404,
        request: (fixture) => ({ url: `/api/${api.context.naam}/zaken/${zaak(fixture)}/${pad}`, body: voorbeeldBody(kamerverhuurstappen, pad) }),
      }),
    ),
  ),
  ...kamerverhuurregisterApi.stappen.map(
    ({ pad }): RouteCase => ({
      method: 'post',
      path: `/api/kamerverhuurregister/zaken/{zaakId}/${pad}`,
      allowed: kamerverhuurregisterApi.rollen,
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/kamerverhuurregister/zaken/${fixture.registerZaakId}/${pad}`, body: voorbeeldBody(registerstappen, pad) }),
    }),
  ),
  {
    method: 'post',
    path: '/api/dwangsom/zaken',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: (fixture) => ({ url: '/api/dwangsom/zaken', body: dwangsomzaak(fixture.betrokkeneId) }),
  },
  {
    method: 'get',
    path: '/api/dwangsom/zaken/{zaakId}',
    allowed: ['juridisch-medewerker', 'oov-analist', 'beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/dwangsom/zaken/${fixture.dwangsomZaakId}` }),
  },
  {
    method: 'get',
    path: '/api/dwangsom/cijfers',
    allowed: ['oov-analist', 'juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/dwangsom/cijfers?gemeente=${eigen}&jaar=2021` }),
  },
  // Who owes what is for the one who collects it.
  {
    method: 'get',
    path: '/api/dwangsom/openstaand',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: () => ({ url: `/api/dwangsom/openstaand?gemeente=${eigen}` }),
  },
  {
    method: 'get',
    path: '/api/damocles/recidive',
    allowed: ['juridisch-medewerker', 'oov-analist', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/damocles/recidive?gemeente=${eigen}&datum=2021-06-01&postcode=6461AB&huisnummer=12` }),
  },
  // The recidive check across contexts: as the Damocles check, and for the flexteam's toezichthouders too.
  {
    method: 'get',
    path: '/api/recidive',
    allowed: ['juridisch-medewerker', 'oov-analist', 'toezichthouder', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/recidive?gemeente=${eigen}&datum=2021-06-01&postcode=6461AB&huisnummer=12` }),
  },
  // The annual report: every context's figures for the council (counts; the Bibob chapter counts only).
  {
    method: 'get',
    path: '/api/rapportage/jaarverslag',
    allowed: ['oov-analist', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/rapportage/jaarverslag?gemeente=${eigen}&jaar=2020&formaat=json` }),
  },
  {
    method: 'get',
    path: '/api/damocles/cijfers',
    allowed: ['oov-analist', 'juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/damocles/cijfers?gemeente=${eigen}&jaar=2020` }),
  },
  {
    method: 'get',
    path: '/api/termijnen/agenda-link',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 'n.v.t.',
    request: () => ({ url: '/api/termijnen/agenda-link' }),
  },
  // One's own links (no body); beheer may name a medewerker (agenda-link e2e).
  {
    method: 'post',
    path: '/api/termijnen/agenda-link/intrekken',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 'n.v.t.',
    request: () => ({ url: '/api/termijnen/agenda-link/intrekken', body: {} }),
  },
  // Public: the signed link is the credential (calendar apps send no token); a forged one is a 404 (damocles e2e).
  { method: 'get', path: '/api/termijnen/agenda/{token}.ics', allowed: 'public', otherGemeente: 'n.v.t.', request: (fixture) => ({ url: fixture.agendaUrl }) },
  {
    method: 'get',
    path: '/api/termijnen',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/termijnen?gemeente=${eigen}` }),
  },
  // Those allowed get 200 or 422 (the decider's word on the step), never 401/403/404.
  {
    method: 'post',
    path: '/api/damocles/zaken/{zaakId}/maatregelvoorstel',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/damocles/zaken/${fixture.zaakId}/maatregelvoorstel`, body: {} }),
  },
  // The registered steps, with the roles the registry gives them (damocles.api-context.ts).
  ...damoclesApi.stappen.map(
    ({ pad }): RouteCase => ({
      method: 'post',
      path: `/api/damocles/zaken/{zaakId}/${pad}`,
      allowed: damoclesApi.rollen,
      otherGemeente: 404,
      request: (fixture) => ({ url: `/api/damocles/zaken/${fixture.zaakId}/${pad}`, body: voorbeeldBody(zaakstappen, pad) }),
    }),
  ),
  {
    method: 'post',
    path: '/api/damocles/zaken',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: () => ({ url: '/api/damocles/zaken', body: rapportage() }),
  },
  // The werkvoorraad is the medewerker's (and beheer's) to work from; figures are for the analist.
  {
    method: 'get',
    path: '/api/damocles/zaken',
    allowed: ['juridisch-medewerker', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/damocles/zaken?gemeente=${eigen}` }),
  },
  {
    method: 'get',
    path: '/api/damocles/zaken/{zaakId}',
    allowed: ['juridisch-medewerker', 'oov-analist', 'beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/damocles/zaken/${fixture.zaakId}` }),
  },
  { method: 'get', path: '/api/beleid/{gemeente}', allowed: iedereen, otherGemeente: 403, request: () => ({ url: `/api/beleid/${eigen}` }) },
  { method: 'get', path: '/api/beleid/{gemeente}/versies', allowed: iedereen, otherGemeente: 403, request: () => ({ url: `/api/beleid/${eigen}/versies` }) },
  {
    method: 'post',
    path: '/api/beleid/{gemeente}/versies',
    allowed: ['beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/beleid/${eigen}/versies`, body: beleidsversie() }),
  },
  {
    method: 'post',
    path: '/api/beleid/{gemeente}/versies/{ingangsdatum}/intrekken',
    allowed: ['beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/beleid/${eigen}/versies/2016-01-01/intrekken`, body: { reden: 'matrix' } }),
  },
  // Any signed-in caller; each command inside is checked as if it came on its own (import e2e).
  { method: 'post', path: '/api/import', allowed: iedereen, otherGemeente: 'n.v.t.', request: () => ({ url: '/api/import', body: { opdrachten: [] } }) },
  { method: 'get', path: '/health/live', allowed: 'public', otherGemeente: 'n.v.t.', request: () => ({ url: '/health/live' }) },
  { method: 'get', path: '/health/ready', allowed: 'public', otherGemeente: 'n.v.t.', request: () => ({ url: '/health/ready' }) },
  {
    method: 'post',
    path: '/api/panden/{adresseerbaarObjectId}/adressen',
    allowed: ['juridisch-medewerker'],
    otherGemeente: 403,
    request: () => ({ url: '/api/panden/0928010000012345/adressen', body: { gemeente: eigen, postcode: '6461AB', huisnummer: 12 } }),
  },
  // A pand's dossier across contexts: for who works its cases or visits it (the flexteam's toezichthouder) and beheer;
  // not the analist, whose figures need no per-address profile. Another gemeente's pand is not found, as its cases are.
  {
    method: 'get',
    path: '/api/panden/dossier',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 404,
    request: () => ({ url: `/api/panden/dossier?gemeente=${eigen}&postcode=6461AB&huisnummer=40&op=2020-03-31` }),
  },
  // The ranking of a gemeente's addresses for a flexteam control: the same roles as the dossier; the gemeente is named, not hidden (403).
  {
    method: 'get',
    path: '/api/panden/rangorde',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/panden/rangorde?gemeente=${eigen}&op=2020-03-31` }),
  },
  {
    method: 'post',
    path: '/api/betrokkenen',
    allowed: ['juridisch-medewerker', 'toezichthouder'],
    otherGemeente: 403,
    request: () => ({ url: '/api/betrokkenen', body: persoon(eigen) }),
  },
  {
    method: 'get',
    path: '/api/betrokkenen/{betrokkeneId}',
    allowed: ['juridisch-medewerker', 'toezichthouder', 'beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/betrokkenen/${fixture.betrokkeneId}` }),
  },
  {
    method: 'get',
    path: '/api/betrokkenen-telling',
    allowed: ['oov-analist', 'beheer'],
    otherGemeente: 403,
    request: () => ({ url: `/api/betrokkenen-telling?gemeente=${eigen}&jaar=2026` }),
  },
  {
    method: 'post',
    path: '/api/betrokkenen/{betrokkeneId}/verwijder-persoonsgegevens',
    allowed: ['beheer'],
    otherGemeente: 404,
    request: (fixture) => ({ url: `/api/betrokkenen/${fixture.betrokkeneId}/verwijder-persoonsgegevens`, body: { reden: 'avg-artikel-17' } }),
  },
];

describeWithRedis('authorisation matrix', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  async function fixture(): Promise<Fixture> {
    // A policy in force (again: an earlier case may have withdrawn it), and a betrokkene.
    const beheer = await api.token(['beheer'], [eigen]);
    await api.http().post(`/api/beleid/${eigen}/versies`).set('Authorization', `Bearer ${beheer}`).send(beleidsversie()).expect(201);
    const token = await api.token(['juridisch-medewerker'], [eigen]);
    const response = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${token}`).send(persoon(eigen)).expect(201);
    const zaak = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${token}`).send(rapportage()).expect(201);
    const agenda = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${token}`).expect(200);
    const dwangsom = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${token}`).send(dwangsomzaak(response.body.betrokkeneId)).expect(201);
    const bibob = await api.token(['bibob'], [eigen]);
    const toets = await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${bibob}`).send(bibobToets(response.body.betrokkeneId)).expect(201);
    // The first fixture enters the pand; later ones find it there (422), the same case.
    await api.http().post('/api/kamerverhuurregister/zaken').set('Authorization', `Bearer ${token}`).send(pandInRegister(response.body.betrokkeneId));
    const vergunning = await api.http().post('/api/kamerverhuurvergunning/zaken').set('Authorization', `Bearer ${token}`).send(vergunningaanvraag(response.body.betrokkeneId)).expect(201);
    const traject = await api.http().post('/api/kamerverhuurtraject/zaken').set('Authorization', `Bearer ${token}`).send(constatering(response.body.betrokkeneId)).expect(201);
    const gemeld = await api.http().post('/api/melding/zaken').set('Authorization', `Bearer ${token}`).send(melding()).expect(201);
    const gepland = await api.http().post('/api/flexteamcontrole/zaken').set('Authorization', `Bearer ${token}`).send(controle()).expect(201);
    const verstuurd = await api.http().post('/api/verzoek/zaken').set('Authorization', `Bearer ${token}`).send(verzoek(gepland.body.zaakId)).expect(201);
    return {
      betrokkeneId: response.body.betrokkeneId,
      zaakId: zaak.body.zaakId,
      agendaUrl: agenda.body.url,
      dwangsomZaakId: dwangsom.body.zaakId,
      bibobZaakId: toets.body.zaakId,
      registerZaakId: registerZaakId(kamerverhuurpand),
      vergunningZaakId: vergunning.body.zaakId,
      trajectZaakId: traject.body.zaakId,
      meldingZaakId: gemeld.body.zaakId,
      controleZaakId: gepland.body.zaakId,
      verzoekZaakId: verstuurd.body.zaakId,
    };
  }

  it('names every route of the API', async () => {
    const document = await api.http().get('/api/docs-json').expect(200);
    const documented = Object.entries(document.body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  describe.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s', (_name, route) => {
    // installatiebeheer (the scheduler's queue board) too: the API grants it nothing.
    it.each([...rollen, ...installatierollen].map((rol) => [rol]))('as %s', async (rol) => {
      for (const gemeente of [eigen, andere]) {
        const { url, body } = route.request(await fixture());
        const token = await api.token([rol], [gemeente]);
        const call = api.http()[route.method](url).set('Authorization', `Bearer ${token}`);
        const response = body ? await call.send(body) : await call;
        const expected =
          route.allowed === 'public'
            ? 'allowed'
            : !route.allowed.includes(rol)
              ? 403
              : gemeente === andere && route.otherGemeente !== 'n.v.t.'
                ? route.otherGemeente
                : 'allowed';
        const seen = expected === 'allowed' ? ([401, 403, 404].includes(response.status) ? response.status : 'allowed') : response.status;
        expect({ gemeente, status: seen }).toEqual({ gemeente, status: expected });
      }
    });

    if (route.allowed !== 'public') {
      it('without a token: 401', async () => {
        const { url, body } = route.request(await fixture());
        const call = api.http()[route.method](url);
        await (body ? call.send(body) : call).expect(401);
      });
    }
  });
});
