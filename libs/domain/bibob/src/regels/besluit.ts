import type { Regels } from '@handhaving/domain-awb';
import { BESLUITUITKOMSTEN, type Besluituitkomst, type Strekking } from '../bibob.events';
import type { Toets } from '../bibob.state';

/** The outcomes a besluit on this toets can have: on an aanvraag grant or refuse; on a signal attach voorschriften or revoke the permit. */
export function uitkomstenVoor(toets: Toets): readonly Besluituitkomst[] {
  const a = toets.aanleiding;
  if (a.soort === 'aanvraag') return ['verleend', 'verleend-onder-voorschriften', 'geweigerd'];
  return a.vergunning === undefined ? ['verleend-onder-voorschriften'] : ['verleend-onder-voorschriften', 'ingetrokken'];
}

export function controleerUitkomst(regels: Regels, toets: Toets, uitkomst: unknown, veld: string): Besluituitkomst {
  const gekozen = regels.keuze(uitkomst, BESLUITUITKOMSTEN, 'uitkomst-onbekend', 'uitkomst', veld);
  const toegestaan = uitkomstenVoor(toets);
  if (!toegestaan.includes(gekozen)) {
    const waarover = toets.aanleiding.soort === 'aanvraag' ? 'een aanvraag' : toets.aanleiding.vergunning === undefined ? 'een signaal zonder lopende vergunning' : 'een lopende vergunning';
    regels.weiger('uitkomst-past-niet-bij-toets', `Een besluit over ${waarover} is ${toegestaan.join(', ')}, niet ${gekozen}`, veld);
  }
  return gekozen;
}

const ZWAARTE: { readonly [U in Besluituitkomst | Strekking]: number } = {
  verleend: 0,
  'verleend-onder-voorschriften': 1,
  voorschriften: 1,
  geweigerd: 2,
  weigeren: 2,
  ingetrokken: 2,
  intrekken: 2,
};

/** Art. 4:8 Awb: the betrokkene was heard on what was announced; the besluit may be milder, never heavier. */
export function nietZwaarderDanVoornemen(regels: Regels, strekking: Strekking, uitkomst: Besluituitkomst): void {
  if (ZWAARTE[uitkomst] > ZWAARTE[strekking]) {
    regels.weiger('besluit-zwaarder-dan-voornemen', `Het voornemen kondigde "${strekking}" aan: een besluit "${uitkomst}" gaat verder dan waarop de betrokkene is gehoord; stuur een nieuw voornemen`, 'uitkomst');
  }
}
