import type { INestApplication } from '@nestjs/common';
import { TokenVerifier } from '@handhaving/auth';
import type { Express } from 'express';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { aanmeldingVoorInhoud } from './aanmelding-voor-inhoud';
import { Begrenzer } from './begrenzer';
import { beveiligingsheaders } from './beveiligingsheaders';
import { VensterTeller } from './venster-teller';

/**
 * The first middleware of the API, before the body parsers (configureApp): security headers on
 * every answer, then authentication and rate limits before any body is read. The counts live in
 * this process (see VensterTeller).
 */
export function beveilig(app: INestApplication): void {
  const config = app.get<ApiConfig>(ApiConfigToken);
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  express.set('trust proxy', config.rateLimits.trustProxy);
  app.use(beveiligingsheaders());
  app.use(aanmeldingVoorInhoud(app.get(TokenVerifier), new Begrenzer(new VensterTeller(), config.rateLimits)));
}
