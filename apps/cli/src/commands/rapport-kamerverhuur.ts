/*
 * `handhaving rapport kamerverhuur`: Kerkrade's chapter-5 table "Overzicht kamerverhuur" from the
 * register on dates (GET /api/kamerverhuur/register), and with `--jaar` the year's figures
 * (GET /api/kamerverhuur/cijfers). The JSON as the API gives it (the read models
 * `kamerverhuur.register` and `kamerverhuur.cijfers`, libs/read-models/src/kamerverhuur/); only
 * the fields printed here are declared. Counting rules: docs/kamerverhuur.md.
 */

interface Cel {
  readonly aantal: number;
  readonly zaakIds?: readonly string[];
  /** For money: whole euro cents. */
  readonly bedragCent?: number;
}

type Stand = 'in-onderzoek' | 'vergund' | 'in-handhaving' | 'gelegaliseerd' | 'afgevoerd';

export interface RegisterOpDatum {
  readonly datum: string;
  /** Panden in the register on the date and not afgevoerd. */
  readonly aantalPanden: Cel;
  /** Every pand entered by the date, afgevoerd ones included, by its stand that day. */
  readonly perStand: { readonly [S in Stand]?: Cel };
  /** `vergund` + `gelegaliseerd`. */
  readonly vergund: Cel;
  /** Afgevoerd that day by a change taking effect on or after `afgevoerdSinds`; only when asked. */
  readonly afgevoerdSinds?: Cel;
}

/** GET /api/kamerverhuur/register: the `Registertabel` of @handhaving/read-models. */
export interface Registertabel {
  readonly gemeente: string;
  readonly bekendOp: string | null;
  readonly afgevoerdSinds: string | null;
  readonly datums: readonly RegisterOpDatum[];
}

const TRAJECTSOORTEN = ['kamerverhuur', 'woningsplitsing'] as const;
type PerTrajectsoort = { readonly [S in (typeof TRAJECTSOORTEN)[number] | 'totaal']?: Cel };

interface ProcedureCijfers {
  readonly ingesteld: Cel;
  readonly afgerond: Cel;
  readonly openAanEinde: Cel;
}

/** GET /api/kamerverhuur/cijfers: the `KamerverhuurCijfers` of @handhaving/read-models. */
export interface KamerverhuurCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly aanschrijvingen: { readonly vooraankondiging: Cel; readonly voornemen: Cel; readonly totaal: Cel; readonly perSoort: PerTrajectsoort };
  readonly handhavingstrajecten: {
    readonly gestart: PerTrajectsoort;
    readonly afgesloten: PerTrajectsoort;
    readonly perResultaat: { readonly [resultaat: string]: PerTrajectsoort | undefined };
    readonly lopendAanEinde: PerTrajectsoort;
  };
  readonly juridischeProcedures: {
    readonly [soort in 'bezwaar' | 'beroep']: ProcedureCijfers & {
      readonly perHerkomst: { readonly handhaving: ProcedureCijfers; readonly vergunning: ProcedureCijfers };
      readonly perSoort?: { readonly [S in (typeof TRAJECTSOORTEN)[number]]: ProcedureCijfers };
    };
  };
  /** The dwangsom route of the trajecten: lasten, forfeitures and invorderingsbeschikkingen, per soort. */
  readonly lastenOnderDwangsom?: { readonly opgelegd: PerTrajectsoort; readonly verbeurd: PerTrajectsoort; readonly invorderingsbeschikkingen: PerTrajectsoort };
  readonly vergunningen: {
    readonly aangevraagd: Cel;
    readonly verleend: Cel;
    readonly geweigerd: Cel;
    readonly ingetrokken: Cel;
    readonly vervallen: Cel;
    readonly vervallenPerReden: { readonly [reden: string]: Cel | undefined };
    readonly laterHerroepen: { readonly geweigerd: Cel; readonly ingetrokken: Cel };
  };
}

/** How a traject ended (RESULTATEN_VAN_TRAJECT of the domain), in the report's words. */
const RESULTATEN: Readonly<Record<string, string>> = {
  nageleefd: 'nageleefd',
  gelegaliseerd: 'gelegaliseerd',
  'bestuursdwang-toegepast': 'bestuursdwang toegepast',
  'dwangsom-ingevorderd': 'dwangsom ingevorderd',
  'geen-overtreding': 'geen overtreding',
};

