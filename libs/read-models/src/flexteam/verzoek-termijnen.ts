import { verzoekContext, type VerzoekEvent } from '@handhaving/domain-flexteam';
import type { Termijnboek, Termijnvertaler } from '../termijnen/deadline';

/*
 * The term of an outgoing request on the shared deadline list (docs/flexteam.md, "Vervolg"): the
 * antwoordtermijn runs from the day the request is sent to the day its answer is asked by
 * (`antwoordUiterlijk`, the gemeente's own weeks: not a legal term, so not extended past a weekend
 * or holiday); voldaan by the answer. The medewerker who sent it gets the reminders.
 */

export const verzoekTermijnen: Termijnvertaler = { context: verzoekContext, eventTypes: ['VerzoekVerstuurd', 'VerzoekBeantwoord'], vertaal };

const AAN = { brp: 'de BRP (adresonderzoek)', 'bouw-en-woningtoezicht': 'bouw- en woningtoezicht' } as const;

async function vertaal(boek: Termijnboek): Promise<void> {
  const event = { ...(boek.recorded.data as object), type: boek.recorded.type } as VerzoekEvent;
  switch (event.type) {
    case 'VerzoekVerstuurd':
      boek.zaakGemeente(event.gemeente);
      if ((await boek.lees('antwoordtermijn')) !== null) return; // replayed
      await boek.start(
        'antwoordtermijn',
        event.antwoordUiterlijk,
        `antwoord van ${AAN[event.aan]} uiterlijk ${event.antwoordUiterlijk}\n  verzoek verstuurd op ${event.datum}, ${event.antwoordtermijnInWeken} weken (termijn van de gemeente, geen wettelijke termijn: niet verlengd)`,
        { betreft: `${event.herkomst.bevinding} in ${event.pandSleutel}, flexteamcontrole ${event.herkomst.zaakId}` },
      );
      return;
    case 'VerzoekBeantwoord':
      await boek.sluit('antwoordtermijn', 'voldaan', `beantwoord op ${event.datum}: ${event.uitkomst}`);
      return;
  }
}
