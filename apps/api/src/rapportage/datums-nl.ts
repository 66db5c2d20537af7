import type { Rapportvraag } from './hoofdstuk-maker';

/** 2021-01-14 → 14-01-2021, as Dutch documents write a date. */
export function datumNl(datum: string): string {
  const [jaar, maand, dag] = datum.split('-');
  return `${dag}-${maand}-${jaar}`;
}

/** "1-1-2020 t/m 31-12-2020", as the Uitvoeringsplan heads its tables. */
export function periodeNl(vraag: Pick<Rapportvraag, 'van' | 'tot'>): string {
  const kort = (datum: string): string => {
    const [jaar, maand, dag] = datum.split('-');
    return `${Number(dag)}-${Number(maand)}-${jaar}`;
  };
  return `${kort(vraag.van)} t/m ${kort(vraag.tot)}`;
}
