import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { magGemeente, type Principal } from '@handhaving/auth';
import { damoclesContext, damoclesDecider, type DamoclesEvent } from '@handhaving/domain-damocles';
import { dwangsomContext, dwangsomDecider, type DwangsomEvent } from '@handhaving/domain-dwangsom';
import {
  kamerverhuurregisterContext,
  kamerverhuurtrajectContext,
  kamerverhuurvergunningContext,
  registerDecider,
  trajectDecider,
  vergunningDecider,
  type RegisterEvent,
  type TrajectEvent,
  type VergunningEvent,
} from '@handhaving/domain-kamerverhuur';
import { fold, leesPand, pandSleutel, type Pand } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import { PAND_DOSSIER_PROJECTIE, pandDossier, type BibobInDossier, type ControleInDossier, type MeldingInDossier, type VerzoekInDossier } from '@handhaving/read-models';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { toDomainEvent } from '../../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import {
  damocleszaak,
  dwangsomzaak,
  registerinschrijving,
  trajectzaak,
  vergunningzaak,
  type Damocleszaak,
  type Dwangsomzaak,
  type Registerinschrijving,
  type Trajectzaak,
  type Vergunningzaak,
} from './pand-dossier-weergave';
import { PandDossierRequest } from './pand-dossier.request.dto';
import { pandInvoer } from '../../pand.request.dto';

export interface PandDossier {
  readonly gemeente: string;
  /** The day asked: every case as known at its end (what was recorded through that day). */
  readonly op: string;
  readonly pand: {
    readonly sleutel: string;
    readonly identiteit: Pand;
    /** The keys read as this pand on that day: the key asked, and the BAG id and addresses linked to it. */
    readonly sleutels: readonly string[];
  };
  readonly kamerverhuur: {
    readonly register: readonly Registerinschrijving[];
    readonly vergunningen: readonly Vergunningzaak[];
    readonly trajecten: readonly Trajectzaak[];
  };
  readonly damocles: readonly Damocleszaak[];
  readonly dwangsom: readonly Dwangsomzaak[];
  /** Its meldingen: bron, categorie, meldingsdatum, open or gesloten with the reden; never the melder's words. */
  readonly meldingen: readonly MeldingInDossier[];
  readonly flexteam: {
    /** The controls that planned or visited it: the day planned, status, the visit with each finding's vervolg. */
    readonly controles: readonly ControleInDossier[];
    /** The requests sent about it (to the BRP, to bouw- en woningtoezicht): to whom, answer due, uitkomst. */
    readonly verzoeken: readonly VerzoekInDossier[];
  };
  /** That a Bibob toets names the pand: its id, startdatum, open or afgesloten; never what it holds (the `bibob` role reads the toets). */
  readonly bibob: readonly BibobInDossier[];
}

/**
 * Everything the gemeente knows about a pand across kamerverhuur, Damocles, dwangsom, meldingen
 * and the flexteam on a day (issue 14, item 4; issue 15, item 4; the flexteam's address dossier,
 * docs/flexteam.md). The read model `panden.pand-dossier` says which cases are about the pand;
 * each is folded from its own stream as known at the end of the day asked, so a later case or
 * step is not in an earlier dossier. Meldingen, controls and requests are kept whole in the read
 * model with the day each step was recorded, and read from it as known that day; of a Bibob toets
 * whose start names the pand only that it exists (art. 28 Wet Bibob keeps the rest to the `bibob` role). A gemeente's dossier is its own: asked for a gemeente the caller does not work for, the
 * pand is not found (404), as another gemeente's case is.
 */
