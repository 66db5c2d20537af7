import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { IsJaartal } from '../validation/is-jaartal';
import { InvalidInput } from '../problem-details/api-errors';
import { IsKalenderdatum } from '../validation/is-kalenderdatum';
import { Weglaatbaar } from '../validation/weglaatbaar';

/**
 * How every context's figures are asked: a gemeente, a year or van and tot, as known now or on a
 * day (`bekendOp`), JSON or CSV, and `na` to wait for one's own last step (read your writes).
 */
export class CijfersRequest {
  @ApiProperty({ example: 'GM0928' })
  @Matches(/^GM\d{4}$/, { message: 'gemeente moet een CBS gemeentecode zijn, bijvoorbeeld GM0928' })
  gemeente!: string;

  @ApiPropertyOptional({ example: 2020, description: 'Een kalenderjaar (1980 tot en met 2100); of geef van en tot' })
  @Weglaatbaar()
  @IsJaartal()
  jaar?: number;

  @ApiPropertyOptional({ example: '2020-01-01' })
  @Weglaatbaar()
  @IsKalenderdatum('van')
  van?: string;

  @ApiPropertyOptional({ example: '2020-12-31' })
  @Weglaatbaar()
  @IsKalenderdatum('tot')
  tot?: string;

  @ApiPropertyOptional({ example: '2021-01-15', description: 'De cijfers zoals ze op die dag bekend waren ("zoals toen gerapporteerd"); zonder: zoals nu bekend' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], example: 'json' })
  @Weglaatbaar()
  @IsIn(['json', 'csv'], { message: 'formaat moet json of csv zijn' })
  formaat?: 'json' | 'csv';

  @ApiPropertyOptional({ example: '42', description: 'Wacht (hoogstens 5 s) tot deze positie verwerkt is' })
  @Weglaatbaar()
  @Matches(/^\d{1,30}$/, { message: 'na moet een positie zijn (een geheel getal)' })
  na?: string;
}

/** The period asked: a calendar year, or van through tot; both or neither is a 400 naming `jaar`. */
export function periode(query: Pick<CijfersRequest, 'jaar' | 'van' | 'tot'>): { van: string; tot: string } {
  if (query.jaar !== undefined && query.van === undefined && query.tot === undefined) return { van: `${query.jaar}-01-01`, tot: `${query.jaar}-12-31` };
  if (query.jaar === undefined && query.van !== undefined && query.tot !== undefined && query.van <= query.tot) return { van: query.van, tot: query.tot };
  throw new InvalidInput([{ field: 'jaar', rule: 'periode', detail: 'Geef een jaar, of van en tot (van niet na tot)' }]);
}

/** The year of figures that go per calendar year only (meldingen, flexteam): a `jaar`, never `van` and `tot`. `wat` names them in the refusal. */
export function alleenJaar(query: Pick<CijfersRequest, 'jaar' | 'van' | 'tot'>, wat: string): number {
  if (query.jaar === undefined || query.van !== undefined || query.tot !== undefined) {
    throw new InvalidInput([{ field: 'jaar', rule: 'jaar', detail: `Geef een jaar (JJJJ): de ${wat} gaan per kalenderjaar, niet over van en tot` }]);
  }
  return query.jaar;
}
