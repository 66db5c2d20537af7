import { DomainRuleViolation, leesPand, pandSleutel, type Decider, type Pand } from '@handhaving/domain-shared';
import {
  beschrijfMaatregel,
  DRUGSCATEGORIEEN,
  maatregelVolgensLadder,
  PANDTYPES,
  type Begunstigingsduur,
  type Drugscategorie,
  type Maatregel,
  type Zienswijzeduur,
} from '@handhaving/policy';
import { berekenTermijn, controleerTermijnlengte, isKalenderdatum, maanden, plusDagen, TermijnFout, type Termijn, type TermijnVraag } from '@handhaving/termijnen';
import { beeindigdeOpschorting, beslistermijnBezwaar, lopendeOpschorting, verdagingVan, type Beslistermijnstappen } from './beslistermijn-bezwaar';
import type { Correcties, DamoclesCommand, GesteldeTermijn, NeemBesluit, NeemSpoedeisendeSluiting } from './damocles.commands';
import type {
  Afwijking,
  Begunstigingstermijn,
  DamoclesEvent,
  Feitcorrectie,
  SluitingsbesluitGenomen,
  Vondst,
  ZaakBetrokkene,
  Zienswijzetermijn,
} from './damocles.events';
import { EINDEN_VAN_OPSCHORTING, ROLLEN } from './damocles.events';
import type { BeslistermijnVerloop, DamoclesState, Rechtsbescherming, Zaak } from './damocles.state';

/** A case's stream: `damocles-{zaakId}`. */
export function damoclesStreamId(zaakId: string): string {
  return `damocles-${zaakId}`;
}

/** The heaviest category found (harddrugs > softdrugs > attributen): the case is classified by it. */
export function zwaarsteCategorie(vondsten: readonly Pick<Vondst, 'categorie'>[]): Drugscategorie {
  const gevonden = DRUGSCATEGORIEEN.find((categorie) => vondsten.some((v) => v.categorie === categorie));
  if (gevonden === undefined) throw new DomainRuleViolation('damocles/geen-vondsten', 'Een rapportage noemt ten minste één vondst', 'vondsten');
  return gevonden;
}

export function zelfdeMaatregel(a: Maatregel, b: Maatregel): boolean {
  if (a.soort === 'sluiting' && b.soort === 'sluiting') return a.duurMaanden === b.duurMaanden;
  return a.soort === b.soort;
}

const GEEN_RECHTSBESCHERMING: Rechtsbescherming = { voorlopigeVoorziening: 'geen' };

