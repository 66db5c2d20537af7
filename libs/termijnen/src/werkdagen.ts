import { type Kalender, standaardKalender } from './kalender';
import { formatDagnummer, type Kalenderdatum, parseDagnummer } from './kalenderdatum';
import { TermijnFout } from './termijn-fout';

/*
 * A werkdag is a day that is no Saturday, Sunday or general holiday in the sense of the Atw
 * (art. 3): the same days the Atw extends terms past, so a reminder "5 werkdagen vóór het
 * einde" never lands on a day the term itself could not end on.
 */

export function isWerkdag(datum: string, kalender: Kalender = standaardKalender()): boolean {
  return kalender.isWerkdagOp(parseDagnummer(datum));
}

/** The `aantal`-th werkdag after `datum` (the day itself not counted); 0 gives `datum` back. */
export function werkdagenNa(datum: string, aantal: number, kalender: Kalender = standaardKalender()): Kalenderdatum {
  return formatDagnummer(stap(parseDagnummer(datum), aantal, 1, kalender));
}

/** The `aantal`-th werkdag before `datum` (the day itself not counted); 0 gives `datum` back. */
export function werkdagenVoor(datum: string, aantal: number, kalender: Kalender = standaardKalender()): Kalenderdatum {
  return formatDagnummer(stap(parseDagnummer(datum), aantal, -1, kalender));
}

/** `datum` when it is a werkdag, otherwise the first werkdag after it. */
export function eersteWerkdagVanaf(datum: string, kalender: Kalender = standaardKalender()): Kalenderdatum {
  let dag = parseDagnummer(datum);
  while (!kalender.isWerkdagOp(dag)) dag++;
  return formatDagnummer(dag);
}

function stap(van: number, aantal: number, richting: 1 | -1, kalender: Kalender): number {
  if (!Number.isInteger(aantal) || aantal < 0) {
    throw new TermijnFout('ongeldige-invoer', `Aantal werkdagen moet een heel getal van 0 of meer zijn, niet ${aantal} (invalid number of working days)`, 'aantal');
  }
  let dag = van;
  for (let geteld = 0; geteld < aantal; ) {
    dag += richting;
    if (kalender.isWerkdagOp(dag)) geteld++;
  }
  return dag;
}
