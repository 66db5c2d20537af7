import type { INestApplication } from '@nestjs/common';
import type { Express, NextFunction, Request, Response } from 'express';
import { webUiHeaders } from '@handhaving/web-beveiliging';
import type { ServerResponse } from 'node:http';

/**
 * Security headers on every answer of the scheduler: its queue board (/admin/queues) and its
 * health check, as for any web page of the product (webUiHeaders). The board is a single-page app
 * whose scripts, stylesheet and chunks come from the scheduler itself; its configuration is a JSON
 * <script> block, which is data and runs under no policy. It asks Google Fonts for its typeface: not
 * allowed, so the browser tells Google nothing and the board falls back to a system font. No
 * X-Powered-By.
 */
export function beveiligingsheaders(app: INestApplication): void {
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');
  app.use(zonderPoweredBy);
  app.use(webUiHeaders());
}

/**
 * The board is an Express app of its own (@bull-board/express), which sets X-Powered-By again
 * after helmet removed it: taken off just before the head of any answer is written.
 */
function zonderPoweredBy(_request: Request, response: Response, next: NextFunction): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    this.removeHeader('X-Powered-By');
    return (writeHead as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.writeHead;
  next();
}
