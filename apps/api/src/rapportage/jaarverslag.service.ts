import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { gemeentenaam } from '@handhaving/policy';
import type { Jaarverslag } from '@handhaving/rapportage';
import { ClockToken, type Clock } from '../platform/clock/clock';
import type { HoofdstukMaker, Rapportvraag } from './hoofdstuk-maker';
import { HOOFDSTUKKEN } from './hoofdstukken';

/** How many years a trend chart looks back, the report's own year included. */
export const TRENDJAREN = 5;

export interface JaarverslagVraag {
  readonly gemeente: string;
  readonly jaar: number;
  readonly bekendOp?: string;
}

/** Makes the annual report: every registered chapter for one gemeente and year, as known now and, on request, as reported on a day. */
@Injectable()
export class JaarverslagService implements OnModuleInit {
  private makers: readonly HoofdstukMaker[] = [];

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  /** Once every module is built: in the constructor a chapter could still be a placeholder without its dependencies. */
  onModuleInit(): void {
    this.makers = HOOFDSTUKKEN.map((maker) => this.moduleRef.get(maker, { strict: false }));
  }

  async maak(vraag: JaarverslagVraag, voortgang?: (hoofdstuk: string) => void): Promise<Jaarverslag> {
    const rapportvraag: Rapportvraag = {
      gemeente: vraag.gemeente,
      van: `${vraag.jaar}-01-01`,
      tot: `${vraag.jaar}-12-31`,
      jaar: vraag.jaar,
      ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }),
      trendjaren: Array.from({ length: TRENDJAREN }, (_, index) => vraag.jaar - TRENDJAREN + 1 + index),
    };
    const hoofdstukken = [];
    for (const maker of this.makers) {
      voortgang?.(maker.id);
      hoofdstukken.push(await maker.maak(rapportvraag));
    }
    const naam = gemeentenaam(vraag.gemeente);
    return {
      gemeente: vraag.gemeente,
      ...(naam === undefined ? {} : { gemeentenaam: naam }),
      periode: { van: rapportvraag.van, tot: rapportvraag.tot, jaar: vraag.jaar },
      ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }),
      gemaaktOp: this.clock.now().toISOString(),
      hoofdstukken,
    };
  }
}