export const damoclesDecider: Decider<DamoclesCommand, DamoclesEvent, DamoclesState> = {
  initialState: () => ({ status: 'onbekend' }),

  evolve(state, event) {
    switch (event.type) {
      case 'RapportageOntvangen':
        return {
          status: 'rapportage-ontvangen',
          zaak: {
            zaakId: event.zaakId,
            gemeente: event.gemeente,
            pand: event.pand,
            constateringsdatum: event.constateringsdatum,
            ontvangstdatum: event.ontvangstdatum,
            vondsten: event.vondsten,
            zwaarsteCategorie: event.zwaarsteCategorie,
            betrokkenen: event.betrokkenen,
          },
        };
      case 'MaatregelVoorgesteld':
        if (state.status === 'onbekend') return state;
        return {
          status: 'maatregel-voorgesteld',
          zaak: state.zaak,
          voorstel: { voorgesteld: event.voorgesteld, trede: event.trede, beleidsversie: event.beleidsversie },
        };
      case 'VoornemenVerzonden':
        if (state.status !== 'maatregel-voorgesteld') return state;
        return {
          status: 'voornemen-verzonden',
          zaak: state.zaak,
          voorstel: state.voorstel,
          voornemen: { maatregel: event.maatregel, verzenddatum: event.verzenddatum, zienswijzetermijnEinde: event.zienswijzetermijn.einde },
        };
      case 'VoornemenAchterwegeGelaten':
        // The reasons are on the stream; the sluitingsbesluit that follows in the same decision moves the case.
        return state;
      case 'ZienswijzeOntvangen':
        if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
        return { status: 'gereed-voor-besluit', zaak: state.zaak, voorstel: state.voorstel, voornemen: state.voornemen, zienswijze: 'ontvangen' };
      case 'ZienswijzetermijnVerstreken':
        if (state.status !== 'voornemen-verzonden') return state;
        return { status: 'gereed-voor-besluit', zaak: state.zaak, voorstel: state.voorstel, voornemen: state.voornemen, zienswijze: 'termijn-verstreken' };
      case 'WaarschuwingGegeven':
        if (state.status === 'onbekend') return state;
        return { status: 'afgesloten', zaak: state.zaak, afloop: 'waarschuwing', sinds: event.bekendmakingsdatum };
      case 'AfgezienVanMaatregel':
        if (state.status === 'onbekend') return state;
        return { status: 'afgesloten', zaak: state.zaak, afloop: 'afgezien', sinds: event.datum };
      case 'SluitingsbesluitGenomen':
        if (state.status === 'onbekend') return state;
        return {
          status: 'sluiting-besloten',
          zaak: state.zaak,
          besluit: {
            duurMaanden: event.duurMaanden,
            bekendmakingsdatum: event.bekendmakingsdatum,
            bezwaartermijnEinde: event.bezwaartermijnEinde,
            ...(event.begunstigingstermijn === undefined ? {} : { begunstigingstermijnEinde: event.begunstigingstermijn.einde }),
            herroepen: false,
          },
          rechtsbescherming: GEEN_RECHTSBESCHERMING,
        };
      case 'BezwaarIngediend':
        return metRechtsbescherming(state, (r) => ({ ...r, bezwaar: { ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig } }));
      case 'VoorlopigeVoorzieningGevraagd':
        return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'gevraagd' }));
      case 'VoorlopigeVoorzieningToegewezen':
        return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'toegewezen' }));
      case 'VoorlopigeVoorzieningAfgewezen':
        return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'afgewezen' }));
      case 'BeslissingOpBezwaarGenomen': {
        if (state.status !== 'sluiting-besloten' && state.status !== 'pand-gesloten') return state;
        const rechtsbescherming: Rechtsbescherming = { ...state.rechtsbescherming, beslissingOpBezwaar: { uitkomst: event.uitkomst, beroepstermijnEinde: event.beroepstermijnEinde } };
        const gevolg = event.gevolg;
        if (gevolg?.soort === 'herroepen') {
          if (state.status === 'sluiting-besloten') return { status: 'afgesloten', zaak: state.zaak, afloop: 'sluiting-herroepen', sinds: event.bekendmakingsdatum };
          return { ...state, besluit: { ...state.besluit, herroepen: true }, rechtsbescherming };
        }
        if (gevolg?.soort === 'gewijzigd') {
          const besluit = { ...state.besluit, duurMaanden: gevolg.duurMaanden };
          if (state.status === 'sluiting-besloten') return { ...state, besluit, rechtsbescherming };
          const { eindeSluiting: _oud, ...rest } = state;
          return { ...rest, besluit, rechtsbescherming, ...(gevolg.eindeSluiting === undefined ? {} : { eindeSluiting: gevolg.eindeSluiting }) };
        }
        return { ...state, rechtsbescherming };
      }
      case 'HerstelVerzuimGevraagd':
        return metBeslistermijn(state, event.datum, (v) => ({
          ...v,
          lopend: { gevraagdOp: event.datum, hersteltermijnEinde: event.hersteltermijnEinde, opschorting: lopendeOpschorting(event) },
        }));
      case 'OpschortingBeslistermijnBeeindigd':
        return metBeslistermijn(state, event.datum, ({ lopend, ...v }) => {
          const opschorting = lopend === undefined ? undefined : beeindigdeOpschorting(lopend.opschorting, event);
          return opschorting === undefined ? v : { ...v, opschortingen: [...v.opschortingen, opschorting] };
        });
      case 'BeslistermijnBezwaarVerdaagd':
        return metBeslistermijn(state, event.datum, (v) => ({ ...v, verdagingen: [...v.verdagingen, verdagingVan(event)] }));
      case 'SluitingUitgevoerd':
        if (state.status !== 'sluiting-besloten') return state;
        return {
          status: 'pand-gesloten',
          zaak: state.zaak,
          besluit: state.besluit,
          rechtsbescherming: state.rechtsbescherming,
          sluitingsdatum: event.sluitingsdatum,
          ...(event.eindeSluiting === undefined ? {} : { eindeSluiting: event.eindeSluiting }),
        };
      case 'PandHeropend':
        if (state.status === 'onbekend') return state;
        return { status: 'afgesloten', zaak: state.zaak, afloop: 'heropend', sinds: event.heropeningsdatum };
      case 'LastOnderDwangsomGekozen':
        // Recorded on the case; the dwangsom case it starts carries the last.
        return state;
      case 'FeitenGecorrigeerd':
        if (state.status === 'onbekend') return state;
        return { ...state, zaak: event.correcties.reduce(pasToe, state.zaak) } as DamoclesState;
      default: {
        // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd)
        // reach evolve at run time without being Damocles events: they change nothing here.
        const unhandled: never = event;
        void unhandled;
        return state;
      }
    }
  },

  decide(command, state) {
    controleerDatum(command.datum, 'datum');
    switch (command.type) {
      case 'RegistreerRapportage': {
        if (state.status !== 'onbekend') {
          throw new DomainRuleViolation('damocles/zaak-bestaat-al', `Zaak ${command.zaakId} is al geregistreerd`, 'zaakId');
        }
        controleerDatum(command.constateringsdatum, 'constateringsdatum');
        controleerDatum(command.ontvangstdatum, 'ontvangstdatum');
        controleerVolgorde(command.constateringsdatum, command.ontvangstdatum, 'ontvangstdatum', 'De rapportage kan niet zijn ontvangen vóór de constatering');
        if (!(PANDTYPES as readonly string[]).includes(command.pandtype)) {
          throw new DomainRuleViolation('damocles/pandtype-onbekend', `Onbekend pandtype ${JSON.stringify(command.pandtype)}: kies ${PANDTYPES.join(' of ')}`, 'pandtype');
        }
        controleerVondsten(command.vondsten);
        controleerBetrokkenen(command.betrokkenen);
        const identiteit = leesZaakpand(command.pand);
        return [
          {
            type: 'RapportageOntvangen',
            zaakId: command.zaakId,
            gemeente: command.gemeente,
            pand: { sleutel: pandSleutel(identiteit), identiteit, pandtype: command.pandtype },
            constateringsdatum: command.constateringsdatum,
            ontvangstdatum: command.ontvangstdatum,
            vondsten: command.vondsten,
            zwaarsteCategorie: zwaarsteCategorie(command.vondsten),
            betrokkenen: command.betrokkenen,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'StelMaatregelVoor': {
        const s = vereis(state, command.zaakId, ['rapportage-ontvangen', 'maatregel-voorgesteld'], 'Een maatregel kan alleen worden voorgesteld vóór het voornemen');
        const zaak = s.zaak;
        command.eerdereVondsten.forEach((eerder, i) => {
          controleerDatum(eerder.constateringsdatum, `eerdereVondsten[${i}].constateringsdatum`);
          if (eerder.zaakId === zaak.zaakId || eerder.constateringsdatum >= zaak.constateringsdatum) {
            throw new DomainRuleViolation(
              'damocles/eerdere-vondst-ongeldig',
              `Eerdere vondst ${eerder.zaakId} (${eerder.constateringsdatum}) ligt niet vóór deze constatering (${zaak.constateringsdatum}) of is deze zaak zelf`,
              `eerdereVondsten[${i}]`,
            );
          }
        });
        const n = command.eerdereVondsten.length;
        const { maatregel, trede } = maatregelVolgensLadder(command.beleid, { pandtype: zaak.pand.pandtype, zwaarsteCategorie: zaak.zwaarsteCategorie, eerdereVondsten: n });
        const venster = command.beleid.damocles.recidiveTermijnMaanden;
        const eerdere =
          n === 0
            ? `geen eerdere vondsten binnen ${venster} maanden`
            : `${n} eerdere ${n === 1 ? 'vondst' : 'vondsten'} binnen ${venster} maanden (${command.eerdereVondsten.map((e) => `${e.zaakId} van ${e.constateringsdatum}`).join(', ')})`;
        return [
          {
            type: 'MaatregelVoorgesteld',
            zaakId: command.zaakId,
            voorgesteld: maatregel,
            trede,
            beleidsversie: command.beleidsversie,
            recidiveTermijnMaanden: venster,
            eerdereVondsten: command.eerdereVondsten,
            uitleg:
              `${zaak.pand.pandtype}, zwaarste categorie ${zaak.zwaarsteCategorie}, ${eerdere} vóór ${zaak.constateringsdatum}: ` +
              `trede ${trede}, dus ${beschrijfMaatregel(maatregel)} (beleid ${command.beleidsversie})`,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'VerzendVoornemen': {
        const s = vereis(state, command.zaakId, ['maatregel-voorgesteld'], 'Een voornemen volgt op het voorstel van een maatregel');
        const maatregel = controleerMaatregel(command.maatregel, 'maatregel');
        geenWaarschuwingVoorHarddrugs(s.zaak, maatregel, 'maatregel');
        const afwijking = controleerAfwijking(s.voorstel.voorgesteld, maatregel, command.afwijking, 'het voorgestelde');
        controleerDatum(command.verzenddatum, 'verzenddatum');
        controleerVolgorde(s.zaak.ontvangstdatum, command.verzenddatum, 'verzenddatum', 'Het voornemen kan niet vóór de ontvangst van de rapportage zijn verzonden');
        return [
          {
            type: 'VoornemenVerzonden',
            zaakId: command.zaakId,
            maatregel,
            ...afwijking,
            verzenddatum: command.verzenddatum,
            zienswijzetermijn: zienswijzetermijn(command.verzenddatum, command.zienswijzetermijn),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'NeemSpoedeisendeSluiting': {
        const s = vereis(state, command.zaakId, ['maatregel-voorgesteld'], 'Een spoedeisende sluiting volgt op het voorstel van een maatregel, vóór een voornemen');
        if (leeg(command.motivering)) {
          throw new DomainRuleViolation('damocles/spoed-zonder-motivering', 'Een sluiting zonder voornemen vraagt een motivering van de spoed (art. 4:11 Awb)', 'motivering');
        }
        const maatregel = controleerMaatregel({ soort: 'sluiting', duurMaanden: command.duurMaanden }, 'duurMaanden');
        const afwijking = controleerAfwijking(s.voorstel.voorgesteld, maatregel, command.afwijking, 'het voorgestelde');
        controleerDatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
        controleerVolgorde(s.zaak.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'Het besluit kan niet vóór de ontvangst van de rapportage zijn bekendgemaakt');
        return [
          { type: 'VoornemenAchterwegeGelaten', zaakId: command.zaakId, motivering: command.motivering, datum: command.datum, door: command.door },
          sluitingsbesluit(command, command.duurMaanden, command.begunstigingstermijn, true, afwijking),
        ];
      }

      case 'RegistreerZienswijze': {
        const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór het besluit');
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
            'damocles/zienswijzetermijn-loopt-nog',
            `De zienswijzetermijn loopt tot en met ${s.voornemen.zienswijzetermijnEinde}; vaststellen dat hij verstreken is kan vanaf de dag erna`,
            'datum',
          );
        }
        return [{ type: 'ZienswijzetermijnVerstreken', zaakId: command.zaakId, einde: s.voornemen.zienswijzetermijnEinde, datum: command.datum, door: command.door }];
      }

      case 'NeemBesluit':
        return neemBesluit(command, state);

      case 'RegistreerBezwaar': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Bezwaar wordt geregistreerd tegen een sluitingsbesluit');
        if (s.rechtsbescherming.bezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-ingediend', 'Tegen dit sluitingsbesluit is al bezwaar geregistreerd', 'zaakId');
        controleerDatum(command.ontvangstdatum, 'ontvangstdatum');
        controleerVolgorde(s.besluit.bekendmakingsdatum, command.ontvangstdatum, 'ontvangstdatum', 'Het bezwaar kan niet vóór de bekendmaking van het besluit zijn ontvangen');
        if (command.verzenddatum !== undefined) controleerDatum(command.verzenddatum, 'verzenddatum');
        const einde = s.besluit.bezwaartermijnEinde;
        // Art. 6:9 Awb: on time when received within the term, or posted within it and received at most a week after.
        const tijdig =
          command.ontvangstdatum <= einde || (command.verzenddatum !== undefined && command.verzenddatum <= einde && command.ontvangstdatum <= plusDagen(einde, 7));
        return [
          {
            type: 'BezwaarIngediend',
            zaakId: command.zaakId,
            ontvangstdatum: command.ontvangstdatum,
            ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
            bezwaartermijnEinde: einde,
            tijdig,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerVoorlopigeVoorziening': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een voorlopige voorziening betreft een sluitingsbesluit');
        const r = s.rechtsbescherming;
        const stap = { zaakId: command.zaakId, datum: command.datum, door: command.door };
        switch (command.stap) {
          case 'gevraagd':
            // Art. 8:81 Awb: a voorlopige voorziening hangs on a pending objection.
            if (!r.bezwaar) throw new DomainRuleViolation('damocles/voorziening-zonder-bezwaar', 'Een voorlopige voorziening kan alleen hangende bezwaar worden gevraagd', 'stap');
            if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist', 'stap');
            if (r.voorlopigeVoorziening !== 'geen') throw new DomainRuleViolation('damocles/voorziening-al-gevraagd', 'Er is al een voorlopige voorziening gevraagd', 'stap');
            return [{ type: 'VoorlopigeVoorzieningGevraagd', ...stap }];
          case 'toegewezen':
          case 'afgewezen':
            if (r.voorlopigeVoorziening !== 'gevraagd') {
              throw new DomainRuleViolation('damocles/voorziening-niet-gevraagd', 'Er is geen voorlopige voorziening gevraagd waarop de rechter nog moet beslissen', 'stap');
            }
            return [{ type: command.stap === 'toegewezen' ? 'VoorlopigeVoorzieningToegewezen' : 'VoorlopigeVoorzieningAfgewezen', ...stap }];
          default: {
            const onbekend: never = command.stap;
            throw new DomainRuleViolation('damocles/voorziening-stap-onbekend', `Onbekende stap ${JSON.stringify(onbekend)}: kies gevraagd, toegewezen of afgewezen`, 'stap');
          }
        }
      }

      case 'NeemBeslissingOpBezwaar': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Op bezwaar wordt beslist bij een sluitingsbesluit');
        const r = s.rechtsbescherming;
        if (!r.bezwaar) throw new DomainRuleViolation('damocles/geen-bezwaar', 'Er is geen bezwaar geregistreerd om op te beslissen', 'zaakId');
        if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist', 'zaakId');
        controleerDatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
        controleerVolgorde(r.bezwaar.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De beslissing op bezwaar kan niet vóór de ontvangst van het bezwaar zijn bekendgemaakt');
        if (command.uitkomst === 'gegrond' && command.gevolg === undefined) {
          throw new DomainRuleViolation('damocles/gevolg-ontbreekt', 'Bij een gegrond bezwaar: zeg of de sluiting wordt herroepen of gewijzigd', 'gevolg');
        }
        if (command.uitkomst !== 'gegrond' && command.gevolg !== undefined) {
          throw new DomainRuleViolation('damocles/gevolg-zonder-gegrond-bezwaar', `Een ${command.uitkomst} bezwaar laat het sluitingsbesluit staan: geef geen gevolg`, 'gevolg');
        }
        let gevolg;
        if (command.gevolg?.soort === 'gewijzigd') {
          controleerMaatregel({ soort: 'sluiting', duurMaanden: command.gevolg.duurMaanden }, 'gevolg.duurMaanden');
          const eindeSluiting = s.status === 'pand-gesloten' ? eindeVanSluiting(s.sluitingsdatum, command.gevolg.duurMaanden) : undefined;
          gevolg = { soort: 'gewijzigd' as const, duurMaanden: command.gevolg.duurMaanden, ...(eindeSluiting === undefined ? {} : { eindeSluiting }) };
        } else if (command.gevolg?.soort === 'herroepen') {
          gevolg = { soort: 'herroepen' as const };
        }
        return [
          {
            type: 'BeslissingOpBezwaarGenomen',
            zaakId: command.zaakId,
            uitkomst: command.uitkomst,
            ...(gevolg === undefined ? {} : { gevolg }),
            bekendmakingsdatum: command.bekendmakingsdatum,
            beroepstermijnEinde: termijn({ soort: 'beroepstermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'VraagHerstelVerzuim': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Herstel van een verzuim in het bezwaar wordt gevraagd bij een sluitingsbesluit');
        const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
        if (leeg(command.verzuim)) throw new DomainRuleViolation('damocles/verzuim-zonder-omschrijving', 'Zeg welk verzuim de bezwaarmaker moet herstellen (art. 6:6 Awb)', 'verzuim');
        if (verloop.lopend) {
          throw new DomainRuleViolation(
            'damocles/opschorting-loopt-al',
            `De beslistermijn is al opgeschort sinds ${verloop.lopend.opschorting.van} (herstel gevraagd op ${verloop.lopend.gevraagdOp}): leg eerst het herstel of het verstrijken van de hersteltermijn vast`,
            'zaakId',
          );
        }
        controleerVolgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'Herstel kan niet vóór de ontvangst van het bezwaar zijn gevraagd');
        controleerVolgorde(verloop.laatsteStap, command.datum, 'datum', 'Het herstelverzoek kan niet vóór de vorige stap in de beslistermijn liggen');
        controleerDatum(command.hersteltermijnEinde, 'hersteltermijnEinde');
        if (command.hersteltermijnEinde <= command.datum) {
          throw new DomainRuleViolation('damocles/termijn-ongeldig', `De hersteltermijn moet na het verzoek (${command.datum}) eindigen`, 'hersteltermijnEinde');
        }
        const gevraagd = { datum: command.datum, verzuim: command.verzuim, opgeschortVanaf: plusDagen(command.datum, 1) };
        // Art. 7:10 lid 2 Awb: the term stands still from the day after the request. A request made
        // while the bezwaartermijn still runs suspends it from its first day (the library counts no
        // day before the start); one on or after its last day stops nothing, the term has run out
        // (the library says whether the first day still falls within it).
        const huidig = beslistermijn(s, verloop, command.datum);
        const eersteDag = gevraagd.opgeschortVanaf > huidig.uitleg.start ? gevraagd.opgeschortVanaf : huidig.uitleg.start;
        const met = beslistermijn(s, { ...verloop, opschortingen: [...verloop.opschortingen, lopendeOpschorting(gevraagd)] }, eersteDag);
        if (!met.uitleg.opschortingen.some((o) => o.lopend && o.dagen > 0)) {
          throw new DomainRuleViolation(
            'damocles/beslistermijn-verstreken',
            `De beslistermijn op bezwaar eindigde op ${huidig.einde}: een herstelverzoek van ${command.datum} schort hem niet meer op (art. 7:10 lid 2 Awb)`,
            'datum',
          );
        }
        return [
          {
            type: 'HerstelVerzuimGevraagd',
            zaakId: command.zaakId,
            verzuim: command.verzuim,
            hersteltermijnEinde: command.hersteltermijnEinde,
            opgeschortVanaf: gevraagd.opgeschortVanaf,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerEindeOpschorting': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een opschorting van de beslistermijn op bezwaar hoort bij een sluitingsbesluit');
        const lopend = hangendBezwaar(s.rechtsbescherming).verloop.lopend;
        if (lopend === undefined) throw new DomainRuleViolation('damocles/geen-opschorting', 'De beslistermijn op bezwaar is niet opgeschort: er is geen herstel van een verzuim gevraagd', 'zaakId');
        if (!(EINDEN_VAN_OPSCHORTING as readonly string[]).includes(command.einde)) {
          throw new DomainRuleViolation('damocles/einde-opschorting-onbekend', `Onbekend einde ${JSON.stringify(command.einde)}: kies ${EINDEN_VAN_OPSCHORTING.join(' of ')}`, 'einde');
        }
        controleerVolgorde(lopend.gevraagdOp, command.datum, 'datum', 'De opschorting kan niet eindigen vóór het herstelverzoek');
        if (command.einde === 'hersteltermijn-ongebruikt-verstreken' && command.datum <= lopend.hersteltermijnEinde) {
          throw new DomainRuleViolation(
            'damocles/hersteltermijn-loopt-nog',
            `De hersteltermijn loopt tot en met ${lopend.hersteltermijnEinde}; vaststellen dat hij ongebruikt verstreek kan vanaf de dag erna`,
            'datum',
          );
        }
        // Art. 7:10 lid 2 Awb: "tot de dag waarop het verzuim is hersteld": the term runs again on
        // the day of the repair, so the day before is the last that stood still; a repair after the
        // hersteltermijn counts no further than its last day, when the suspension had ended unused.
        const dagVoorHerstel = plusDagen(command.datum, -1);
        const totEnMet = command.einde === 'verzuim-hersteld' && dagVoorHerstel < lopend.hersteltermijnEinde ? dagVoorHerstel : lopend.hersteltermijnEinde;
        const van = lopend.opschorting.van;
        return [
          {
            type: 'OpschortingBeslistermijnBeeindigd',
            zaakId: command.zaakId,
            einde: command.einde,
            ...(totEnMet >= van ? { opschorting: { van, totEnMet } } : {}),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'VerdaagBeslistermijnBezwaar': {
        const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'De beslistermijn op bezwaar wordt verdaagd bij een sluitingsbesluit');
        const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
        if (verloop.verdagingen.length > 0) {
          throw new DomainRuleViolation('damocles/verdaging-al-gebruikt', 'De beslistermijn op bezwaar is al verdaagd; art. 7:10 lid 3 Awb staat dat één keer toe (verder uitstel alleen met instemming, lid 4)', 'zaakId');
        }
        if (leeg(command.reden)) throw new DomainRuleViolation('damocles/verdaging-zonder-reden', 'Zeg waarom de beslissing op bezwaar wordt verdaagd', 'reden');
        try {
          controleerTermijnlengte(command.lengte, 'lengte');
        } catch (error) {
          if (error instanceof TermijnFout) throw new DomainRuleViolation('damocles/termijn-ongeldig', error.message, 'lengte');
          throw error;
        }
        controleerVolgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'De verdaging kan niet vóór de ontvangst van het bezwaar zijn verzonden');
        controleerVolgorde(verloop.laatsteStap, command.datum, 'datum', 'De verdaging kan niet vóór de vorige stap in de beslistermijn liggen');
        const huidig = beslistermijn(s, verloop, command.datum).einde;
        // Art. 7:10 lid 3 Awb: "voor afloop van de termijn"; the last day itself is still within it.
        if (command.datum > huidig) {
          throw new DomainRuleViolation('damocles/beslistermijn-verstreken', `De beslistermijn op bezwaar eindigde op ${huidig}: verdagen kan alleen vóór het einde ervan (art. 7:10 lid 3 Awb)`, 'datum');
        }
        let verdaagd: Termijn;
        try {
          verdaagd = beslistermijn(s, { ...verloop, verdagingen: [verdagingVan(command)] }, command.datum);
        } catch (error) {
          if (error instanceof TermijnFout && error.code === 'ongeldige-verdaging') {
            throw new DomainRuleViolation('damocles/verdaging-te-lang', `De beslistermijn op bezwaar wordt ten hoogste zes weken verdaagd (art. 7:10 lid 3 Awb)`, 'lengte');
          }
          throw error;
        }
        return [
          {
            type: 'BeslistermijnBezwaarVerdaagd',
            zaakId: command.zaakId,
            lengte: { aantal: command.lengte.aantal, eenheid: command.lengte.eenheid },
            reden: command.reden,
            beslistermijnEinde: verdaagd.einde,
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerSluitingUitgevoerd': {
        if (state.status === 'afgesloten' && state.afloop === 'sluiting-herroepen') {
          throw new DomainRuleViolation('damocles/sluiting-herroepen', 'Het sluitingsbesluit is na bezwaar herroepen: de sluiting kan niet meer worden uitgevoerd', 'zaakId');
        }
        const s = vereis(state, command.zaakId, ['sluiting-besloten'], 'Een sluiting wordt uitgevoerd na een sluitingsbesluit, en één keer');
        controleerDatum(command.sluitingsdatum, 'sluitingsdatum');
        const r = s.rechtsbescherming;
        // Art. 8:85 lid 2 Awb: a voorziening granted pending the objection lapses at the latest when the
        // beroepstermijn against the beslissing op bezwaar passed unused. A beroep is not recorded here
        // yet; a suspension the court extends must be recorded before carrying out the closure.
        if (r.voorlopigeVoorziening === 'toegewezen' && (r.beslissingOpBezwaar === undefined || command.sluitingsdatum <= r.beslissingOpBezwaar.beroepstermijnEinde)) {
          throw new DomainRuleViolation(
            'damocles/sluiting-geschorst',
            r.beslissingOpBezwaar === undefined
              ? 'De rechter heeft het sluitingsbesluit geschorst (voorlopige voorziening): de sluiting kan niet worden uitgevoerd zolang op het bezwaar niet is beslist'
              : `De voorlopige voorziening loopt tot na de beroepstermijn (${r.beslissingOpBezwaar.beroepstermijnEinde}): de sluiting kan pas daarna worden uitgevoerd`,
            'sluitingsdatum',
          );
        }
        controleerVolgorde(s.besluit.bekendmakingsdatum, command.sluitingsdatum, 'sluitingsdatum', 'De sluiting kan niet vóór de bekendmaking van het besluit zijn uitgevoerd');
        const eindeSluiting = eindeVanSluiting(command.sluitingsdatum, s.besluit.duurMaanden);
        return [
          {
            type: 'SluitingUitgevoerd',
            zaakId: command.zaakId,
            sluitingsdatum: command.sluitingsdatum,
            ...(eindeSluiting === undefined ? {} : { eindeSluiting }),
            datum: command.datum,
            door: command.door,
          },
        ];
      }

      case 'RegistreerHeropening': {
        const s = vereis(state, command.zaakId, ['pand-gesloten'], 'Alleen een gesloten pand kan heropenen');
        controleerDatum(command.heropeningsdatum, 'heropeningsdatum');
        controleerVolgorde(s.sluitingsdatum, command.heropeningsdatum, 'heropeningsdatum', 'Het pand kan niet vóór de sluiting zijn heropend');
        return [{ type: 'PandHeropend', zaakId: command.zaakId, heropeningsdatum: command.heropeningsdatum, datum: command.datum, door: command.door }];
      }

      case 'KiesLastOnderDwangsom': {
        const s = vereis(
          state,
          command.zaakId,
          ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'],
          'Een last onder dwangsom hoort bij een geregistreerde zaak',
        );
        if (!s.zaak.betrokkenen.some((b) => b.betrokkeneId === command.overtrederId)) {
          throw new DomainRuleViolation('damocles/overtreder-geen-betrokkene', `${command.overtrederId} is geen betrokkene van deze zaak: registreer hem eerst als betrokkene`, 'overtrederId');
        }
        if (leeg(command.motivering)) throw new DomainRuleViolation('damocles/dwangsom-zonder-motivering', 'Motiveer waarom een last onder dwangsom wordt opgelegd', 'motivering');
        return [{ type: 'LastOnderDwangsomGekozen', zaakId: command.zaakId, overtrederId: command.overtrederId, motivering: command.motivering, datum: command.datum, door: command.door }];
      }

      case 'CorrigeerFeiten': {
        // Facts can be corrected at any stage, even after the case closed: figures as known now must be right.
        const s = vereis(
          state,
          command.zaakId,
          ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'],
          'Feiten worden gecorrigeerd op een geregistreerde zaak',
        );
        if (leeg(command.reden)) throw new DomainRuleViolation('damocles/correctie-zonder-reden', 'Zeg waarom de feiten worden gecorrigeerd', 'reden');
        const correcties = bepaalCorrecties(s.zaak, command.correcties);
        if (correcties.length === 0) {
          throw new DomainRuleViolation('damocles/correctie-zonder-wijziging', 'De correctie verandert niets aan de vastgelegde feiten', 'correcties');
        }
        return [{ type: 'FeitenGecorrigeerd', zaakId: command.zaakId, correcties, reden: command.reden, datum: command.datum, door: command.door }];
      }

      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};

function neemBesluit(command: NeemBesluit, state: DamoclesState): readonly DamoclesEvent[] {
  const besluit = command.besluit;
  switch (besluit.soort) {
    case 'afzien': {
      // Doing nothing harms no one, so it needs no voornemen: it can follow the proposal directly.
      vereis(state, command.zaakId, ['maatregel-voorgesteld', 'gereed-voor-besluit'], 'Afzien van een maatregel volgt op het voorstel of op de zienswijzefase');
      if (leeg(besluit.motivering)) {
        throw new DomainRuleViolation('damocles/afzien-zonder-motivering', 'Afzien van een maatregel vraagt een motivering', 'besluit.motivering');
      }
      return [{ type: 'AfgezienVanMaatregel', zaakId: command.zaakId, motivering: besluit.motivering, datum: command.datum, door: command.door }];
    }
    case 'waarschuwing':
    case 'sluiting': {
      if (state.status === 'voornemen-verzonden') {
        throw new DomainRuleViolation(
          'damocles/zienswijzefase-niet-afgerond',
          `Wacht op de zienswijze of het einde van de zienswijzetermijn (${state.voornemen.zienswijzetermijnEinde}) voordat het besluit wordt genomen`,
          'besluit',
        );
      }
      const s = vereis(state, command.zaakId, ['gereed-voor-besluit'], 'Een besluit volgt op de zienswijzefase');
      const maatregel = controleerMaatregel(besluit.soort === 'sluiting' ? { soort: 'sluiting', duurMaanden: besluit.duurMaanden } : { soort: 'waarschuwing' }, 'besluit');
      geenWaarschuwingVoorHarddrugs(s.zaak, maatregel, 'besluit');
      const afwijking = controleerAfwijking(s.voornemen.maatregel, maatregel, command.afwijking, 'het voornemen');
      controleerDatum(besluit.bekendmakingsdatum, 'besluit.bekendmakingsdatum');
      controleerVolgorde(s.voornemen.verzenddatum, besluit.bekendmakingsdatum, 'besluit.bekendmakingsdatum', 'Het besluit kan niet vóór het voornemen zijn bekendgemaakt');
      if (besluit.soort === 'waarschuwing') {
        return [{ type: 'WaarschuwingGegeven', zaakId: command.zaakId, ...afwijking, bekendmakingsdatum: besluit.bekendmakingsdatum, datum: command.datum, door: command.door }];
      }
      return [sluitingsbesluit({ ...command, bekendmakingsdatum: besluit.bekendmakingsdatum }, besluit.duurMaanden, besluit.begunstigingstermijn, false, afwijking)];
    }
    default: {
      const unhandled: never = besluit;
      return unhandled;
    }
  }
}

function sluitingsbesluit(
  command: Pick<NeemSpoedeisendeSluiting, 'zaakId' | 'bekendmakingsdatum' | 'datum' | 'door'>,
  duurMaanden: number | 'onbepaald',
  gesteld: GesteldeTermijn<Begunstigingsduur> | undefined,
  spoedeisend: boolean,
  afwijking: { afwijking?: Afwijking },
): SluitingsbesluitGenomen {
  const begunstigingstermijn = gesteld === undefined ? undefined : begunstiging(command.bekendmakingsdatum, gesteld);
  return {
    type: 'SluitingsbesluitGenomen',
    zaakId: command.zaakId,
    duurMaanden,
    ...(begunstigingstermijn === undefined ? {} : { begunstigingstermijn }),
    bekendmakingsdatum: command.bekendmakingsdatum,
    bezwaartermijnEinde: termijn({ soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
    spoedeisend,
    ...afwijking,
    datum: command.datum,
    door: command.door,
  };
}

type MetStatus<S extends DamoclesState['status']> = Extract<DamoclesState, { status: S }>;

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
function vereis<S extends DamoclesState['status']>(state: DamoclesState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  if (state.status === 'onbekend') {
    throw new DomainRuleViolation('damocles/zaak-onbekend', `Er is geen zaak ${zaakId}: registreer eerst de rapportage`, 'zaakId');
  }
  if (state.zaak.zaakId !== zaakId) {
    throw new DomainRuleViolation('damocles/andere-zaak', `Deze stream hoort bij zaak ${state.zaak.zaakId}, niet bij ${zaakId}`, 'zaakId');
  }
  if (!(statussen as readonly string[]).includes(state.status)) {
    throw new DomainRuleViolation('damocles/stap-in-verkeerde-volgorde', `${wat} (de zaak staat op: ${state.status})`);
  }
  return state as MetStatus<S>;
}

function leeg(tekst: string | undefined): boolean {
  return typeof tekst !== 'string' || tekst.trim() === '';
}

function controleerDatum(waarde: string, veld: string): void {
  if (!isKalenderdatum(waarde)) {
    throw new DomainRuleViolation('damocles/datum-ongeldig', `${JSON.stringify(waarde)} in ${veld} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-03`, veld);
  }
}

function controleerVolgorde(eerder: string, later: string, veld: string, detail: string): void {
  if (later < eerder) throw new DomainRuleViolation('damocles/datum-voor-vorige-stap', `${detail} (${later} ligt vóór ${eerder})`, veld);
}

function controleerVondsten(vondsten: readonly Vondst[], veld = 'vondsten'): void {
  if (!Array.isArray(vondsten) || vondsten.length === 0) throw new DomainRuleViolation('damocles/geen-vondsten', 'Een rapportage noemt ten minste één vondst', veld);
  vondsten.forEach((v, i) => {
    if (!(DRUGSCATEGORIEEN as readonly string[]).includes(v.categorie)) {
      throw new DomainRuleViolation('damocles/categorie-onbekend', `Onbekende categorie ${JSON.stringify(v.categorie)}: kies ${DRUGSCATEGORIEEN.join(', ')}`, `${veld}[${i}].categorie`);
    }
  });
}

function controleerBetrokkenen(betrokkenen: readonly ZaakBetrokkene[], veld = 'betrokkenen'): void {
  betrokkenen.forEach((b, i) => {
    if (!(ROLLEN as readonly string[]).includes(b.rol)) {
      throw new DomainRuleViolation('damocles/rol-onbekend', `Onbekende rol ${JSON.stringify(b.rol)}: kies ${ROLLEN.join(', ')}`, `${veld}[${i}].rol`);
    }
  });
}

function leesZaakpand(invoer: Parameters<typeof leesPand>[0]): Pand {
  try {
    return leesPand(invoer);
  } catch (error) {
    if (error instanceof DomainRuleViolation) throw new DomainRuleViolation(error.rule, error.detail, `pand.${error.field}`);
    throw error;
  }
}

function controleerMaatregel(maatregel: Maatregel, veld: string): Maatregel {
  if (maatregel.soort === 'waarschuwing') return { soort: 'waarschuwing' };
  if (maatregel.soort === 'sluiting' && (maatregel.duurMaanden === 'onbepaald' || (Number.isInteger(maatregel.duurMaanden) && maatregel.duurMaanden >= 1))) {
    return { soort: 'sluiting', duurMaanden: maatregel.duurMaanden };
  }
  throw new DomainRuleViolation('damocles/maatregel-ongeldig', `Ongeldige maatregel ${JSON.stringify(maatregel)}: een waarschuwing, of een sluiting van een heel aantal maanden of onbepaald`, veld);
}

/** Damocles.md: harddrugs never get a warning (Kerkrade reports such warnings as "n.v.t."). */
function geenWaarschuwingVoorHarddrugs(zaak: Zaak, maatregel: Maatregel, veld: string): void {
  if (maatregel.soort === 'waarschuwing' && zaak.zwaarsteCategorie === 'harddrugs') {
    throw new DomainRuleViolation('damocles/harddrugs-geen-waarschuwing', 'Bij harddrugs wordt nooit gewaarschuwd: kies een sluiting of zie gemotiveerd af van een maatregel', veld);
  }
}

/** A deviation needs its reasons; reasons without a deviation would be recorded as one, so they are refused too. */
function controleerAfwijking(basis: Maatregel, gekozen: Maatregel, afwijking: Afwijking | undefined, waarvan: string): { afwijking?: Afwijking } {
  const wijktAf = !zelfdeMaatregel(basis, gekozen);
  if (wijktAf && leeg(afwijking?.motivering)) {
    throw new DomainRuleViolation(
      'damocles/afwijking-zonder-motivering',
      `${beschrijfMaatregel(gekozen)} wijkt af van ${waarvan} (${beschrijfMaatregel(basis)}): motiveer de afwijking`,
      'afwijking',
    );
  }
  if (!wijktAf && afwijking !== undefined) {
    throw new DomainRuleViolation('damocles/afwijking-zonder-verschil', `${beschrijfMaatregel(gekozen)} is ${waarvan}: er is geen afwijking om te motiveren`, 'afwijking');
  }
  return wijktAf ? { afwijking: { motivering: (afwijking as Afwijking).motivering } } : {};
}

function termijn(vraag: TermijnVraag, veld: string, verlengAlsAtw = true): string {
  try {
    return berekenTermijn(vraag, { beleid: { verlengAlsAtw: { zienswijzetermijn: verlengAlsAtw, begunstigingstermijn: verlengAlsAtw } } }).einde;
  } catch (error) {
    if (error instanceof TermijnFout) throw new DomainRuleViolation('damocles/termijn-ongeldig', error.message, error.veld === 'vanaf' || error.veld === undefined ? veld : `${veld}.${error.veld}`);
    throw error;
  }
}

function zienswijzetermijn(verzenddatum: string, gesteld: GesteldeTermijn<Zienswijzeduur>): Zienswijzetermijn {
  if ('einde' in gesteld) {
    controleerDatum(gesteld.einde, 'zienswijzetermijn.einde');
    if (gesteld.einde <= verzenddatum) {
      throw new DomainRuleViolation('damocles/termijn-ongeldig', `De zienswijzetermijn moet na de verzenddatum ${verzenddatum} eindigen`, 'zienswijzetermijn.einde');
    }
    return { einde: gesteld.einde };
  }
  return {
    einde: termijn({ soort: 'zienswijzetermijn', vanaf: verzenddatum, lengte: gesteld.lengte }, 'zienswijzetermijn', gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}

function begunstiging(bekendmakingsdatum: string, gesteld: GesteldeTermijn<Begunstigingsduur>): Begunstigingstermijn {
  if ('einde' in gesteld) {
    controleerDatum(gesteld.einde, 'begunstigingstermijn.einde');
    return { einde: termijn({ soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, vasteEinddatum: gesteld.einde }, 'begunstigingstermijn', false) };
  }
  return {
    einde: termijn({ soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, lengte: gesteld.lengte }, 'begunstigingstermijn', gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}

/** The last day of a closure: calendar months from the day of actual closure, never extended (it is a duration, not a term to act within). */
function eindeVanSluiting(sluitingsdatum: string, duurMaanden: number | 'onbepaald'): string | undefined {
  if (duurMaanden === 'onbepaald') return undefined;
  return termijn({ soort: 'sluitingsduur', vanaf: sluitingsdatum, lengte: maanden(duurMaanden) }, 'sluitingsdatum');
}

const GEEN_VERLOOP: BeslistermijnVerloop = { opschortingen: [], verdagingen: [], laatsteStap: '0000-01-01' };

/** An objection registered and not yet decided: the only time the beslistermijn op bezwaar runs. */
function hangendBezwaar(r: Rechtsbescherming): { bezwaar: NonNullable<Rechtsbescherming['bezwaar']>; verloop: BeslistermijnVerloop } {
  if (!r.bezwaar) throw new DomainRuleViolation('damocles/geen-bezwaar', 'Er is geen bezwaar geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar', 'zaakId');
  if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist: de beslistermijn loopt niet meer', 'zaakId');
  return { bezwaar: r.bezwaar, verloop: r.beslistermijn ?? GEEN_VERLOOP };
}

/** The beslistermijn op bezwaar with what happened to it; a suspension still running counted through `peildatum`. */
function beslistermijn(s: { besluit: { bezwaartermijnEinde: string } }, verloop: Beslistermijnstappen & { lopend?: BeslistermijnVerloop['lopend'] }, peildatum: string): Termijn {
  const opschortingen = verloop.lopend === undefined ? verloop.opschortingen : [...verloop.opschortingen, verloop.lopend.opschorting];
  return beslistermijnBezwaar(s.besluit.bezwaartermijnEinde, { opschortingen, verdagingen: verloop.verdagingen }, peildatum);
}

function metBeslistermijn(state: DamoclesState, datum: string, wijzig: (v: BeslistermijnVerloop) => BeslistermijnVerloop): DamoclesState {
  return metRechtsbescherming(state, (r) => ({ ...r, beslistermijn: { ...wijzig(r.beslistermijn ?? GEEN_VERLOOP), laatsteStap: datum } }));
}

function metRechtsbescherming(state: DamoclesState, wijzig: (r: Rechtsbescherming) => Rechtsbescherming): DamoclesState {
  if (state.status !== 'sluiting-besloten' && state.status !== 'pand-gesloten') return state;
  return { ...state, rechtsbescherming: wijzig(state.rechtsbescherming) };
}

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function bepaalCorrecties(zaak: Zaak, nieuw: Correcties): Feitcorrectie[] {
  const correcties: Feitcorrectie[] = [];
  const constateringsdatum = nieuw.constateringsdatum ?? zaak.constateringsdatum;
  const ontvangstdatum = nieuw.ontvangstdatum ?? zaak.ontvangstdatum;
  if (nieuw.constateringsdatum !== undefined) controleerDatum(nieuw.constateringsdatum, 'correcties.constateringsdatum');
  if (nieuw.ontvangstdatum !== undefined) controleerDatum(nieuw.ontvangstdatum, 'correcties.ontvangstdatum');
  controleerVolgorde(constateringsdatum, ontvangstdatum, nieuw.ontvangstdatum !== undefined ? 'correcties.ontvangstdatum' : 'correcties.constateringsdatum', 'De rapportage kan niet zijn ontvangen vóór de constatering');
  if (constateringsdatum !== zaak.constateringsdatum) correcties.push({ veld: 'constateringsdatum', oud: zaak.constateringsdatum, nieuw: constateringsdatum });
  if (ontvangstdatum !== zaak.ontvangstdatum) correcties.push({ veld: 'ontvangstdatum', oud: zaak.ontvangstdatum, nieuw: ontvangstdatum });
  if (nieuw.pandtype !== undefined && nieuw.pandtype !== zaak.pand.pandtype) correcties.push({ veld: 'pandtype', oud: zaak.pand.pandtype, nieuw: nieuw.pandtype });
  if (nieuw.vondsten !== undefined && !gelijk(nieuw.vondsten, zaak.vondsten)) {
    controleerVondsten(nieuw.vondsten, 'correcties.vondsten');
    correcties.push({ veld: 'vondsten', oud: zaak.vondsten, nieuw: nieuw.vondsten });
    const zwaarste = zwaarsteCategorie(nieuw.vondsten);
    if (zwaarste !== zaak.zwaarsteCategorie) correcties.push({ veld: 'zwaarsteCategorie', oud: zaak.zwaarsteCategorie, nieuw: zwaarste });
  }
  if (nieuw.betrokkenen !== undefined && !gelijk(nieuw.betrokkenen, zaak.betrokkenen)) {
    controleerBetrokkenen(nieuw.betrokkenen, 'correcties.betrokkenen');
    correcties.push({ veld: 'betrokkenen', oud: zaak.betrokkenen, nieuw: nieuw.betrokkenen });
  }
  return correcties;
}

function pasToe(zaak: Zaak, correctie: Feitcorrectie): Zaak {
  switch (correctie.veld) {
    case 'constateringsdatum':
      return { ...zaak, constateringsdatum: correctie.nieuw };
    case 'ontvangstdatum':
      return { ...zaak, ontvangstdatum: correctie.nieuw };
    case 'pandtype':
      return { ...zaak, pand: { ...zaak.pand, pandtype: correctie.nieuw } };
    case 'vondsten':
      return { ...zaak, vondsten: correctie.nieuw };
    case 'zwaarsteCategorie':
      return { ...zaak, zwaarsteCategorie: correctie.nieuw };
    case 'betrokkenen':
      return { ...zaak, betrokkenen: correctie.nieuw };
    default: {
      const unhandled: never = correctie;
      return unhandled;
    }
  }
}
