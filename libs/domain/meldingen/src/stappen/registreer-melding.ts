import type { RegistreerMelding } from '../melding.commands';
import { BRONNEN, CATEGORIEEN, categorieenVan, type MeldingEvent, type Plaats } from '../melding.events';
import type { MeldingState } from '../melding.state';
import { geregistreerdOp, meldingRegels, pandIn } from '../regels/melding-regels';
import { verzegeldOfNiets } from '../verzegelde-inhoud';

/**
 * A signal comes in: from which source, in which category (the source's own list), about a pand or
 * an area, made on which day. It is recorded on or after the day it was made, never ahead of today.
 */
export function registreerMelding(command: RegistreerMelding, state: MeldingState): readonly MeldingEvent[] {
  const regels = meldingRegels(command);
  if (state.status !== 'onbekend') regels.weiger('melding-bestaat-al', `Melding ${command.zaakId} is al geregistreerd`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928)', 'gemeente');
  const bron = regels.keuze(command.bron, BRONNEN, 'bron-onbekend', 'bron', 'bron');
  const categorie = regels.keuze(command.categorie, CATEGORIEEN, 'categorie-onbekend', 'categorie', 'categorie');
  if (!categorieenVan(bron).includes(categorie)) {
    regels.weiger('categorie-past-niet-bij-bron', `De categorie ${categorie} hoort niet bij de bron ${bron}: kies ${categorieenVan(bron).join(', ')}`, 'categorie');
  }
  const plaats = plaatsVan(regels, command.plaats);
  regels.datum(command.meldingsdatum, 'meldingsdatum');
  regels.volgorde(command.meldingsdatum, command.datum, 'datum', 'Een melding wordt geregistreerd op of na de dag dat zij gedaan is');
  const omschrijving = verzegeldOfNiets(regels, command.omschrijving, 'omschrijving');
  return [
    {
      type: 'MeldingGeregistreerd',
      zaakId: command.zaakId,
      gemeente,
      bron,
      categorie,
      plaats,
      meldingsdatum: command.meldingsdatum,
      ...(omschrijving === undefined ? {} : { omschrijving }),
      datum: command.datum,
      door: command.door,
      geregistreerdOp: geregistreerdOp(command),
    },
  ];
}

function plaatsVan(regels: ReturnType<typeof meldingRegels>, plaats: RegistreerMelding['plaats'] | undefined): Plaats {
  switch (plaats?.soort) {
    case 'pand':
      return { soort: 'pand', pand: pandIn(plaats.pand, 'plaats.pand') };
    case 'gebied':
      return { soort: 'gebied', omschrijving: regels.tekst(plaats.omschrijving, 'gebied-ontbreekt', 'Omschrijf het gebied (straat, buurt, park) waar de melding over gaat', 'plaats.omschrijving') };
    default:
      return regels.weiger('plaats-onbekend', 'Een melding gaat over een pand ({ soort: "pand", pand }) of een gebied ({ soort: "gebied", omschrijving })', 'plaats.soort');
  }
}
