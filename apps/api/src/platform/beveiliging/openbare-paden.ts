/**
 * The paths the API answers without a token, by the path alone (before routing): health, the
 * documentation and the agenda feed, the @Public() routes and what SwaggerModule serves. Express
 * matches paths without regard to case or a trailing slash, and so do these. Reading a path as
 * public only lets its body be parsed before the guard runs; the guard still decides who may pass.
 */
const GEZONDHEID = /^\/health\/(live|ready)\/?$/i;
const SWAGGER_UI = /^\/api\/docs(\/.*)?$/i;
const OPENAPI = /^\/api\/docs-(json|yaml)\/?$/i;
const AGENDA = /^\/api\/termijnen\/agenda\/[^/]+\.ics\/?$/i;

/** Health checks of the orchestrator: public, and never rate limited. */
export function isGezondheid(path: string): boolean {
  return GEZONDHEID.test(path);
}

/** Swagger UI: /api/docs and its assets (the page runs scripts; its CSP differs). */
export function isSwaggerUi(path: string): boolean {
  return SWAGGER_UI.test(path);
}

/** Swagger UI and the OpenAPI document (/api/docs-json, /api/docs-yaml). */
export function isDocumentatie(path: string): boolean {
  return isSwaggerUi(path) || OPENAPI.test(path);
}

export function isOpenbaar(path: string): boolean {
  return isGezondheid(path) || isDocumentatie(path) || AGENDA.test(path);
}
