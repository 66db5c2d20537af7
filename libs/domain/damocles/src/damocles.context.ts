import { zaakcontext } from '@handhaving/domain-shared';
import type { DamoclesCommand } from './damocles.commands';
import { damoclesDecider } from './damocles.decider';
import type { DamoclesEvent } from './damocles.events';
import type { DamoclesState } from './damocles.state';

/** Every event type a Damocles case records; a new one fails to compile until it is listed here. */
const EVENT_TYPES: { readonly [T in DamoclesEvent['type']]: true } = {
  RapportageOntvangen: true,
  MaatregelVoorgesteld: true,
  VoornemenVerzonden: true,
  VoornemenAchterwegeGelaten: true,
  ZienswijzeOntvangen: true,
  ZienswijzetermijnVerstreken: true,
  WaarschuwingGegeven: true,
  SluitingsbesluitGenomen: true,
  AfgezienVanMaatregel: true,
  BezwaarIngediend: true,
  VoorlopigeVoorzieningGevraagd: true,
  VoorlopigeVoorzieningToegewezen: true,
  VoorlopigeVoorzieningAfgewezen: true,
  BeslissingOpBezwaarGenomen: true,
  BeroepIngesteld: true,
  UitspraakOpBeroepGedaan: true,
  SluitingUitgevoerd: true,
  PandHeropend: true,
  FeitenGecorrigeerd: true,
  LastOnderDwangsomGekozen: true,
  HerstelVerzuimGevraagd: true,
  OpschortingBeslistermijnBeeindigd: true,
  BeslistermijnBezwaarVerdaagd: true,
  BeslistermijnBezwaarUitgesteld: true,
};

export const DAMOCLES_EVENT_TYPES = Object.keys(EVENT_TYPES) as readonly DamoclesEvent['type'][];

/** The Damocles context as the rest of the product registers it (art. 13b Opiumwet, docs/damocles.md). */
export const damoclesContext = zaakcontext<DamoclesCommand, DamoclesEvent, DamoclesState>('damocles', damoclesDecider, DAMOCLES_EVENT_TYPES);
