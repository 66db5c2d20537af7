/**
 * The API's routes as the fuzzer sees them: read from the OpenAPI document the API serves
 * (`/api/docs-json`), so a route added tomorrow is fuzzed without anyone listing it.
 */

/** A JSON Schema as @nestjs/swagger writes it (the subset the document uses). */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly additionalProperties?: boolean | Schema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
}

export interface Parameter {
  readonly naam: string;
  readonly plek: 'path' | 'query' | 'header';
  readonly verplicht: boolean;
  readonly schema: Schema;
}

export interface Operatie {
  readonly methode: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path as the document writes it, e.g. `/api/damocles/zaken/{zaakId}/besluit`. */
  readonly pad: string;
  readonly parameters: readonly Parameter[];
  /** The JSON body's schema, with `$ref`s still in it (resolve with `los`). */
  readonly body?: Schema;
  /** False for the routes anyone may call (health, the agenda feed). */
  readonly beveiligd: boolean;
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperatie>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

interface OpenApiOperatie {
  readonly parameters?: readonly { name: string; in: string; required?: boolean; schema?: Schema }[];
  readonly requestBody?: { content?: Readonly<Record<string, { schema?: Schema }>> };
  readonly security?: readonly unknown[];
}

const METHODEN = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operatiesUit(document: OpenApiDocument): Operatie[] {
  const operaties: Operatie[] = [];
  for (const [pad, perMethode] of Object.entries(document.paths)) {
    for (const [methode, operatie] of Object.entries(perMethode)) {
      if (!METHODEN.has(methode)) continue;
      const body = operatie.requestBody?.content?.['application/json']?.schema;
      operaties.push({
        methode: methode as Operatie['methode'],
        pad,
        parameters: (operatie.parameters ?? [])
          .filter((parameter) => parameter.in === 'path' || parameter.in === 'query' || parameter.in === 'header')
          .map((parameter) => ({
            naam: parameter.name,
            plek: parameter.in as Parameter['plek'],
            verplicht: parameter.required === true || parameter.in === 'path',
            schema: parameter.schema ?? { type: 'string' },
          })),
        ...(body === undefined ? {} : { body }),
        beveiligd: (operatie.security ?? []).length > 0,
      });
    }
  }
  return operaties;
}

/** The schema a `$ref` (or a single-element `allOf`, as Nest writes a described `$ref`) points to. */
export function los(schema: Schema, document: OpenApiDocument): Schema {
  let huidig = schema;
  for (let stap = 0; stap < 20; stap++) {
    if (huidig.$ref !== undefined) {
      const naam = huidig.$ref.replace('#/components/schemas/', '');
      const doel = document.components?.schemas?.[naam];
      if (doel === undefined) throw new Error(`OpenAPI: ${huidig.$ref} verwijst naar niets`);
      huidig = doel;
    } else if (huidig.allOf?.length === 1 && huidig.properties === undefined) {
      huidig = huidig.allOf[0] as Schema;
    } else return huidig;
  }
  throw new Error('OpenAPI: $ref-keten langer dan 20');
}

/** `METHOD /path` as the import takes a line's `opdracht`. */
export function opdrachtVan(operatie: Operatie): string {
  return `${operatie.methode.toUpperCase()} ${operatie.pad}`;
}
