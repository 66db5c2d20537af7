import type { Type } from '@nestjs/common';
import { BibobHoofdstuk } from '../bibob/queries/jaarverslag/bibob.hoofdstuk';
import { DamoclesHoofdstuk } from '../damocles/queries/jaarverslag/damocles.hoofdstuk';
import { DwangsomHoofdstuk } from '../dwangsom/queries/jaarverslag/dwangsom.hoofdstuk';
import { FlexteamHoofdstuk } from '../flexteam/queries/jaarverslag/flexteam.hoofdstuk';
import { KamerverhuurHoofdstuk } from '../kamerverhuur/queries/jaarverslag/kamerverhuur.hoofdstuk';
import { MeldingenHoofdstuk } from '../meldingen/queries/jaarverslag/meldingen.hoofdstuk';
import type { HoofdstukMaker } from './hoofdstuk-maker';

/**
 * The chapters of the annual report, in the order of the Uitvoeringsplan. A context adds its
 * chapter by providing and exporting a HoofdstukMaker from its module and naming it here.
 */
export const HOOFDSTUKKEN: readonly Type<HoofdstukMaker>[] = [DamoclesHoofdstuk, BibobHoofdstuk, DwangsomHoofdstuk, KamerverhuurHoofdstuk, MeldingenHoofdstuk, FlexteamHoofdstuk];
