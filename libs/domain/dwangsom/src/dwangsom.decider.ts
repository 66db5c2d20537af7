import { DomainRuleViolation, type Decider } from '@handhaving/domain-shared';
import type { Begunstigingsduur, Zienswijzeduur } from '@handhaving/policy';
import { berekenTermijn, dagenTussen, isKalenderdatum, plusDagen, TermijnFout, type TermijnVraag } from '@handhaving/termijnen';
import { controleerBedragCent, formatEuro } from './bedrag';
import { eenhedenVan, splitsOpVerjaring, verjaringVanEenheid } from './eenheden';
import type { DwangsomCommand, GesteldeTermijn, GevraagdeLastVorm, LegLastOp, NeemBeslissingOpBezwaar, RegistreerControle, VerzendInvorderingsbeschikking } from './dwangsom.commands';
import {
  BEZWAARUITKOMSTEN,
  GRONDSLAGEN,
  HERKOMST_CONTEXTEN,
  THEMAS,
  TIJDSEENHEDEN,
  WIJZEN_VAN_ZIENSWIJZE,
  type Bestreden,
  type Begunstigingstermijn,
  type Dwangsombedrag,
  type DwangsomEvent,
  type GevolgVanBezwaar,
  type Grondslag,
  type Herkomst,
  type LastVorm,
  type Looptijd,
  type Zienswijzetermijn,
} from './dwangsom.events';
import type { Bezwaar, DwangsomState, Invordering, Last, Overtreding, Verbeuring } from './dwangsom.state';

/** A case's stream: `dwangsom-{zaakId}`. */
export function dwangsomStreamId(zaakId: string): string {
  return `dwangsom-${zaakId}`;
}

/**
 * How many units a violation from `van` through `totEnMet` forfeits: one per overtreding; per
 * dag every calendar day of the period; per week every week begun ("per week of gedeelte
 * daarvan"), counted from `sinds`, the first day of the continuing violation: the weeks begun
 * through `totEnMet` less those already begun before `van` (registered earlier).
 */
export function eenhedenVoor(bedrag: Dwangsombedrag, van: string, totEnMet: string, sinds: string = van): number {
  if (bedrag.soort === 'per-overtreding') return 1;
  if (bedrag.eenheid === 'dag') return dagenTussen(van, totEnMet) + 1;
  return Math.ceil((dagenTussen(sinds, totEnMet) + 1) / 7) - Math.ceil(dagenTussen(sinds, van) / 7);
}

/** Per week: the first day of the first week that begins on or after `van` in a violation since `sinds`. */
function eersteNieuweWeek(sinds: string, van: string): string {
  return plusDagen(sinds, 7 * Math.ceil(dagenTussen(sinds, van) / 7));
}

/** Art. 5:35 Awb: the last day an invorderingsbeschikking can be made known for a forfeiture of that day. */
export function verjaringsdatumVoor(verbeurdOp: string): string {
  return berekenTermijn({ soort: 'verjaring-dwangsom', vanaf: verbeurdOp }).einde;
}

type MetLastState = Extract<DwangsomState, { status: 'last-van-kracht' | 'last-beeindigd' }>;