/** Why a permit lapsed (REDENEN_VAN_VERVAL of the domain). */
const REDENEN_VAN_VERVAL: Readonly<Record<string, string>> = {
  'einddatum-verstreken': 'einddatum verstreken',
  afstand: 'afstand gedaan',
  'niet-gebruikt': 'niet gebruikt',
};

/** "2020-01-01" → "1-1-2020", as Kerkrade heads its columns. */
export function datumKop(datum: string): string {
  const [jaar, maand, dag] = datum.split('-');
  return `${Number(dag)}-${Number(maand)}-${jaar}`;
}

const bekendOp = (waarde: string | null) => (waarde ? ` (zoals bekend op ${waarde})` : '');

/**
 * The register on dates as Kerkrade's table "Overzicht kamerverhuur" prints it: a column per date,
 * rows aantal panden, vergunde kamerverhuur, in handhaving, in onderzoek and afgevoerd (with the
 * panden afgevoerd since a day, when asked).
 */
export function kamerverhuurregisterTabel(tabel: Registertabel): string {
  const koppen = tabel.datums.map((d) => datumKop(d.datum));
  const breedte = Math.max(12, ...koppen.map((kop) => kop.length + 2));
  const rij = (label: string, cellen: ReadonlyArray<string | number>) => `${label.padEnd(34)}${cellen.map((cel) => String(cel).padStart(breedte)).join('')}`.trimEnd();
  const stand = (s: Stand) => tabel.datums.map((d) => d.perStand[s]?.aantal ?? 0);
  const sinds = tabel.afgevoerdSinds;
  return [
    `Kamerverhuur ${tabel.gemeente}: het register op datum${bekendOp(tabel.bekendOp)}`,
    '',
    rij('Categorie', koppen),
    rij('Aantal panden', tabel.datums.map((d) => d.aantalPanden.aantal)),
    rij('Vergunde kamerverhuur', tabel.datums.map((d) => d.vergund.aantal)),
    rij('  waarvan gelegaliseerd', stand('gelegaliseerd')),
    rij('In handhaving', stand('in-handhaving')),
    rij('In onderzoek', stand('in-onderzoek')),
    // Not in "aantal panden": every pand whose stand that day is afgevoerd, however long ago.
    rij('Afgevoerd', stand('afgevoerd')),
    ...(sinds ? [rij(`  waarvan afgevoerd sinds ${datumKop(sinds)}`, tabel.datums.map((d) => d.afgevoerdSinds?.aantal ?? 0))] : []),
  ].join('\n');
}

/**
 * The year's figures under the register table: aanschrijvingen and handhavingstrajecten per soort
 * (kvng: kamerverhuur, wspl: woningsplitsing), the juridische procedures (bezwaar and beroep apart,
 * against handhaving or a permit's besluit) and the permits.
 */
