import { ATW_ARTIKEL_1_LID_1, ATW_ARTIKEL_2, type AtwVerlenging, type NietWerkdag } from './atw';
import type { Feestdag } from './feestdagen';
import type { OpschortingInUitleg } from './opschorting';
import { formatTermijnlengte } from './termijnlengte';
import type { Uitleg } from './uitleg';
import type { VerdagingInUitleg } from './verdaging';

/**
 * The explanation as Dutch text, one fact a line, for a case worker or a letter:
 *
 *     bezwaartermijn: eindigt 2021-04-14
 *       start 2021-03-04 (dag na bekendmaking 2021-03-03), 6 weken (art. 6:7 Awb)
 *       geen verlenging: 2021-04-14 is een woensdag
 *
 * Built only when asked for, never as part of a computation.
 */
export function renderUitleg(uitleg: Uitleg): string {
  const regels: string[] = [kop(uitleg), aanvangsregel(uitleg)];
  for (const verdaging of uitleg.verdagingen) regels.push(verdagingsregel(verdaging));
  for (const opschorting of uitleg.opschortingen) regels.push(opschortingsregel(opschorting));
  regels.push(...atwRegels(uitleg));
  for (const reden of uitleg.voorlopig) regels.push(`  voorlopig: ${reden}`);
  return regels.join('\n');
}

function kop(uitleg: Uitleg): string {
  const voorlopig = uitleg.voorlopig.length > 0 ? ' (voorlopig)' : '';
  return uitleg.richting === 'terug' ? `${uitleg.naam}: uiterlijk ${uitleg.einde}${voorlopig}` : `${uitleg.naam}: eindigt ${uitleg.einde}${voorlopig}`;
}

function aanvangsregel(uitleg: Uitleg): string {
  const lengte = uitleg.lengte ? `${formatTermijnlengte(uitleg.lengte)}` : `vaste einddatum ${uitleg.vasteEinddatum}`;
  switch (uitleg.aanvang) {
    case 'dag-na-gebeurtenis':
      return `  start ${uitleg.start} (dag na ${uitleg.gebeurtenis.omschrijving} ${uitleg.gebeurtenis.datum}), ${lengte} (${uitleg.grondslag})`;
    case 'dag-zelf':
      return `  start ${uitleg.start} (dag van ${uitleg.gebeurtenis.omschrijving}), ${lengte} (${uitleg.grondslag})`;
    case 'terugrekening':
      return `  teruggerekend vanaf ${uitleg.gebeurtenis.omschrijving} ${uitleg.gebeurtenis.datum}: ${lengte} ervoor (${uitleg.grondslag})`;
    default: {
      const onbekend: never = uitleg.aanvang;
      return `  start ${uitleg.start} (${String(onbekend)})`;
    }
  }
}

function verdagingsregel(verdaging: VerdagingInUitleg): string {
  const werkwoord = verdaging.soort === 'uitstel' ? 'uitgesteld met instemming' : 'verdaagd';
  return `  ${werkwoord} met ${formatTermijnlengte(verdaging.lengte)} tot en met ${verdaging.totEnMet} (${verdaging.grondslag}): ${verdaging.reden}`;
}

function opschortingsregel(opschorting: OpschortingInUitleg): string {
  const periode = opschorting.lopend
    ? `opgeschort sinds ${opschorting.van}, loopt nog (geteld tot en met peildatum ${opschorting.geteldTotEnMet})`
    : `opgeschort ${opschorting.van} tot en met ${opschorting.totEnMet}`;
  const telling = `${opschorting.dagen} ${opschorting.dagen === 1 ? 'dag' : 'dagen'} erbij`;
  const toelichting = opschorting.toelichting ? `; ${opschorting.toelichting}` : '';
  return `  ${periode}: ${telling}${toelichting} (${opschorting.reden})`;
}

function atwRegels(uitleg: Uitleg): string[] {
  const { atw } = uitleg;
  if (!atw.toegepast) {
    const regels = [`  geen verlenging: ${atw.reden}; ${uitleg.einde} is een ${dagOmschrijving(uitleg.eindigtOp.weekdag, uitleg.eindigtOp.feestdag)}`];
    // A named day stays put even on a Sunday or Koningsdag; the case worker should not have to
    // spot that in the weekday name, so it gets a line of its own.
    if (uitleg.vasteEinddatum !== undefined && geenWerkdag(uitleg.eindigtOp)) {
      regels.push(`  let op: ${uitleg.einde} is geen werkdag (${zaterdagZondagOfFeestdag(uitleg.eindigtOp)}); de termijn eindigt toch die dag, zoals het besluit hem noemt`);
    }
    return regels;
  }
  const regels = atw.beleid ? [`  ${atw.reden}`] : [];
  if (atw.verlengingen.length === 0) regels.push(`  geen verlenging: ${uitleg.einde} is een ${dagOmschrijving(uitleg.eindigtOp.weekdag, uitleg.eindigtOp.feestdag)}`);
  for (const verlenging of atw.verlengingen) regels.push(verlengingsregel(verlenging));
  return regels;
}

function verlengingsregel(verlenging: AtwVerlenging): string {
  const dagen = verlenging.overgeslagen.map(nietWerkdagTekst).join(', ');
  switch (verlenging.grondslag) {
    case ATW_ARTIKEL_1_LID_1:
      return `  verlengd tot en met ${verlenging.totEnMet} (${verlenging.grondslag}): ${dagen}`;
    case ATW_ARTIKEL_2: {
      const n = verlenging.werkdagenInTermijn;
      const telling = `de termijn bevatte ${n} ${n === 1 ? 'dag die' : 'dagen die'} geen zaterdag, zondag of feestdag ${n === 1 ? 'is' : 'zijn'}, de wet vraagt er twee`;
      return `  verlengd tot en met ${verlenging.totEnMet} (${verlenging.grondslag}): ${telling}${dagen ? `; ${dagen}` : ''}`;
    }
    default: {
      const onbekend: never = verlenging;
      return `  verlengd (${String(onbekend)})`;
    }
  }
}

function geenWerkdag(dag: Uitleg['eindigtOp']): boolean {
  return dag.weekdag === 'zaterdag' || dag.weekdag === 'zondag' || dag.feestdag !== undefined;
}

function zaterdagZondagOfFeestdag(dag: Uitleg['eindigtOp']): string {
  return dag.feestdag ? `${dag.feestdag.naam}, ${dag.feestdag.grondslag}` : dag.weekdag;
}

function nietWerkdagTekst(dag: NietWerkdag): string {
  return `${dag.datum} is een ${dagOmschrijving(dag.weekdag, dag.feestdag)}`;
}

function dagOmschrijving(weekdag: string, feestdag: Feestdag | undefined): string {
  if (!feestdag) return weekdag;
  const details = [feestdag.naam, feestdag.grondslag];
  if (feestdag.voorlopig) details.push('voorlopig');
  return `${weekdag} (${details.join(', ')})`;
}
