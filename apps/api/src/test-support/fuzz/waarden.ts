import fc from 'fast-check';
import { los, type OpenApiDocument, type Schema } from './openapi-operaties';

/**
 * Values for the fuzzer, from a route's schema: plausible ones (the document's examples and
 * enums, and what the API already holds — the ids of seeded cases and betrokkenen — so requests
 * get past validation into the deciders), and the ones a careless or hostile client sends.
 */

/** Values the API knows, by the name of the field or parameter that takes them. */
export type Woordenboek = ReadonlyMap<string, readonly unknown[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A value the schema allows: the document's own example where it has one, else any of its type. */
export function geldigeWaarde(schema: Schema, document: OpenApiDocument, woordenboek: Woordenboek, veld?: string, diepte = 0): fc.Arbitrary<unknown> {
  const opgelost = los(schema, document);
  const bekend = veld === undefined ? undefined : woordenboek.get(veld);
  const eigen = naarType(opgelost, document, woordenboek, diepte);
  return bekend !== undefined && bekend.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...bekend), weight: 4 }, { arbitrary: eigen, weight: 1 }) : eigen;
}

function naarType(schema: Schema, document: OpenApiDocument, woordenboek: Woordenboek, diepte: number): fc.Arbitrary<unknown> {
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const keuze = schema.oneOf ?? schema.anyOf;
  if (keuze !== undefined && keuze.length > 0) return fc.oneof(...keuze.map((deel) => geldigeWaarde(deel, document, woordenboek, undefined, diepte + 1)));
  const { example } = schema;
  if (typeof example === 'string' && UUID.test(example)) return fc.uuid();
  // The document's example is a value the route takes; other values come from the mutations.
  return example === undefined ? vrijNaarType(schema, document, woordenboek, diepte) : fc.constant(example);
}

function vrijNaarType(schema: Schema, document: OpenApiDocument, woordenboek: Woordenboek, diepte: number): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return fc.string({ maxLength: 24 });
    case 'number':
    case 'integer':
      return fc.integer({ min: 0, max: 1_000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return diepte > 6 ? fc.constant([]) : fc.array(geldigeWaarde(schema.items ?? {}, document, woordenboek, undefined, diepte + 1), { maxLength: 3 });
    case 'object':
    default: {
      if (schema.properties === undefined) return diepte > 6 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
      if (diepte > 6) return fc.constant({});
      const velden = Object.fromEntries(Object.entries(schema.properties).map(([naam, deel]) => [naam, geldigeWaarde(deel, document, woordenboek, naam, diepte + 1)]));
      return fc.record(velden, { requiredKeys: (schema.required ?? []).filter((naam) => naam in velden) });
    }
  }
}

/** Values no field should take as they are: boundaries, wrong types, hostile strings, sizes. */
export const ongeldigeWaarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    ' ',
    '0001-01-01',
    '9999-12-31',
    '2021-02-30',
    '2020-13-01',
    '2020-1-1',
    '1e309',
    '-1',
    'NaN',
    '\u0000',
    '\ud800',
    '\u202egnp.exe',
    '<script>alert(1)</script>',
    "'; DROP TABLE events;--",
    '../../../etc/passwd',
    '=HYPERLINK("http://x","y")',
    'GM1903',
    'GM0000',
    '00000000-0000-0000-0000-000000000000',
    -1,
    0,
    1.5,
    2 ** 53 + 1,
    1e308,
    -1e308,
    null,
    true,
    false,
    [],
    {},
    [[[]]],
    { a: { b: { c: {} } } },
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Sizes a client should not get past validation: long strings, huge arrays, deep nesting. */
export const groteWaarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant('x'.repeat(100_000)),
  fc.constant(Array.from({ length: 20_000 }, () => ({ categorie: 'softdrugs', omschrijving: 'x' }))),
  fc.constant(Array.from({ length: 20_001 }, (_, index) => index)),
  fc.integer({ min: 33, max: 200 }).map((diepte) => genest(diepte)),
);

function genest(diepte: number): unknown {
  let waarde: unknown = {};
  for (let niveau = 0; niveau < diepte; niveau++) waarde = niveau % 2 === 0 ? [waarde] : { a: waarde };
  return waarde;
}

/** A key to add to an object: unknown, or one that reaches an object's prototype when merged carelessly. */
export const extraSleutel = fc.constantFrom('onbekendVeld', '__proto__', 'constructor', 'prototype', '', '$where', 'gemeente ');
