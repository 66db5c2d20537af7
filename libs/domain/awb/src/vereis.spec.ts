import { Regels } from './regels';
import { vereisStand } from './vereis';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';

type Stand = { readonly status: 'onbekend' } | { readonly status: 'open' | 'besloten'; readonly zaak: { readonly zaakId: string } };
const woorden = { eersteStap: 'open eerst de zaak' };
const regels = new Regels('test');

describe('Awb kernel: the guard every step opens with, in the context’s words', () => {
  it('refuses an unknown case, another case’s stream and a step out of order, under the context’s prefix', () => {
    const open: Stand = { status: 'open', zaak: { zaakId: 'z-1' } };
    expect(vereisStand(regels, woorden, open, 'z-1', ['open'], 'Besluit na opening')).toBe(open);
    expect(() => vereisStand(regels, woorden, { status: 'onbekend' } as Stand, 'z-1', ['open'], 'x')).toThrow(
      expect.objectContaining({ rule: 'test/zaak-onbekend', field: 'zaakId', message: 'Er is geen zaak z-1: open eerst de zaak' }),
    );
    expect(() => vereisStand(regels, woorden, open, 'z-2', ['open'], 'x')).toThrow(expect.objectContaining({ rule: 'test/andere-zaak', field: 'zaakId' }));
    expect(() => vereisStand(regels, woorden, open, 'z-1', ['besloten'], 'Dit volgt op het besluit')).toThrow(
      expect.objectContaining({ rule: 'test/stap-in-verkeerde-volgorde', message: 'Dit volgt op het besluit (de zaak staat op: open)' }),
    );
  });

  it('art. 8:81 Awb: a voorlopige voorziening hangs on a pending bezwaar; the judge answers one asked', () => {
    expect(registreerVoorlopigeVoorziening(regels, 'gevraagd', { bezwaar: {}, voorlopigeVoorziening: 'geen' })).toBe('gevraagd');
    expect(() => registreerVoorlopigeVoorziening(regels, 'gevraagd', { voorlopigeVoorziening: 'geen' })).toThrow(expect.objectContaining({ rule: 'test/voorziening-zonder-bezwaar', field: 'stap' }));
    expect(() => registreerVoorlopigeVoorziening(regels, 'toegewezen', { bezwaar: {}, voorlopigeVoorziening: 'geen' })).toThrow(expect.objectContaining({ rule: 'test/voorziening-niet-gevraagd' }));
  });
});