export const dwangsomDecider: Decider<DwangsomCommand, DwangsomEvent, DwangsomState> = {
  initialState: () => ({ status: 'onbekend' }),

  evolve(state, event) {
    switch (event.type) {
      case 'DwangsomzaakGeopend':
        return {
          status: 'geopend',
          zaak: {
            zaakId: event.zaakId,
            gemeente: event.gemeente,
            grondslag: event.grondslag,
            overtrederId: event.overtrederId,
            overtreding: event.overtreding,
            constateringsdatum: event.constateringsdatum,
            thema: event.thema,
            ...(event.herkomst === undefined ? {} : { herkomst: event.herkomst }),
          },
        };
      case 'VoornemenVerzonden':
        if (state.status !== 'geopend') return state;
        return { status: 'voornemen-verzonden', zaak: state.zaak, voornemen: { verzenddatum: event.verzenddatum, zienswijzetermijnEinde: event.zienswijzetermijn.einde } };
      case 'ZienswijzeOntvangen':
        if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
        return { status: 'gereed-voor-besluit', zaak: state.zaak, voornemen: state.voornemen, zienswijze: 'ontvangen' };
      case 'ZienswijzetermijnVerstreken':
        if (state.status !== 'voornemen-verzonden') return state;
        return { status: 'gereed-voor-besluit', zaak: state.zaak, voornemen: state.voornemen, zienswijze: 'termijn-verstreken' };
      case 'VoornemenAchterwegeGelaten':
        // The reasons are on the stream; the LastOpgelegd of the same decision moves the case.
        return state;
      case 'AfgezienVanLast':
        if (state.status === 'onbekend') return state;
        return { status: 'afgezien', zaak: state.zaak, sinds: event.datum };
      case 'LastOpgelegd':
        if (state.status === 'onbekend') return state;
        return {
          status: 'last-van-kracht',
          zaak: state.zaak,
          last: {
            vorm: event.vorm,
            bedrag: event.bedrag,
            maximumCent: event.maximumCent,
            bekendmakingsdatum: event.bekendmakingsdatum,
            bezwaartermijnEinde: event.bezwaartermijnEinde,
            verbeurdCent: 0,
          },
          overtredingen: [],
          verbeuringen: [],
          invorderingen: [],
        };
      case 'NalevingGeconstateerd':
        return state;
      case 'OvertredingGeconstateerd': {
        // DwangsomVerbeurd carries the consequence; the period is kept to tell whether the next one continues it.
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        const vorige = voortgezet(state.overtredingen, event.van);
        const overtreding: Overtreding = { van: event.van, totEnMet: event.totEnMet, sinds: vorige?.sinds ?? event.van };
        return { ...state, overtredingen: [...state.overtredingen, overtreding] };
      }
      case 'DwangsomVerbeurd': {
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        const verbeuring: Verbeuring = {
          verbeuring: event.verbeuring,
          verbeurdOp: event.verbeurdOp,
          totEnMet: event.totEnMet,
          bedragCent: event.bedragCent,
          verjaringsdatum: event.verjaringsdatum,
          eenheden: eenhedenVan(event),
          vervallen: false,
        };
        return { ...state, last: { ...state.last, verbeurdCent: state.last.verbeurdCent + event.bedragCent }, verbeuringen: [...state.verbeuringen, verbeuring] };
      }
      case 'LastUitgeput':
        if (state.status !== 'last-van-kracht') return state;
        return { ...state, status: 'last-beeindigd', einde: { reden: 'uitgeput', sinds: event.op } };
      case 'InvorderingsbeschikkingVerzonden': {
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        const invordering: Invordering = {
          invordering: event.invordering,
          verbeuring: event.verbeuring,
          bedragCent: event.bedragCent,
          betaaldCent: 0,
          bekendmakingsdatum: event.bekendmakingsdatum,
          bezwaartermijnEinde: event.bezwaartermijnEinde,
          vervallen: false,
        };
        return {
          ...state,
          verbeuringen: state.verbeuringen.map((v) => (v.verbeuring === event.verbeuring ? { ...v, invordering: event.invordering } : v)),
          invorderingen: [...state.invorderingen, invordering],
        };
      }
      case 'BetalingOntvangen':
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        return {
          ...state,
          invorderingen: state.invorderingen.map((i) => (i.invordering === event.invordering ? { ...i, betaaldCent: i.betaaldCent + event.bedragCent } : i)),
        };
      case 'BezwaarIngediend': {
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        const bezwaar: Bezwaar = { ontvangstdatum: event.ontvangstdatum, bezwaartermijnEinde: event.bezwaartermijnEinde, tijdig: event.tijdig };
        return metBezwaar(state, event.tegen, () => bezwaar);
      }
      case 'BeslissingOpBezwaarGenomen': {
        if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
        const beslissing = { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde };
        const beslist = metBezwaar(state, event.tegen, (b) => ({ ...b, beslissing }));
        if (event.uitkomst !== 'gegrond') return beslist;
        if (event.tegen.besluit === 'invorderingsbeschikking') {
          const nummer = event.tegen.invordering;
          return { ...beslist, invorderingen: beslist.invorderingen.map((i) => (i.invordering === nummer ? { ...i, vervallen: true } : i)) };
        }
        const gevolg = event.gevolg;
        if (gevolg?.soort === 'gewijzigd') {
          const vorm = beslist.last.vorm;
          const last: Last = {
            ...beslist.last,
            ...(gevolg.bedrag === undefined ? {} : { bedrag: gevolg.bedrag }),
            ...(gevolg.maximumCent === undefined ? {} : { maximumCent: gevolg.maximumCent }),
            ...(gevolg.begunstigingstermijn !== undefined && vorm.soort === 'herstellast' ? { vorm: { ...vorm, begunstigingstermijn: gevolg.begunstigingstermijn } } : {}),
          };
          return { ...beslist, last };
        }
        // The last is herroepen (so too a gegrond decision recorded before `gevolg` existed): nothing forfeited under it is owed.
        return {
          ...beslist,
          status: 'last-beeindigd',
          einde: { reden: 'herroepen', sinds: event.bekendmakingsdatum },
          last: { ...beslist.last, verbeurdCent: 0 },
          verbeuringen: beslist.verbeuringen.map((v) => ({ ...v, vervallen: true })),
          invorderingen: beslist.invorderingen.map((i) => ({ ...i, vervallen: true })),
        };
      }
      case 'LastOpgeheven':
      case 'LastIngetrokken':
        if (state.status !== 'last-van-kracht') return state;
        return { ...state, status: 'last-beeindigd', einde: { reden: event.type === 'LastOpgeheven' ? 'opgeheven' : 'ingetrokken', sinds: event.ingangsdatum } };
      default: {
        // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd) and
        // event types of a newer version reach evolve at run time without being dwangsom events:
        // they change nothing here.
        const unhandled: never = event;
        void unhandled;
        return state;
      }
    }
  },

  decide(command, state) {
    controleerDatum(command.datum, 'datum');
    switch (command.type) {
      case 'OpenDwangsomzaak': {
        if (state.status !== 'onbekend') throw new DomainRuleViolation('dwangsom/zaak-bestaat-al', `Zaak ${command.zaakId} is al geopend`, 'zaakId');
        controleerDatum(command.constateringsdatum, 'constateringsdatum');
        if (leeg(command.overtrederId)) throw new DomainRuleViolation('dwangsom/overtreder-ontbreekt', 'Noem de overtreder (een betrokkene-id): de last richt zich tot hem', 'overtrederId');
        if (leeg(command.overtreding)) throw new DomainRuleViolation('dwangsom/overtreding-ontbreekt', 'Beschrijf de geconstateerde overtreding', 'overtreding');
        const grondslag = controleerGrondslag(command.grondslag);
        const herkomst = command.herkomst === undefined ? undefined : controleerHerkomst(command.herkomst);
        const thema = command.thema ?? 'overig';
        if (!(THEMAS as readonly string[]).includes(thema)) {
          throw new DomainRuleViolation('dwangsom/thema-onbekend', `Onbekend thema ${JSON.stringify(thema)}: kies ${THEMAS.join(', ')}`, 'thema');
        }
        return [
          {
            type: 'DwangsomzaakGeopend',
            zaakId: command.zaakId,
            gemeente: command.gemeente,
            grondslag,
            overtrederId: command.overtrederId,
            overtreding: command.overtreding,
            constateringsdatum: command.constateringsdatum,
            thema,
            ...(herkomst === undefined ? {} : { herkomst }),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'VerzendVoornemen': {
        const s = vereis(state, command.zaakId, ['geopend'], 'Een voornemen volgt op het openen van de zaak, en één keer');
        controleerDatum(command.verzenddatum, 'verzenddatum');
        controleerVolgorde(s.zaak.constateringsdatum, command.verzenddatum, 'verzenddatum', 'Het voornemen kan niet vóór de constatering zijn verzonden');
        return [
          {
            type: 'VoornemenVerzonden',
            zaakId: command.zaakId,
            verzenddatum: command.verzenddatum,
            zienswijzetermijn: zienswijzetermijn(command.verzenddatum, command.zienswijzetermijn),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerZienswijze': {
        const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór de last');
        if (!(WIJZEN_VAN_ZIENSWIJZE as readonly string[]).includes(command.wijze)) {
          throw new DomainRuleViolation('dwangsom/wijze-onbekend', `Onbekende wijze ${JSON.stringify(command.wijze)}: kies ${WIJZEN_VAN_ZIENSWIJZE.join(' of ')}`, 'wijze');
        }
        controleerVolgorde(s.voornemen.verzenddatum, command.datum, 'datum', 'Een zienswijze kan niet vóór de verzending van het voornemen zijn ontvangen');
        return [
          {
            type: 'ZienswijzeOntvangen',
            zaakId: command.zaakId,
            wijze: command.wijze,
            binnenTermijn: command.datum <= s.voornemen.zienswijzetermijnEinde,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'StelVastDatZienswijzetermijnVerstreken': {
        const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
        if (command.datum <= s.voornemen.zienswijzetermijnEinde) {
          throw new DomainRuleViolation(
            'dwangsom/zienswijzetermijn-loopt-nog',
            `De zienswijzetermijn loopt tot en met ${s.voornemen.zienswijzetermijnEinde}; vaststellen dat hij verstreken is kan vanaf de dag erna`,
            'datum',
          );
        }
        return [{ type: 'ZienswijzetermijnVerstreken', zaakId: command.zaakId, einde: s.voornemen.zienswijzetermijnEinde, datum: command.datum, door: command.door }];
      }

      case 'LegLastOp':
        return legLastOp(command, state);

      case 'ZieAfVanLast': {
        vereis(state, command.zaakId, ['geopend', 'voornemen-verzonden', 'gereed-voor-besluit'], 'Afzien kan zolang er geen last is opgelegd');
        if (leeg(command.motivering)) throw new DomainRuleViolation('dwangsom/afzien-zonder-motivering', 'Afzien van een last vraagt een motivering', 'motivering');
        return [{ type: 'AfgezienVanLast', zaakId: command.zaakId, motivering: command.motivering, datum: command.datum, door: command.door }];
      }

      case 'RegistreerControle':
        return registreerControle(command, state);

      case 'VerzendInvorderingsbeschikking':
        return verzendInvorderingsbeschikking(command, state);

      case 'RegistreerBetaling': {
        const s = vereisLast(state, command.zaakId, 'Een betaling volgt op een invorderingsbeschikking');
        const invordering = zoekInvordering(s, command.invordering, 'invordering');
        if (invordering.vervallen) {
          throw new DomainRuleViolation('dwangsom/invordering-vervallen', `Invorderingsbeschikking ${invordering.invordering} is herroepen: er valt niets op te betalen`, 'invordering');
        }
        const bedrag = controleerBedragCent(command.bedragCent, 'bedragCent');
        controleerDatum(command.betaaldatum, 'betaaldatum');
        const openstaand = invordering.bedragCent - invordering.betaaldCent;
        if (openstaand === 0) {
          throw new DomainRuleViolation('dwangsom/invordering-voldaan', `Invorderingsbeschikking ${invordering.invordering} is al volledig betaald`, 'invordering');
        }
        if (bedrag > openstaand) {
          throw new DomainRuleViolation(
            'dwangsom/betaling-te-hoog',
            `Er staat nog ${formatEuro(openstaand)} open op invorderingsbeschikking ${invordering.invordering}; ${formatEuro(bedrag)} is meer (een teveel betaald bedrag wordt terugbetaald, niet geboekt)`,
            'bedragCent',
          );
        }
        return [
          {
            type: 'BetalingOntvangen',
            zaakId: command.zaakId,
            invordering: invordering.invordering,
            bedragCent: bedrag,
            betaaldatum: command.betaaldatum,
            openstaandCent: openstaand - bedrag,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerBezwaar': {
        const s = vereisLast(state, command.zaakId, 'Bezwaar wordt geregistreerd tegen de last of een invorderingsbeschikking');
        const besluit = bestreden(s, command.tegen);
        if (besluit.bezwaar) throw new DomainRuleViolation('dwangsom/bezwaar-al-ingediend', `Tegen ${besluit.naam} is al bezwaar geregistreerd`, 'tegen');
        controleerDatum(command.ontvangstdatum, 'ontvangstdatum');
        controleerVolgorde(besluit.bekendmakingsdatum, command.ontvangstdatum, 'ontvangstdatum', `Het bezwaar kan niet vóór de bekendmaking van ${besluit.naam} zijn ontvangen`);
        if (command.verzenddatum !== undefined) controleerDatum(command.verzenddatum, 'verzenddatum');
        const einde = besluit.bezwaartermijnEinde;
        // Art. 6:9 Awb: on time when received within the term, or posted within it and received at most a week after.
        const tijdig =
          command.ontvangstdatum <= einde || (command.verzenddatum !== undefined && command.verzenddatum <= einde && command.ontvangstdatum <= plusDagen(einde, 7));
        return [
          {
            type: 'BezwaarIngediend',
            zaakId: command.zaakId,
            tegen: besluit.tegen,
            ontvangstdatum: command.ontvangstdatum,
            ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
            bezwaartermijnEinde: einde,
            tijdig,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'NeemBeslissingOpBezwaar': {
        const s = vereisLast(state, command.zaakId, 'Op bezwaar wordt beslist bij een opgelegde last');
        const besluit = bestreden(s, command.tegen);
        if (!besluit.bezwaar) throw new DomainRuleViolation('dwangsom/geen-bezwaar', `Er is geen bezwaar tegen ${besluit.naam} om op te beslissen`, 'tegen');
        if (besluit.bezwaar.beslissing) throw new DomainRuleViolation('dwangsom/bezwaar-al-beslist', `Op het bezwaar tegen ${besluit.naam} is al beslist`, 'tegen');
        if (!(BEZWAARUITKOMSTEN as readonly string[]).includes(command.uitkomst)) {
          throw new DomainRuleViolation('dwangsom/uitkomst-onbekend', `Onbekende uitkomst ${JSON.stringify(command.uitkomst)}: kies ${BEZWAARUITKOMSTEN.join(', ')}`, 'uitkomst');
        }
        controleerDatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
        controleerVolgorde(besluit.bezwaar.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De beslissing op bezwaar kan niet vóór de ontvangst van het bezwaar zijn bekendgemaakt');
        const gevolg = gevolgVanBezwaar(command, s);
        const beslissing: DwangsomEvent = {
          type: 'BeslissingOpBezwaarGenomen',
          zaakId: command.zaakId,
          tegen: besluit.tegen,
          uitkomst: command.uitkomst,
          ...(gevolg === undefined ? {} : { gevolg }),
          bekendmakingsdatum: command.bekendmakingsdatum,
          beroepstermijnEinde: termijn({ soort: 'beroepstermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
          datum: command.datum,
          door: command.door,
        };
        // A maximum lowered to what already forfeited exhausts the last from the beslissing on.
        const uitgeput =
          gevolg?.soort === 'gewijzigd' && gevolg.maximumCent !== undefined && gevolg.maximumCent === s.last.verbeurdCent && s.status === 'last-van-kracht';
        return uitgeput
          ? [beslissing, { type: 'LastUitgeput', zaakId: command.zaakId, maximumCent: s.last.verbeurdCent, op: command.bekendmakingsdatum, datum: command.datum, door: command.door }]
          : [beslissing];
      }

      case 'HefLastOp':
      case 'TrekLastIn': {
        const wat = command.type === 'HefLastOp' ? 'opgeheven' : 'ingetrokken';
        const s = vereisLastVanKracht(state, command.zaakId, `Alleen een last die van kracht is kan worden ${wat}`);
        if (leeg(command.reden)) throw new DomainRuleViolation('dwangsom/reden-ontbreekt', `Zeg waarom de last wordt ${wat} (art. 5:34 Awb)`, 'reden');
        controleerDatum(command.ingangsdatum, 'ingangsdatum');
        controleerVolgorde(s.last.bekendmakingsdatum, command.ingangsdatum, 'ingangsdatum', `De last kan niet vóór zijn bekendmaking worden ${wat}`);
        const laatste = s.verbeuringen.filter((v) => !v.vervallen).at(-1);
        if (laatste !== undefined && command.ingangsdatum < laatste.totEnMet) {
          throw new DomainRuleViolation(
            'dwangsom/einde-voor-verbeuring',
            `Er is onder deze last verbeurd tot en met ${laatste.totEnMet}; de last kan niet met ingang van een eerdere dag worden ${wat}`,
            'ingangsdatum',
          );
        }
        const stap = { zaakId: command.zaakId, ingangsdatum: command.ingangsdatum, reden: command.reden, datum: command.datum, door: command.door };
        return [command.type === 'HefLastOp' ? { type: 'LastOpgeheven', ...stap } : { type: 'LastIngetrokken', ...stap }];
      }

      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};

function legLastOp(command: LegLastOp, state: DwangsomState): readonly DwangsomEvent[] {
  if (state.status === 'voornemen-verzonden') {
    throw new DomainRuleViolation(
      'dwangsom/zienswijzefase-niet-afgerond',
      `Wacht op de zienswijze of het einde van de zienswijzetermijn (${state.voornemen.zienswijzetermijnEinde}) voordat de last wordt opgelegd`,
      'zaakId',
    );
  }
  const s = vereis(state, command.zaakId, ['geopend', 'gereed-voor-besluit'], 'Een last volgt op de zienswijzefase, of zonder voornemen bij spoed, en één keer');
  const vooraf: DwangsomEvent[] = [];
  if (s.status === 'geopend') {
    if (command.spoedeisend === undefined) {
      throw new DomainRuleViolation(
        'dwangsom/voornemen-ontbreekt',
        'Stuur eerst een voornemen (art. 4:8 Awb), of motiveer waarom de spoed dat niet toelaat (art. 4:11 Awb)',
        'spoedeisend',
      );
    }
    if (leeg(command.spoedeisend.motivering)) {
      throw new DomainRuleViolation('dwangsom/spoed-zonder-motivering', 'Een last zonder voornemen vraagt een motivering van de spoed (art. 4:11 Awb)', 'spoedeisend.motivering');
    }
    vooraf.push({ type: 'VoornemenAchterwegeGelaten', zaakId: command.zaakId, motivering: command.spoedeisend.motivering, datum: command.datum, door: command.door });
  } else if (command.spoedeisend !== undefined) {
    throw new DomainRuleViolation('dwangsom/spoed-na-voornemen', 'Er is een voornemen verzonden en de zienswijzefase is afgerond: een last zonder voornemen is hier niet aan de orde', 'spoedeisend');
  }
  const bedrag = controleerDwangsombedrag(command.bedrag);
  const maximumCent = controleerBedragCent(command.maximumCent, 'maximumCent');
  // Art. 5:32b lid 1 Awb: a maximum above which nothing forfeits; below one sum it would be no dwangsom.
  if (maximumCent < bedrag.bedragCent) {
    throw new DomainRuleViolation(
      'dwangsom/maximum-onder-bedrag',
      `Het maximum (${formatEuro(maximumCent)}) ligt onder het bedrag van één verbeuring (${formatEuro(bedrag.bedragCent)})`,
      'maximumCent',
    );
  }
  controleerDatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  const vorige = s.status === 'gereed-voor-besluit' ? s.voornemen.verzenddatum : s.zaak.constateringsdatum;
  controleerVolgorde(
    vorige,
    command.bekendmakingsdatum,
    'bekendmakingsdatum',
    s.status === 'gereed-voor-besluit' ? 'De last kan niet vóór het voornemen zijn bekendgemaakt' : 'De last kan niet vóór de constatering zijn bekendgemaakt',
  );
  const vorm = lastvorm(command.bekendmakingsdatum, command.vorm);
  return [
    ...vooraf,
    {
      type: 'LastOpgelegd',
      zaakId: command.zaakId,
      vorm,
      bedrag,
      maximumCent,
      bekendmakingsdatum: command.bekendmakingsdatum,
      bezwaartermijnEinde: termijn({ soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
      datum: command.datum,
      door: command.door,
    },
  ];
}

function registreerControle(command: RegistreerControle, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereisLastVanKracht(state, command.zaakId, 'Een controle hoort bij een last die van kracht is');
  controleerDatum(command.controledatum, 'controledatum');
  controleerVolgorde(s.last.bekendmakingsdatum, command.controledatum, 'controledatum', 'Een controle op de last kan niet vóór zijn bekendmaking liggen');
  const uitkomst = command.uitkomst;
  const stap = { zaakId: command.zaakId, datum: command.datum, door: command.door };
  if (uitkomst.soort === 'nageleefd') return [{ type: 'NalevingGeconstateerd', zaakId: command.zaakId, controledatum: command.controledatum, datum: command.datum, door: command.door }];
  if (uitkomst.soort !== 'overtreding') {
    throw new DomainRuleViolation('dwangsom/uitkomst-onbekend', `Onbekende uitkomst ${JSON.stringify((uitkomst as { soort: unknown }).soort)}: kies nageleefd of overtreding`, 'uitkomst.soort');
  }
  if (leeg(uitkomst.omschrijving)) throw new DomainRuleViolation('dwangsom/overtreding-ontbreekt', 'Beschrijf de geconstateerde overtreding', 'uitkomst.omschrijving');
  controleerDatum(uitkomst.van, 'uitkomst.van');
  const totEnMet = uitkomst.totEnMet ?? uitkomst.van;
  controleerDatum(totEnMet, 'uitkomst.totEnMet');
  controleerVolgorde(uitkomst.van, totEnMet, 'uitkomst.totEnMet', 'De overtreding kan niet eindigen vóór ze begon');
  controleerVolgorde(totEnMet, command.controledatum, 'uitkomst.totEnMet', 'De controle kan geen overtreding vaststellen die na de controle ligt');
  const { last } = s;
  if (last.bedrag.soort === 'per-overtreding' && totEnMet !== uitkomst.van) {
    throw new DomainRuleViolation(
      'dwangsom/periode-bij-bedrag-per-overtreding',
      'Deze last verbeurt per overtreding: registreer elke overtreding op haar eigen dag, niet een periode',
      'uitkomst.totEnMet',
    );
  }
  if (last.vorm.soort === 'herstellast' && uitkomst.van <= last.vorm.begunstigingstermijn.einde) {
    throw new DomainRuleViolation(
      'dwangsom/binnen-begunstigingstermijn',
      `De begunstigingstermijn loopt tot en met ${last.vorm.begunstigingstermijn.einde}: daarbinnen verbeurt niets (art. 5:32a Awb); de overtreding telt vanaf ${plusDagen(last.vorm.begunstigingstermijn.einde, 1)}`,
      'uitkomst.van',
    );
  }
  if (last.vorm.soort === 'preventieve-last') {
    // Art. 3:40 Awb: the last is in force from its bekendmaking.
    controleerVolgorde(last.bekendmakingsdatum, uitkomst.van, 'uitkomst.van', 'Er verbeurt niets vóór de bekendmaking van de last');
    const looptijd = last.vorm.looptijd;
    if (looptijd !== undefined && totEnMet > looptijd.einde) {
      throw new DomainRuleViolation('dwangsom/na-looptijd', `De last gold tot en met ${looptijd.einde}: daarna verbeurt niets`, 'uitkomst.totEnMet');
    }
  }
  if (last.bedrag.soort === 'per-tijdseenheid') {
    const overlap = s.verbeuringen.find((v) => !v.vervallen && v.verbeurdOp <= totEnMet && uitkomst.van <= v.totEnMet);
    if (overlap) {
      throw new DomainRuleViolation(
        'dwangsom/periode-al-verbeurd',
        `Over ${overlap.verbeurdOp} tot en met ${overlap.totEnMet} is al verbeurd (verbeuring ${overlap.verbeuring}): een dag verbeurt maar één keer`,
        'uitkomst.van',
      );
    }
    // A period that fell entirely in a week already begun forfeited nothing, but was registered.
    const geregistreerd = s.overtredingen.find((o) => o.van <= totEnMet && uitkomst.van <= o.totEnMet);
    if (geregistreerd) {
      throw new DomainRuleViolation(
        'dwangsom/periode-al-verbeurd',
        `De overtreding van ${geregistreerd.van} tot en met ${geregistreerd.totEnMet} is al geregistreerd: een dag verbeurt maar één keer`,
        'uitkomst.van',
      );
    }
  }
  const geconstateerd: DwangsomEvent = { type: 'OvertredingGeconstateerd', ...stap, controledatum: command.controledatum, van: uitkomst.van, totEnMet, omschrijving: uitkomst.omschrijving };
  // "Per week of gedeelte daarvan" counts the weeks of one continuing violation, however many
  // controles register it: a period starting the day after the last one ended continues it.
  const sinds = last.bedrag.soort === 'per-tijdseenheid' && last.bedrag.eenheid === 'week' ? (voortgezet(s.overtredingen, uitkomst.van)?.sinds ?? uitkomst.van) : uitkomst.van;
  const eenheden = eenhedenVoor(last.bedrag, uitkomst.van, totEnMet, sinds);
  // The whole period lies in a week already begun and forfeited under an earlier registration.
  if (eenheden === 0) return [geconstateerd];
  const eersteVerbeurdOp = sinds === uitkomst.van ? uitkomst.van : eersteNieuweWeek(sinds, uitkomst.van);
  const berekendCent = eenheden * last.bedrag.bedragCent;
  const resterend = last.maximumCent - last.verbeurdCent;
  const bedragCent = Math.min(berekendCent, resterend);
  const nummer = s.verbeuringen.length + 1;
  const events: DwangsomEvent[] = [
    geconstateerd,
    {
      type: 'DwangsomVerbeurd',
      ...stap,
      verbeuring: nummer,
      verbeurdOp: uitkomst.van,
      totEnMet,
      eenheden,
      berekendCent,
      bedragCent,
      afgetopt: bedragCent < berekendCent,
      verjaringsdatum: verjaringsdatumVoor(eersteVerbeurdOp),
      ...(last.bedrag.soort === 'per-tijdseenheid'
        ? { tijdseenheden: { eenheid: last.bedrag.eenheid, eersteVerbeurdOp, bedragPerEenheidCent: last.bedrag.bedragCent } }
        : {}),
      ...(sinds === uitkomst.van ? {} : { overtredingSinds: sinds }),
    },
  ];
  if (bedragCent === resterend) events.push({ type: 'LastUitgeput', ...stap, maximumCent: last.maximumCent, op: totEnMet });
  return events;
}

/** The registered violation that `van` continues: the one that ended the day before. */
function voortgezet(overtredingen: readonly Overtreding[], van: string): Overtreding | undefined {
  const dagErvoor = plusDagen(van, -1);
  return overtredingen.find((o) => o.totEnMet === dagErvoor);
}

function verzendInvorderingsbeschikking(command: VerzendInvorderingsbeschikking, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereisLast(state, command.zaakId, 'Een invorderingsbeschikking volgt op een verbeurde dwangsom');
  const verbeuring = s.verbeuringen.find((v) => v.verbeuring === command.verbeuring);
  if (verbeuring === undefined) {
    throw new DomainRuleViolation('dwangsom/verbeuring-onbekend', `Er is geen verbeuring ${command.verbeuring} in deze zaak`, 'verbeuring');
  }
  if (verbeuring.vervallen) {
    throw new DomainRuleViolation('dwangsom/verbeuring-vervallen', `De last is herroepen: verbeuring ${verbeuring.verbeuring} is niet verschuldigd`, 'verbeuring');
  }
  if (verbeuring.invordering !== undefined) {
    throw new DomainRuleViolation('dwangsom/al-ingevorderd', `Voor verbeuring ${verbeuring.verbeuring} is al invorderingsbeschikking ${verbeuring.invordering} verzonden`, 'verbeuring');
  }
  controleerDatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  controleerVolgorde(verbeuring.verbeurdOp, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De invorderingsbeschikking kan niet vóór de verbeuring zijn bekendgemaakt');
  // Art. 5:35 Awb: one year after the day a unit forfeited, its claim is gone; the Atw does not
  // extend it (art. 4). Each day (or week) of a period verjaart on its own: the beschikking claims
  // the units not yet verjaard and records the part that was.
  const { verjaard, invorderbaar } = splitsOpVerjaring(verbeuring.eenheden, command.bekendmakingsdatum);
  if (invorderbaar === undefined) {
    const e = verbeuring.eenheden;
    const wanneer = e.aantal === 1 ? `verbeurd op ${e.eersteOp}` : `verbeurd van ${verbeuring.verbeurdOp} tot en met ${verbeuring.totEnMet}`;
    throw new DomainRuleViolation(
      'dwangsom/verbeurde-dwangsom-verjaard',
      `Verbeuring ${verbeuring.verbeuring} (${formatEuro(verbeuring.bedragCent)}, ${wanneer}) is verjaard na ${verjaringVanEenheid(e, e.aantal - 1)} (art. 5:35 Awb): zij kan niet meer worden ingevorderd`,
      'bekendmakingsdatum',
    );
  }
  return [
    {
      type: 'InvorderingsbeschikkingVerzonden',
      zaakId: command.zaakId,
      invordering: s.invorderingen.length + 1,
      verbeuring: verbeuring.verbeuring,
      bedragCent: invorderbaar.bedragCent,
      bekendmakingsdatum: command.bekendmakingsdatum,
      bezwaartermijnEinde: termijn({ soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
      ingevorderd: invorderbaar,
      ...(verjaard === undefined ? {} : { verjaard }),
      datum: command.datum,
      door: command.door,
    },
  ];
}

/**
 * What a gegrond objection against the last does (art. 7:11 lid 2 Awb): herroepen unless the
 * command says gewijzigd. A change may only lighten the last, and takes the place of the original
 * from its bekendmaking: a change that would alter a forfeiture already recorded is refused, with
 * what to do instead.
 */
function gevolgVanBezwaar(command: NeemBeslissingOpBezwaar, s: MetLastState): GevolgVanBezwaar | undefined {
  const gevraagd = command.gevolg;
  if (command.uitkomst !== 'gegrond' || command.tegen.besluit !== 'last') {
    if (gevraagd === undefined) return undefined;
    throw new DomainRuleViolation(
      'dwangsom/gevolg-zonder-gegrond-bezwaar-tegen-last',
      command.uitkomst !== 'gegrond'
        ? `Een ${command.uitkomst} bezwaar laat het besluit staan: geef geen gevolg`
        : 'Een gegrond bezwaar tegen een invorderingsbeschikking herroept die beschikking; de last wijzigen kan alleen op bezwaar tegen de last',
      'gevolg',
    );
  }
  if (gevraagd === undefined || gevraagd.soort === 'herroepen') return { soort: 'herroepen' };
  if (gevraagd.soort !== 'gewijzigd') {
    throw new DomainRuleViolation('dwangsom/gevolg-onbekend', 'Een gegrond bezwaar tegen de last herroept hem of wijzigt hem: kies herroepen of gewijzigd', 'gevolg.soort');
  }
  if (gevraagd.bedrag === undefined && gevraagd.maximumCent === undefined && gevraagd.begunstigingstermijn === undefined) {
    throw new DomainRuleViolation('dwangsom/wijziging-leeg', 'Zeg wat er aan de last verandert: een lager bedrag, een lager maximum of een nieuwe begunstigingstermijn', 'gevolg');
  }
  const { last } = s;
  const verbeurd = s.verbeuringen.filter((v) => !v.vervallen);
  const alVerbeurd = `Onder deze last is al ${formatEuro(last.verbeurdCent)} verbeurd (${verbeurd.length === 1 ? 'verbeuring 1' : `verbeuringen 1 tot en met ${verbeurd.length}`})`;
  const anders = 'herroep de last (gevolg herroepen) en leg zo nodig een nieuwe last op';
  let bedrag: Dwangsombedrag | undefined;
  if (gevraagd.bedrag !== undefined) {
    bedrag = controleerDwangsombedrag(gevraagd.bedrag);
    const zelfdeSoort = bedrag.soort === last.bedrag.soort && (bedrag.soort === 'per-overtreding' || (last.bedrag.soort === 'per-tijdseenheid' && bedrag.eenheid === last.bedrag.eenheid));
    if (!zelfdeSoort || bedrag.bedragCent > last.bedrag.bedragCent) {
      throw new DomainRuleViolation(
        'dwangsom/wijziging-verzwaart',
        `Een gegrond bezwaar maakt de last niet zwaarder of anders van soort: geef een bedrag van dezelfde soort, ten hoogste ${formatEuro(last.bedrag.bedragCent)}; voor een andere soort bedrag: ${anders}`,
        'gevolg.bedrag',
      );
    }
    if (verbeurd.length > 0 && bedrag.bedragCent !== last.bedrag.bedragCent) {
      throw new DomainRuleViolation(
        'dwangsom/wijziging-raakt-verbeuringen',
        `${alVerbeurd}. Een lager bedrag geldt vanaf de bekendmaking van de last en zou die verbeuringen verlagen; ${anders}, of wijzig alleen het maximum`,
        'gevolg.bedrag',
      );
    }
  }
  let maximumCent: number | undefined;
  if (gevraagd.maximumCent !== undefined) {
    maximumCent = controleerBedragCent(gevraagd.maximumCent, 'gevolg.maximumCent');
    if (maximumCent > last.maximumCent) {
      throw new DomainRuleViolation('dwangsom/wijziging-verzwaart', `Een gegrond bezwaar maakt de last niet zwaarder: het maximum is ${formatEuro(last.maximumCent)}`, 'gevolg.maximumCent');
    }
    // Art. 5:32b Awb: below one sum the last would be no dwangsom.
    const som = (bedrag ?? last.bedrag).bedragCent;
    if (maximumCent < som) {
      throw new DomainRuleViolation('dwangsom/maximum-onder-bedrag', `Het maximum (${formatEuro(maximumCent)}) ligt onder het bedrag van één verbeuring (${formatEuro(som)})`, 'gevolg.maximumCent');
    }
    // What forfeited stays forfeited: a maximum below it would make recorded forfeitures lapse.
    if (maximumCent < last.verbeurdCent) {
      throw new DomainRuleViolation(
        'dwangsom/maximum-onder-verbeurd',
        `${alVerbeurd}: een maximum daaronder zou verbeurde bedragen laten vervallen. Kies een maximum van ten minste ${formatEuro(last.verbeurdCent)} (precies dat bedrag: de last is dan uitgeput), of ${anders}`,
        'gevolg.maximumCent',
      );
    }
  }
  let begunstigingstermijn: Begunstigingstermijn | undefined;
  if (gevraagd.begunstigingstermijn !== undefined) {
    if (last.vorm.soort !== 'herstellast') {
      throw new DomainRuleViolation('dwangsom/begunstigingstermijn-bij-preventieve-last', 'Een preventieve last heeft geen begunstigingstermijn (art. 5:32a Awb): alleen een herstellast', 'gevolg.begunstigingstermijn');
    }
    // A new term gives the overtreder a new chance from the day he learns of the beslissing op bezwaar.
    begunstigingstermijn = begunstiging(command.bekendmakingsdatum, gevraagd.begunstigingstermijn, 'gevolg.begunstigingstermijn');
    const oud = last.vorm.begunstigingstermijn.einde;
    if (begunstigingstermijn.einde < oud) {
      throw new DomainRuleViolation(
        'dwangsom/wijziging-verzwaart',
        `Een gegrond bezwaar maakt de last niet zwaarder: de begunstigingstermijn liep tot en met ${oud}, de nieuwe eindigt eerder (${begunstigingstermijn.einde})`,
        'gevolg.begunstigingstermijn',
      );
    }
    const binnen = verbeurd.find((v) => v.verbeurdOp <= (begunstigingstermijn as Begunstigingstermijn).einde);
    if (binnen !== undefined) {
      throw new DomainRuleViolation(
        'dwangsom/wijziging-raakt-verbeuringen',
        `${alVerbeurd}; verbeuring ${binnen.verbeuring} (vanaf ${binnen.verbeurdOp}) valt binnen de nieuwe begunstigingstermijn tot en met ${begunstigingstermijn.einde} en zou vervallen. Kies een termijn die vóór ${binnen.verbeurdOp} eindigt, of ${anders}`,
        'gevolg.begunstigingstermijn',
      );
    }
  }
  return {
    soort: 'gewijzigd',
    ...(bedrag === undefined ? {} : { bedrag }),
    ...(maximumCent === undefined ? {} : { maximumCent }),
    ...(begunstigingstermijn === undefined ? {} : { begunstigingstermijn }),
  };
}

type MetStatus<S extends DwangsomState['status']> = Extract<DwangsomState, { status: S }>;

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
function vereis<S extends DwangsomState['status']>(state: DwangsomState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  if (state.status === 'onbekend') throw new DomainRuleViolation('dwangsom/zaak-onbekend', `Er is geen zaak ${zaakId}: open eerst de zaak`, 'zaakId');
  if (state.zaak.zaakId !== zaakId) throw new DomainRuleViolation('dwangsom/andere-zaak', `Deze stream hoort bij zaak ${state.zaak.zaakId}, niet bij ${zaakId}`, 'zaakId');
  if (!(statussen as readonly string[]).includes(state.status)) {
    throw new DomainRuleViolation('dwangsom/stap-in-verkeerde-volgorde', `${wat} (de zaak staat op: ${state.status})`);
  }
  return state as MetStatus<S>;
}

function vereisLast(state: DwangsomState, zaakId: string, wat: string): MetLastState {
  return vereis(state, zaakId, ['last-van-kracht', 'last-beeindigd'], wat);
}

/** A last that can still forfeit; once exhausted, lifted or revoked it says which. */
function vereisLastVanKracht(state: DwangsomState, zaakId: string, wat: string): MetStatus<'last-van-kracht'> {
  if (state.status === 'last-beeindigd' && state.zaak.zaakId === zaakId) {
    if (state.einde.reden === 'uitgeput') {
      throw new DomainRuleViolation(
        'dwangsom/last-uitgeput',
        `Het maximum van ${formatEuro(state.last.maximumCent)} is sinds ${state.einde.sinds} bereikt: onder deze last verbeurt niets meer; overweeg een nieuwe last of bestuursdwang`,
        'zaakId',
      );
    }
    throw new DomainRuleViolation('dwangsom/last-niet-van-kracht', `De last is ${state.einde.reden} met ingang van ${state.einde.sinds}`, 'zaakId');
  }
  return vereis(state, zaakId, ['last-van-kracht'], wat);
}

interface BestredenBesluit {
  readonly tegen: Bestreden;
  readonly naam: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly bezwaar?: Bezwaar;
}

function bestreden(s: MetLastState, tegen: Bestreden): BestredenBesluit {
  if (tegen?.besluit === 'last') {
    return { tegen: { besluit: 'last' }, naam: 'de last', bekendmakingsdatum: s.last.bekendmakingsdatum, bezwaartermijnEinde: s.last.bezwaartermijnEinde, bezwaar: s.last.bezwaar };
  }
  if (tegen?.besluit === 'invorderingsbeschikking') {
    const i = zoekInvordering(s, tegen.invordering, 'tegen.invordering');
    return {
      tegen: { besluit: 'invorderingsbeschikking', invordering: i.invordering },
      naam: `invorderingsbeschikking ${i.invordering}`,
      bekendmakingsdatum: i.bekendmakingsdatum,
      bezwaartermijnEinde: i.bezwaartermijnEinde,
      bezwaar: i.bezwaar,
    };
  }
  throw new DomainRuleViolation('dwangsom/bestreden-besluit-onbekend', 'Zeg waartegen het bezwaar is: de last, of een invorderingsbeschikking met haar nummer', 'tegen');
}

function zoekInvordering(s: MetLastState, nummer: number, veld: string): Invordering {
  const invordering = s.invorderingen.find((i) => i.invordering === nummer);
  if (invordering === undefined) throw new DomainRuleViolation('dwangsom/invordering-onbekend', `Er is geen invorderingsbeschikking ${nummer} in deze zaak`, veld);
  return invordering;
}

function metBezwaar(state: MetLastState, tegen: Bestreden, wijzig: (b: Bezwaar) => Bezwaar): MetLastState {
  if (tegen.besluit === 'last') {
    const last: Last = { ...state.last, bezwaar: wijzig(state.last.bezwaar as Bezwaar) };
    return { ...state, last };
  }
  return { ...state, invorderingen: state.invorderingen.map((i) => (i.invordering === tegen.invordering ? { ...i, bezwaar: wijzig(i.bezwaar as Bezwaar) } : i)) };
}

function leeg(tekst: string | undefined): boolean {
  return typeof tekst !== 'string' || tekst.trim() === '';
}

function controleerDatum(waarde: string, veld: string): void {
  if (!isKalenderdatum(waarde)) {
    throw new DomainRuleViolation('dwangsom/datum-ongeldig', `${JSON.stringify(waarde)} in ${veld} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-03`, veld);
  }
}

function controleerVolgorde(eerder: string, later: string, veld: string, detail: string): void {
  if (later < eerder) throw new DomainRuleViolation('dwangsom/datum-voor-vorige-stap', `${detail} (${later} ligt vóór ${eerder})`, veld);
}

function controleerGrondslag(grondslag: Grondslag): Grondslag {
  if (!(GRONDSLAGEN as readonly string[]).includes(grondslag?.soort)) {
    throw new DomainRuleViolation('dwangsom/grondslag-onbekend', `Onbekende grondslag ${JSON.stringify(grondslag?.soort)}: kies ${GRONDSLAGEN.join(', ')}`, 'grondslag.soort');
  }
  // The APV is each gemeente's own ordinance: without its article the ground cannot be checked.
  if (grondslag.soort === 'apv' && leeg(grondslag.artikel)) {
    throw new DomainRuleViolation('dwangsom/apv-artikel-ontbreekt', 'Noem het artikel van de APV waarop de last berust, bijvoorbeeld "art. 2:74a APV"', 'grondslag.artikel');
  }
  return leeg(grondslag.artikel) ? { soort: grondslag.soort } : { soort: grondslag.soort, artikel: (grondslag.artikel as string).trim() };
}

function controleerHerkomst(herkomst: Herkomst): Herkomst {
  if (!(HERKOMST_CONTEXTEN as readonly string[]).includes(herkomst.context)) {
    throw new DomainRuleViolation('dwangsom/herkomst-onbekend', `Een dwangsomzaak kan voortkomen uit ${HERKOMST_CONTEXTEN.join(', ')}, niet uit ${JSON.stringify(herkomst.context)}`, 'herkomst.context');
  }
  if (leeg(herkomst.zaakId)) throw new DomainRuleViolation('dwangsom/herkomst-onbekend', 'Noem de zaak waaruit deze dwangsomzaak voortkomt', 'herkomst.zaakId');
  return { context: herkomst.context, zaakId: herkomst.zaakId };
}

function controleerDwangsombedrag(bedrag: Dwangsombedrag): Dwangsombedrag {
  const bedragCent = controleerBedragCent(bedrag?.bedragCent, 'bedrag.bedragCent');
  if (bedrag.soort === 'per-overtreding') return { soort: 'per-overtreding', bedragCent };
  if (bedrag.soort === 'per-tijdseenheid') {
    if (!(TIJDSEENHEDEN as readonly string[]).includes(bedrag.eenheid)) {
      throw new DomainRuleViolation('dwangsom/tijdseenheid-onbekend', `Onbekende tijdseenheid ${JSON.stringify(bedrag.eenheid)}: kies ${TIJDSEENHEDEN.join(' of ')}`, 'bedrag.eenheid');
    }
    return { soort: 'per-tijdseenheid', eenheid: bedrag.eenheid, bedragCent };
  }
  throw new DomainRuleViolation('dwangsom/bedragsoort-onbekend', 'Een dwangsom is een bedrag per overtreding of per tijdseenheid (art. 5:32b Awb)', 'bedrag.soort');
}

function lastvorm(bekendmakingsdatum: string, vorm: GevraagdeLastVorm): LastVorm {
  if (vorm?.soort === 'herstellast') {
    if (vorm.begunstigingstermijn === undefined) {
      throw new DomainRuleViolation('dwangsom/begunstigingstermijn-ontbreekt', 'Een herstellast geeft een begunstigingstermijn (art. 5:32a Awb)', 'vorm.begunstigingstermijn');
    }
    return { soort: 'herstellast', begunstigingstermijn: begunstiging(bekendmakingsdatum, vorm.begunstigingstermijn) };
  }
  if (vorm?.soort === 'preventieve-last') {
    if (vorm.looptijd === undefined) return { soort: 'preventieve-last' };
    return { soort: 'preventieve-last', looptijd: looptijd(bekendmakingsdatum, vorm.looptijd) };
  }
  throw new DomainRuleViolation('dwangsom/lastvorm-onbekend', 'Kies een herstellast (beëindig de overtreding) of een preventieve last (herhaal haar niet)', 'vorm.soort');
}

function termijn(vraag: TermijnVraag, veld: string, verlengAlsAtw = true): string {
  try {
    return berekenTermijn(vraag, { beleid: { verlengAlsAtw: { zienswijzetermijn: verlengAlsAtw, begunstigingstermijn: verlengAlsAtw } } }).einde;
  } catch (error) {
    if (error instanceof TermijnFout) throw new DomainRuleViolation('dwangsom/termijn-ongeldig', error.message, error.veld === 'vanaf' || error.veld === undefined ? veld : `${veld}.${error.veld}`);
    throw error;
  }
}

function zienswijzetermijn(verzenddatum: string, gesteld: GesteldeTermijn<Zienswijzeduur>): Zienswijzetermijn {
  if ('einde' in gesteld) {
    controleerDatum(gesteld.einde, 'zienswijzetermijn.einde');
    if (gesteld.einde <= verzenddatum) {
      throw new DomainRuleViolation('dwangsom/termijn-ongeldig', `De zienswijzetermijn moet na de verzenddatum ${verzenddatum} eindigen`, 'zienswijzetermijn.einde');
    }
    return { einde: gesteld.einde };
  }
  return {
    einde: termijn({ soort: 'zienswijzetermijn', vanaf: verzenddatum, lengte: gesteld.lengte }, 'zienswijzetermijn', gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}

function begunstiging(bekendmakingsdatum: string, gesteld: GesteldeTermijn<Begunstigingsduur>, veld = 'vorm.begunstigingstermijn'): Begunstigingstermijn {
  if ('einde' in gesteld) {
    controleerDatum(gesteld.einde, `${veld}.einde`);
    return { einde: termijn({ soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, vasteEinddatum: gesteld.einde }, veld, false) };
  }
  return {
    einde: termijn({ soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, lengte: gesteld.lengte }, veld, gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}

/** A duration from the day the last takes effect, like a closure's: never extended (it is no term to act within). */
function looptijd(bekendmakingsdatum: string, gesteld: { readonly lengte: Looptijd['lengte'] & object } | { readonly einde: string }): Looptijd {
  if ('einde' in gesteld) {
    controleerDatum(gesteld.einde, 'vorm.looptijd.einde');
    if (gesteld.einde <= bekendmakingsdatum) {
      throw new DomainRuleViolation('dwangsom/termijn-ongeldig', `De looptijd moet na de bekendmaking ${bekendmakingsdatum} eindigen`, 'vorm.looptijd.einde');
    }
    return { einde: gesteld.einde };
  }
  const lengte = gesteld.lengte;
  if (lengte?.eenheid !== 'maanden' && lengte?.eenheid !== 'jaren') {
    throw new DomainRuleViolation('dwangsom/termijn-ongeldig', 'Een looptijd is een aantal maanden of jaren', 'vorm.looptijd.lengte.eenheid');
  }
  return { einde: termijn({ soort: 'sluitingsduur', vanaf: bekendmakingsdatum, lengte }, 'vorm.looptijd.lengte'), lengte: { aantal: lengte.aantal, eenheid: lengte.eenheid } };
}
