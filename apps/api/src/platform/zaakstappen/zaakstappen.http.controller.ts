import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res, type Type } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../commands/command-http';
import type { CommandOutcome } from '../commands/command-pipeline';
import type { ApiZaakcontext, Stapdefinitie } from './api-zaakcontext';
import { VoerZaakstapUitCommand } from './voer-zaakstap-uit.command';

type Stapmethode = (zaakId: string, body: object, principal: Principal, request: Request, response: Response) => Promise<void>;

/**
 * The step endpoints of a registered context, one `POST /api/{context}/zaken/{zaakId}/{pad}` per
 * step, built from its definition: the request DTO validated at the edge, the step's summary in
 * the OpenAPI document, the context's roles, If-Match and Idempotency-Key as on every command.
 */
export function zaakstappenController(definitie: ApiZaakcontext): Type<unknown> {
  @ApiTags(definitie.tag)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'De ETag van de zaak die u las; een andere versie geeft 412' })
  @ApiIdempotencyKey()
  @Controller(`${definitie.context.naam}/zaken/:zaakId`)
  @Roles(...definitie.rollen)
  class ZaakstappenController {
    constructor(@Inject(CommandBus) readonly commandBus: CommandBus) {}
  }
  Object.defineProperty(ZaakstappenController, 'name', { value: `${hoofdletter(definitie.context.naam)}ZaakstappenController` });
  for (const stap of definitie.stappen) voegStapToe(ZaakstappenController.prototype, definitie, stap);
  return ZaakstappenController;
}

function voegStapToe(prototype: { commandBus: CommandBus }, definitie: ApiZaakcontext, stap: Stapdefinitie): void {
  const naam = camel(stap.pad);
  const methode: Stapmethode = async function (this: { commandBus: CommandBus }, zaakId, body, principal, request, response) {
    const opdracht = new VoerZaakstapUitCommand(
      definitie.context,
      definitie.zaakIdUit?.(zaakId) ?? zaakId,
      { type: stap.opdracht, ...body },
      principal,
      commandHeaders(request),
      stap.aanvullen,
      stap.betrokkenen?.(body as Readonly<Record<string, unknown>>),
    );
    sendOutcome(response, await this.commandBus.execute<VoerZaakstapUitCommand, CommandOutcome>(opdracht), false);
  };
  // Nest and its OpenAPI explorer find a route's metadata by the method's own name.
  Object.defineProperty(methode, 'name', { value: naam });
  Object.defineProperty(prototype, naam, { value: methode, writable: true, configurable: true });
  // What TypeScript would emit for a written method: the body's class is what the ValidationPipe checks and OpenAPI shows.
  Reflect.defineMetadata('design:paramtypes', [String, stap.request, Object, Object, Object], prototype, naam);
  Param('zaakId')(prototype, naam, 0);
  Body()(prototype, naam, 1);
  CurrentPrincipal()(prototype, naam, 2);
  Req()(prototype, naam, 3);
  Res()(prototype, naam, 4);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, naam) as PropertyDescriptor;
  for (const decorator of [Post(stap.pad), HttpCode(200), ApiOperation({ summary: stap.samenvatting, ...(stap.beschrijving ? { description: stap.beschrijving } : {}) })]) {
    decorator(prototype, naam, descriptor);
  }
}

function camel(pad: string): string {
  return pad.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
