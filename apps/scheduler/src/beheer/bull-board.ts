import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { heeftRol, InvalidToken, TokenVerifier } from '@handhaving/auth';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { HerinneringenService } from '../herinneringen/herinneringen.service';

export const BEHEER_PAD = '/admin/queues';
const COOKIE = 'handhaving_beheer';

/**
 * The queue board (@bull-board) for role `beheer` only: failed reminders, their errors and a
 * retry button. A browser sends no bearer token with the board's own requests, so a token given
 * once (header, or `?token=` in the address bar) is kept in an HttpOnly cookie for this path.
 */
export function mountBullBoard(app: INestApplication): void {
  const service = app.get(HerinneringenService);
  const verifier = app.get(TokenVerifier);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(BEHEER_PAD);
  createBullBoard({ queues: [new BullMQAdapter(service.queue)], serverAdapter });
  app.use(BEHEER_PAD, alleenBeheer(verifier), serverAdapter.getRouter());
}

function alleenBeheer(verifier: TokenVerifier) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const header = request.headers.authorization;
    const uitHeader = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const uitQuery = typeof request.query['token'] === 'string' ? request.query['token'] : undefined;
    const uitCookie = cookie(request.headers.cookie, COOKIE);
    const token = uitHeader ?? uitQuery ?? uitCookie;
    const weiger = (status: number, detail: string): void => {
      response.status(status).type('application/problem+json').json({ type: 'about:blank', title: status === 401 ? 'Niet aangemeld' : 'Geen toegang', status, detail });
    };
    if (!token) return weiger(401, 'Stuur een token (Authorization: Bearer …, of ?token=… in de adresbalk) met de rol beheer');
    try {
      const principal = await verifier.verify(token);
      if (!heeftRol(principal, 'beheer')) return weiger(403, 'Alleen de rol beheer mag de wachtrijen zien');
      if (uitQuery !== undefined || uitHeader !== undefined) {
        response.cookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', path: BEHEER_PAD, secure: request.secure });
      }
      next();
    } catch (error) {
      if (error instanceof InvalidToken) return weiger(401, error.message);
      next(error);
    }
  };
}

function cookie(header: string | undefined, naam: string): string | undefined {
  for (const deel of header?.split(';') ?? []) {
    const [sleutel, ...waarde] = deel.trim().split('=');
    if (sleutel === naam) return decodeURIComponent(waarde.join('='));
  }
  return undefined;
}
