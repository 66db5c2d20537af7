import helmet from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isSwaggerUi } from './openbare-paden';

/**
 * Every answer of the API is JSON, problem+json or iCalendar: nothing in it is to be run,
 * styled, framed or loaded from, so its CSP allows nothing. Besides: nosniff, no framing
 * (CSP frame-ancestors and X-Frame-Options), no referrer, HSTS (a browser heeds it over TLS
 * only), no X-Powered-By. Helmet's other defaults stand.
 */
const api = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
  frameguard: { action: 'deny' },
});

/**
 * Swagger UI at /api/docs: its scripts and stylesheet come from the API itself; its page has
 * inline <style> blocks and style attributes (so 'unsafe-inline' for styles only, never for
 * scripts); its icons are data: URLs; "Try it out" calls the API (connect-src 'self').
 */
const swaggerUi = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
});

/** The security headers of every answer of the API, the CSP relaxed for Swagger UI's page and assets only. */
export function beveiligingsheaders(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => (isSwaggerUi(request.path) ? swaggerUi : api)(request, response, next);
}
