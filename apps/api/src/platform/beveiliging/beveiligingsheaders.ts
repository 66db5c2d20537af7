import helmet from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { webUiHeaders } from '@handhaving/web-beveiliging';
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

/** Swagger UI at /api/docs: its scripts and stylesheet come from the API itself, "Try it out" calls the API. */
const swaggerUi = webUiHeaders();

/**
 * The security headers of every answer of the API, the CSP relaxed for Swagger UI's page and
 * assets only. An answer of the API is about cases, people and figures of today: `no-store`, so
 * no proxy or browser keeps it (Swagger UI's own files may be cached).
 */
export function beveiligingsheaders(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (isSwaggerUi(request.path)) return swaggerUi(request, response, next);
    response.setHeader('Cache-Control', 'no-store');
    api(request, response, next);
  };
}
