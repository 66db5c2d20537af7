import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { beveilig } from './platform/beveiliging/beveilig';
import { JSON_BODY_LIMIT_MB, refuseNonJsonBodies, refuseUnsafeJsonBodies, typeBodyParserErrors } from './platform/validation/json-body';
import { createValidationPipe } from './platform/validation/validation.pipe';

/** What both `main.ts` and the end-to-end tests apply to the app, so tests run the real thing. */
export function configureApp(app: INestApplication): void {
  // ETag is the stream revision (If-Match); Express must not add body-hash ETags of its own.
  app.getHttpAdapter().getInstance().set('etag', false);
  // Security headers, then authentication and rate limits: before a body is read.
  beveilig(app);
  // Only JSON bodies: another type is a 415 before any parser reads it (no form-encoded commands).
  app.use(refuseNonJsonBodies);
  (app as NestExpressApplication).useBodyParser('json', { limit: `${JSON_BODY_LIMIT_MB}mb` });
  // Right after the parsers, before guards and validation.
  app.use(typeBodyParserErrors);
  app.use(refuseUnsafeJsonBodies);
  app.setGlobalPrefix('api', { exclude: ['health/live', 'health/ready'] });
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('Handhaving API')
      .setDescription(
        'Opdrachten en vragen voor handhavingszaken van de afdeling Openbare Orde en Veiligheid. ' +
          'Fouten zijn RFC 9457 problem+json. Optimistische concurrency via ETag/If-Match; ' +
          'herhaalde opdrachten met dezelfde Idempotency-Key voegen niets twee keer toe; ' +
          'dezelfde sleutel met een andere opdracht geeft 422 (idempotency-key/andere-inhoud).',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
