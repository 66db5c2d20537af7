import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from './platform/validation/validation.pipe';

/** What both `main.ts` and the end-to-end tests apply to the app, so tests run the real thing. */
export function configureApp(app: INestApplication): void {
  // ETag is the stream revision (If-Match); Express must not add body-hash ETags of its own.
  app.getHttpAdapter().getInstance().set('etag', false);
  // An import request carries up to 1,000 commands (a policy alone is a few kB): more than Express's 100 kB default.
  (app as NestExpressApplication).useBodyParser('json', { limit: '8mb' });
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
          'herhaalde opdrachten met dezelfde Idempotency-Key voegen niets twee keer toe.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
