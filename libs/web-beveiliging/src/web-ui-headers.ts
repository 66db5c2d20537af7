import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The security headers of a web page the product serves from its own origin (the API's Swagger
 * UI, the scheduler's queue board): scripts, stylesheets, fonts and data only from that origin;
 * inline styles allowed ('unsafe-inline' for styles only, never for scripts: both UIs put <style>
 * blocks and style attributes in their page); icons as data: URLs; calls to the same origin only;
 * no plugins, no other base or form target; never framed (CSP frame-ancestors and X-Frame-Options,
 * against clickjacking of their buttons). Besides: nosniff, no referrer, HSTS (a browser heeds it
 * over TLS only) — helmet's other defaults.
 */
export function webUiHeaders(): RequestHandler {
  return helmet({
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
}
