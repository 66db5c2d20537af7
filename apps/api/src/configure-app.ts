import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { beveilig } from './platform/beveiliging/beveilig';
import { JSON_BODY_LIMIT_MB, refuseUnsafeJsonBodies, typeBodyParserErrors } from './platform/validation/json-body';
import { createValidationPipe } from './platform/validation/validation.pipe';

/** What both `main.ts` and the end-to-end tests apply to the app, so tests run the real thing. */
export function configureApp(app: INestApplication): void {
  // ETag is the stream revision (If-Match); Express must not add body-hash ETags of its own.
  app.getHttpAdapter().getInstance().set('etag', false);
  // Security headers, then authentication and rate limits: before a body is read.
  beveilig(app);
  (app as NestExpressApplication).useBodyParser('json', { limit: `${JSON_BODY_LIMIT_MB}mb` });
  // Nest's default, registered here so that its errors too pass the handler below.
  (app as NestExpressApplication).useBodyParser('urlencoded');
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
