import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { heeftRol, InvalidToken, TokenVerifier, type Principal } from '@handhaving/auth';
import type { EventStore } from '@handhaving/event-store';
import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { HerinneringenService } from '../herinneringen/herinneringen.service';
import { EventStoreToken } from '../platform/tokens';
import { boardBody } from './board-body';
import { antwoordProbleem } from './probleem';
import { isWachtrijActie, leesActie, legWachtrijActieVast } from './wachtrij-audit';

export const BEHEER_PAD = '/admin/queues';
const COOKIE = 'handhaving_beheer';

/** The role the board asks: it shows and moves the reminders of every gemeente at once. */
export const BOARD_ROL = 'installatiebeheer';

/**
 * The queue board (@bull-board): failed reminders, their errors and a retry button. One queue
 * holds the reminders of every gemeente and the board cannot show part of it, so it is for the
 * installation-wide role `installatiebeheer` only; a gemeente's `beheer` is refused. A browser
 * sends no bearer token with the board's own requests, so a token given once (header, or
 * `?token=` in the address bar) is kept in an HttpOnly cookie for this path. Bodies are read by
 * {@link boardBody}; every action that changes something is recorded (wachtrij-audit.ts) before
 * the board carries it out.
 */
export function mountBullBoard(app: INestApplication): void {
  const service = app.get(HerinneringenService);
  const verifier = app.get(TokenVerifier);
  const store = app.get<EventStore>(EventStoreToken);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BEHEER_PAD);
  createBullBoard({ queues: [new BullMQAdapter(service.queue)], serverAdapter });
  app.use(BEHEER_PAD, alleenInstallatiebeheer(verifier), boardBody, legActieVast(store), serverAdapter.getRouter());
}

function alleenInstallatiebeheer(verifier: TokenVerifier) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const header = request.headers.authorization;
    const uitHeader = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const uitQuery = typeof request.query['token'] === 'string' ? request.query['token'] : undefined;
    const uitCookie = cookie(request.headers.cookie, COOKIE);
    const token = uitHeader ?? uitQuery ?? uitCookie;
    if (!token) return antwoordProbleem(response, 401, `Stuur een token (Authorization: Bearer …, of ?token=… in de adresbalk) met de rol ${BOARD_ROL}`);
    try {
      const principal = await verifier.verify(token);
      if (!heeftRol(principal, BOARD_ROL)) {
        return antwoordProbleem(
          response,
          403,
          `Alleen de rol ${BOARD_ROL} mag de wachtrijen zien: ze bevatten de herinneringen van alle gemeenten van deze installatie, ook als uw token (${principal.rollen.join(', ') || 'geen rollen'}) beheer van een gemeente geeft`,
        );
      }
      response.locals['principal'] = principal;
      if (uitQuery !== undefined || uitHeader !== undefined) {
        response.cookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', path: BEHEER_PAD, secure: request.secure });
      }
      next();
    } catch (error) {
      if (error instanceof InvalidToken) return antwoordProbleem(response, 401, error.message);
      next(error);
    }
  };
}

/** Records an action that changes something, then lets the board carry it out; a read goes through. */
function legActieVast(store: EventStore) {
  const logger = new Logger('Wachtrijbeheer');
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (!isWachtrijActie(request.method, request.path)) return next();
    const principal = response.locals['principal'] as Principal;
    const actie = leesActie(request.method, request.path, request.baseUrl);
    const correlationId = randomUUID();
    try {
      await legWachtrijActieVast(store, principal, actie, correlationId);
    } catch (error) {
      logger.error(`Actie op de wachtrij niet vastgelegd, dus niet uitgevoerd: ${(error as Error).message}`);
      return antwoordProbleem(response, 503, 'De actie kon niet worden vastgelegd en is daarom niet uitgevoerd; probeer het later opnieuw');
    }
    logger.log(`${principal.userId}: ${actie.methode} ${actie.actie}${actie.wachtrij ? ` op ${actie.wachtrij}` : ''}${actie.jobId ? ` job ${actie.jobId}` : ''}${actie.jobstatus ? ` (${actie.jobstatus})` : ''}`);
    next();
  };
}

function cookie(header: string | undefined, naam: string): string | undefined {
  for (const deel of header?.split(';') ?? []) {
    const [sleutel, ...waarde] = deel.trim().split('=');
    if (sleutel === naam) return decodeURIComponent(waarde.join('='));
  }
  return undefined;
}