@ApiTags('panden')
@ApiBearerAuth()
@Controller('panden/dossier')
export class PandDossierController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  // Who works a pand's cases or visits it: the juridisch medewerker, the toezichthouder (the
  // flexteam's address dossier), beheer. Not the analist: figures need no per-address profile.
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({
    summary: 'Het dossier van een pand op een datum: register, vergunningen, trajecten, Damocles- en dwangsomzaken, meldingen, flexteamcontroles en verzoeken',
    description:
      'Per context de zaken over het pand (adres of BAG-id, met de daaraan gekoppelde adressen), elk zoals aan het eind van die dag bekend: ' +
      'status, datums en categorieën, geen vrije tekst. Een dwangsomzaak staat bij het pand van de zaak waaruit zij voortkwam. ' +
      'Van een Bibob-toets die het pand noemt alleen dat zij bestaat: zaak-id, startdatum, open of afgesloten, nooit de inhoud.',
  })
  async dossier(@Query() query: PandDossierRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    if (!magGemeente(principal, query.gemeente)) throw new NotFound('Pand bestaat niet of valt buiten uw gemeenten');
    const identiteit = leesPand(pandInvoer(query));
    const sleutel = pandSleutel(identiteit);
    const op = query.op ?? vandaag(this.clock);
    await this.readYourWrites.waitFor(query.na, [PAND_DOSSIER_PROJECTIE], response);
    const index = await pandDossier(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, pandSleutel: sleutel, bekendOp: op });

    const register: Registerinschrijving[] = [];
    const vergunningen: Vergunningzaak[] = [];
    const trajecten: Trajectzaak[] = [];
    const damocles: Damocleszaak[] = [];
    const dwangsom: Dwangsomzaak[] = [];
    const bekend = (streamId: string) => this.bekendOp(streamId, query.gemeente, op);
    for (const zaak of index.zaken) {
      switch (zaak.context) {
        case 'kamerverhuurregister': {
          const events = await bekend(kamerverhuurregisterContext.streamId(zaak.zaakId));
          push(register, registerinschrijving(zaak, fold(registerDecider, events.map(toDomainEvent<RegisterEvent>)), op));
          break;
        }
        case 'kamerverhuurvergunning': {
          const events = await bekend(kamerverhuurvergunningContext.streamId(zaak.zaakId));
          push(vergunningen, vergunningzaak(zaak, fold(vergunningDecider, events.map(toDomainEvent<VergunningEvent>))));
          break;
        }
        case 'kamerverhuurtraject': {
          const events = await bekend(kamerverhuurtrajectContext.streamId(zaak.zaakId));
          push(trajecten, trajectzaak(zaak, fold(trajectDecider, events.map(toDomainEvent<TrajectEvent>))));
          break;
        }
        case 'damocles': {
          const events = (await bekend(damoclesContext.streamId(zaak.zaakId))).map(toDomainEvent<DamoclesEvent>);
          push(damocles, damocleszaak(zaak, fold(damoclesDecider, events), events));
          break;
        }
        case 'dwangsom': {
          const events = await bekend(dwangsomContext.streamId(zaak.zaakId));
          push(dwangsom, dwangsomzaak(zaak, fold(dwangsomDecider, events.map(toDomainEvent<DwangsomEvent>))));
          break;
        }
        default: {
          const onbekend: never = zaak.context;
          throw new Error(`Onbekende context in het panddossier: ${String(onbekend)}`);
        }
      }
    }
    const dossier: PandDossier = {
      gemeente: query.gemeente,
      op,
      pand: { sleutel, identiteit, sleutels: index.pandSleutels },
      kamerverhuur: { register, vergunningen, trajecten },
      damocles,
      dwangsom,
      meldingen: index.meldingen,
      flexteam: { controles: index.controles, verzoeken: index.verzoeken },
      bibob: index.bibob,
    };
    response.json(dossier);
  }

  /** The case's events recorded through the end of `op`; none when its stream is another gemeente's. */
  private async bekendOp(streamId: string, gemeente: string, op: string): Promise<readonly RecordedEvent[]> {
    const recorded = await this.store.readStream(streamId);
    if (recorded[0]?.metadata.gemeente !== gemeente) return [];
    return recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= op);
  }
}

function push<T>(lijst: T[], zaak: T | undefined): void {
  if (zaak !== undefined) lijst.push(zaak);
}
