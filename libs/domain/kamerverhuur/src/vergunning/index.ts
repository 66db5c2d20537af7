/*
 * The kamerverhuurvergunning (issue 14, item 2). Exported under names of their own: the register
 * and the traject of this library have Awb steps too, so the kernel-named step types
 * (VoornemenVerzonden, BezwaarIngediend, RegistreerBezwaar, …) are reached through the unions
 * (`Extract<VergunningEvent, { type: 'BezwaarIngediend' }>`) or the aliases below.
 */
export { kamerverhuurvergunningContext } from './vergunning.context';
export { vergunningDecider } from './vergunning.decider';
export { evolveVergunning } from './vergunning.evolve';
export { VERGUNNING_EVENT_TYPES, VERGUNNING_SCHEMAVERSIES, REDENEN_VAN_VERVAL, STREKKINGEN as VOORNEMEN_STREKKINGEN } from './vergunning.events';
export type {
  VergunningEvent,
  VergunningEventType,
  VergunningAangevraagd,
  BeslistermijnVanDeAanvraag,
  AanvullingGevraagd,
  AanvraagAangevuld,
  BeslistermijnAanvraagVerdaagd,
  VergunningVerleend,
  VergunningGeweigerd,
  VergunningIngetrokken,
  VergunningVervallen,
  RedenVanVerval,
  Strekking as VoornemenStrekking,
  VoornemenVerzonden as VergunningVoornemenVerzonden,
  BezwaarIngediend as VergunningBezwaarIngediend,
  BeslissingOpBezwaarGenomen as VergunningBeslissingOpBezwaarGenomen,
} from './vergunning.events';
export type {
  VergunningCommand,
  VraagVergunningAan,
  VraagAanvullingAan,
  RegistreerAanvulling,
  VerdaagBeslistermijnAanvraag,
  VerleenVergunning,
  WeigerVergunning,
  TrekVergunningIn,
  StelVervalVast,
} from './vergunning.commands';
export type { VergunningState, VergunningStatus, Vergunning, BestredenBesluit as BestredenVergunningsbesluit } from './vergunning.state';
export { STANDAARD_BESLISTERMIJN_WEKEN } from './stappen/vraag-vergunning-aan';
export { beslistermijnVanAanvraag, beslistermijnAanvraag, type BeslistermijnVanAanvraag, type GeteldeAanvulling } from './regels/beslistermijn';
