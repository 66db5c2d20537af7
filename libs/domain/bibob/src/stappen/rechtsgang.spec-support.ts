import { stap } from './zaak.spec-support';

export const verdaag = (datum: string, aantal = 6) => ({ type: 'VerdaagBeslistermijnBezwaar', ...stap, lengte: { aantal, eenheid: 'weken' }, reden: { verzegeld: 'cmVkZW4=' }, datum }) as const;
export const herstel = (datum: string) => ({ type: 'VraagHerstelVerzuim', ...stap, verzuim: { verzegeld: 'dmVyenVpbQ==' }, hersteltermijnEinde: '2024-02-01', datum }) as const;
export const beslis = (uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk', herzien?: 'verleend' | 'verleend-onder-voorschriften' | 'geweigerd' | 'ingetrokken') =>
  ({ type: 'NeemBeslissingOpBezwaar', ...stap, uitkomst, ...(herzien ? { herzien } : {}), bekendmakingsdatum: '2024-02-21', datum: '2024-02-21' }) as const;
