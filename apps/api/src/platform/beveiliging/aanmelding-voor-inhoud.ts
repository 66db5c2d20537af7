import { InvalidToken, type TokenVerifier } from '@handhaving/auth';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { bearerToken, MELD_U_AAN } from '../auth/bearer-token';
import { REGEL_VAN_IMPORT } from '../logging/request-log-level';
import { clientAdres, type Begrenzer } from './begrenzer';
import { isDocumentatie, isGezondheid, isOpenbaar } from './openbare-paden';
import { TeVeelVerzoeken, Unauthenticated } from '../problem-details/api-errors';

/**
 * Runs before the body parsers: a request to a route that needs a token is authenticated before
 * a byte of its body is read, so an anonymous caller cannot make the API buffer and parse up to
 * JSON_BODY_LIMIT_MB. The token is verified here (the verifier caches it; the guard checks it
 * again with the roles), and the rate limits are counted here, also before the body:
 * per user on authenticated routes, per client address on the agenda feed and on tokens that
 * fail verification. A refusal with a body still on its way closes the connection, so the rest of
 * it is not even drained. Lines of an import were counted with their import request and pass.
 */
export function aanmeldingVoorInhoud(verifier: TokenVerifier, begrenzer: Begrenzer): RequestHandler {
  const controleer = async (request: Request): Promise<void> => {
    if ((request as Request & { [REGEL_VAN_IMPORT]?: boolean })[REGEL_VAN_IMPORT] === true) return;
    if (isOpenbaar(request.path)) {
      if (!isGezondheid(request.path) && !isDocumentatie(request.path)) await begrenzer.tel('publicPerIp', clientAdres(request));
      return;
    }
    const token = bearerToken(request.headers.authorization);
    // No token costs nothing to refuse (no signature, no key lookup, no body): not counted.
    if (token === undefined) throw new Unauthenticated(MELD_U_AAN);
    let userId: string;
    try {
      userId = (await verifier.verify(token)).userId;
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      await begrenzer.tel('failedAuthPerIp', clientAdres(request));
      throw new Unauthenticated(error.message);
    }
    await begrenzer.tel('perUser', userId);
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    controleer(request).then(
      () => next(),
      (error: unknown) => {
        if (error instanceof TeVeelVerzoeken) response.setHeader('Retry-After', String(error.retryAfterSeconds));
        if (heeftInhoud(request)) response.setHeader('Connection', 'close');
        next(error);
      },
    );
  };
}

function heeftInhoud(request: Request): boolean {
  const lengte = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (lengte !== undefined && lengte !== '0');
}