export function kamerverhuurCijfersTabel(cijfers: KamerverhuurCijfers): string {
  const rij = (label: string, cellen: ReadonlyArray<string | number>) => `${label.padEnd(46)}${cellen.map((cel) => String(cel).padStart(16)).join('')}`.trimEnd();
  const perSoort = (label: string, cellen: PerTrajectsoort | undefined) => rij(label, [...TRAJECTSOORTEN, 'totaal' as const].map((s) => cellen?.[s]?.aantal ?? 0));
  const totaal = (label: string, cel: Cel | undefined) => rij(label, ['', '', cel?.aantal ?? 0]);
  const { aanschrijvingen: a, handhavingstrajecten: h, juridischeProcedures: p, vergunningen: v } = cijfers;
  const einde = datumKop(cijfers.periode.tot);
  const procedure = (label: string, cellen: ProcedureCijfers) => rij(label, [cellen.ingesteld.aantal, cellen.afgerond.aantal, cellen.openAanEinde.aantal]);
  const procedures = (['bezwaar', 'beroep'] as const).flatMap((soort) => [
    procedure(soort === 'bezwaar' ? 'Bezwaar' : 'Beroep bij de rechtbank', p[soort]),
    procedure('  tegen een last (handhavingstraject)', p[soort].perHerkomst.handhaving),
    ...TRAJECTSOORTEN.flatMap((s) => {
      const cellen = p[soort].perSoort?.[s];
      return cellen === undefined ? [] : [procedure(`    ${s}`, cellen)];
    }),
    procedure('  tegen een weigering of intrekking', p[soort].perHerkomst.vergunning),
  ]);
  const euro = (cel: Cel | undefined) => (cel?.bedragCent === undefined ? '' : `EUR ${Math.trunc(cel.bedragCent / 100)},${String(cel.bedragCent % 100).padStart(2, '0')}`);
  const d = cijfers.lastenOnderDwangsom;
  const dwangsomroute =
    d === undefined
      ? []
      : [
          '',
          rij('Dwangsomroute van de trajecten', ['kamerverhuur', 'woningsplitsing', 'totaal']),
          perSoort('Lasten onder dwangsom opgelegd', d.opgelegd),
          perSoort('Verbeurd', d.verbeurd),
          rij('  bedrag', [euro(d.verbeurd.kamerverhuur), euro(d.verbeurd.woningsplitsing), euro(d.verbeurd.totaal)]),
          perSoort('Invorderingsbeschikkingen', d.invorderingsbeschikkingen),
        ];
  return [
    `Kamerverhuur ${cijfers.gemeente}, ${cijfers.periode.van} t/m ${cijfers.periode.tot}${bekendOp(cijfers.bekendOp)}`,
    '',
    rij('', ['kamerverhuur', 'woningsplitsing', 'totaal']),
    perSoort('Aanschrijvingen', a.perSoort),
    totaal('  vooraankondigingen', a.vooraankondiging),
    totaal('  voornemens', a.voornemen),
    perSoort('Handhavingstrajecten gestart', h.gestart),
    perSoort('Handhavingstrajecten afgesloten', h.afgesloten),
    ...Object.entries(RESULTATEN).map(([resultaat, naam]) => perSoort(`  ${naam}`, h.perResultaat[resultaat])),
    perSoort(`Handhavingstrajecten lopend op ${einde}`, h.lopendAanEinde),
    '',
    ...dwangsomroute,
    '',
    rij('Juridische procedures', ['ingesteld', 'afgerond', `open ${einde}`]),
    ...procedures,
    '',
    rij('Kamerverhuurvergunningen', ['', '', 'aantal']),
    totaal('Aangevraagd', v.aangevraagd),
    totaal('Verleend', v.verleend),
    totaal('Geweigerd', v.geweigerd),
    totaal('  waarvan later herroepen of vernietigd', v.laterHerroepen.geweigerd),
    totaal('Ingetrokken', v.ingetrokken),
    totaal('  waarvan later herroepen of vernietigd', v.laterHerroepen.ingetrokken),
    totaal('Vervallen', v.vervallen),
    ...Object.entries(REDENEN_VAN_VERVAL).map(([reden, naam]) => totaal(`  ${naam}`, v.vervallenPerReden[reden])),
  ].join('\n');
}

/** The whole report: the register table and, when the year was asked, its figures below it. */
export function kamerverhuurRapport(register: Registertabel, cijfers?: KamerverhuurCijfers): string {
  return cijfers === undefined ? kamerverhuurregisterTabel(register) : `${kamerverhuurregisterTabel(register)}\n\n${kamerverhuurCijfersTabel(cijfers)}`;
}

export interface KamerverhuurRapportVraag {
  readonly gemeente: string;
  /** The columns' dates, comma-separated as given to `--op`. */
  readonly op: string;
  readonly jaar?: string;
  readonly bekendOp?: string;
  readonly afgevoerdSinds?: string;
  readonly csv?: boolean;
}

/** The API paths the report reads: the register on the dates, and the year's figures when `jaar` is given. */
export function kamerverhuurPaden(vraag: KamerverhuurRapportVraag): { readonly register: string; readonly cijfers?: string } {
  const formaat: Record<string, string> = vraag.csv ? { formaat: 'csv' } : {};
  const bekend: Record<string, string> = vraag.bekendOp ? { bekendOp: vraag.bekendOp } : {};
  const sinds: Record<string, string> = vraag.afgevoerdSinds ? { afgevoerdSinds: vraag.afgevoerdSinds } : {};
  const datums = vraag.op
    .split(',')
    .map((datum) => datum.trim())
    .filter((datum) => datum !== '')
    .join(',');
  const register = new URLSearchParams({ gemeente: vraag.gemeente, op: datums, ...bekend, ...sinds, ...formaat });
  return {
    register: `/api/kamerverhuur/register?${register}`,
    ...(vraag.jaar === undefined ? {} : { cijfers: `/api/kamerverhuur/cijfers?${new URLSearchParams({ gemeente: vraag.gemeente, jaar: vraag.jaar, ...bekend, ...formaat })}` }),
  };
}
