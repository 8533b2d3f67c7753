import {
  getNamedType,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { RunningApp } from '../../src/app';
import { buildAppSchema } from '../../src/schema/build-schema';
import { graphCounts, startTestApp } from '../helpers/test-app';

/**
 * Hostile strings in every string argument of the Query type: each request must answer with data or with coded
 * errors (never INTERNAL_SERVER_ERROR, never a 500) and leave the graph as it was. The arguments are read from the
 * schema itself, so an argument added later is covered without touching this file.
 */
const HOSTILE: Array<[string, string]> = [
  ['Cypher injection (single quote)', "' }) MATCH (n) DETACH DELETE n //"],
  ['Cypher injection (double quote)', '" }) MATCH (n) DETACH DELETE n //'],
  ['Cypher injection (comment and union)', "x' RETURN 1 UNION MATCH (n) SET n.hacked = true //"],
  ['Cypher injection (backtick label)', '`) DETACH DELETE n WITH 1 AS `'],
  ['NUL character', '\u0000'],
  ['NUL inside a word', 'Tok\u0000yo'],
  ['Lucene syntax', '*:* OR name:~'],
  ['Lucene regex and ranges', 'name:/.*/ OR id:[a TO z] AND title:{* TO *}'],
  ['Lucene operators only', 'AND OR NOT && || ! + -'],
  ['unbalanced Lucene', '(((("Tokyo'],
  ['a double quote', '"'],
  ['a backslash', '\\'],
  ['escaped quote', '\\"'],
  ['control characters', '\u0001\u0002\u0007\b\f\u001b[31m\r\n\t\u007f'],
  ['right-to-left override', 'Tokyo\u202e'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', 'a\udfffb'],
  ['full-width letters', 'ＴＯＫＹＯ'],
  ['an id of another kind', 'country:KOR'],
  ['path traversal', '../../../../etc/passwd'],
  ['empty', ''],
  ['spaces', '   '],
  ['one megabyte', 'x'.repeat(1_000_000)],
  ['one megabyte of Lucene syntax', '*:~ '.repeat(250_000)],
];

interface StringSlot {
  /** `events.filter.text`, `search.query`: where the string goes. */
  label: string;
  /** The request with `value` in that place (as a variable). */
  request(value: string): { query: string; variables: Record<string, unknown> };
  /** The same with `value` written into the document as a literal (top-level arguments only). */
  literal?(value: string): string;
}

/** Every String or ID argument of a Query field, and every String or ID field of an input-object argument. */
function stringSlots(schema: GraphQLSchema): StringSlot[] {
  const slots: StringSlot[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
    for (const argument of field.args) {
      const others = (literalOf: (argument: GraphQLArgument) => string | undefined) =>
        field.args
          .filter((other) => other !== argument)
          .map((other) => [other.name, literalOf(other)])
          .filter(([, literal]) => literal !== undefined)
          .map(([name, literal]) => `${name}: ${literal}`);
      const required = (other: GraphQLArgument) => (isNonNullType(other.type) ? placeholder(other.type) : undefined);
      const call = (value: string) => [`${argument.name}: ${value}`, ...others(required)].join(', ');
      const named = getNamedType(argument.type);
      if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
        slots.push({
          label: `${field.name}.${argument.name}`,
          request: (value) => ({
            query: `query Hostile($v: ${argument.type.toString()}) { ${field.name}(${call('$v')}) ${selection} }`,
            variables: { v: wrap(argument.type, value) },
          }),
          literal: (value) => `{ ${field.name}(${call(wrapLiteral(argument.type, JSON.stringify(value)))}) ${selection} }`,
        });
      }
      if (isInputObjectType(named)) {
        for (const inputField of Object.values(named.getFields())) {
          const inner = getNamedType(inputField.type);
          if (!isScalarType(inner) || (inner.name !== 'String' && inner.name !== 'ID')) continue;
          slots.push({
            label: `${field.name}.${argument.name}.${inputField.name}`,
            request: (value) => ({
              query: `query Hostile($v: ${argument.type.toString()}) { ${field.name}(${call('$v')}) ${selection} }`,
              variables: { v: wrap(argument.type, { [inputField.name]: wrap(inputField.type, value) }) },
            }),
          });
        }
      }
    }
  }
  return slots;
}

/** A valid literal for a required argument that is not under test. */
function placeholder(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isScalarType(named) && named.name === 'Int') return '1';
  if (isScalarType(named) && named.name === 'Boolean') return 'false';
  return wrapLiteral(type, JSON.stringify('country:KOR'));
}

function wrap(type: GraphQLInputType, value: unknown): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  return isListType(nullable) ? [value] : value;
}

function wrapLiteral(type: GraphQLInputType, literal: string): string {
  const nullable = isNonNullType(type) ? type.ofType : type;
  return isListType(nullable) ? `[${literal}]` : literal;
}

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** Posts a body and checks the answer: data or coded errors, never an internal error, never a 500. */
async function expectHandled(url: string, body: string | Buffer, what: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const context = `${what}: HTTP ${response.status} ${text.slice(0, 300)}`;
  expect([context, response.status < 500]).toEqual([context, true]);
  const parsed = JSON.parse(text) as Body;
  const codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? 'NONE');
  expect([context, codes.filter((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NONE')]).toEqual([context, []]);
  expect([context, parsed.data !== undefined || codes.length > 0]).toEqual([context, true]);
  expect(text).not.toMatch(/\n\s+at /);
}

let app: RunningApp;
let slots: StringSlot[];
let before: Awaited<ReturnType<typeof graphCounts>>;
beforeAll(async () => {
  app = await startTestApp();
  slots = stringSlots(await buildAppSchema());
  before = await graphCounts(app);
});
afterAll(async () => {
  await app.stop();
});

/** Each hostile value goes into every slot at once (the slots' requests in parallel, as clients would send them). */
describe('hostile strings in every string argument of Query', () => {
  it('finds the string arguments in the schema (ids, search words, filter texts and names)', () => {
    const labels = slots.map((slot) => slot.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'event.id',
        'nodes.ids',
        'search.query',
        'events.after',
        'events.filter.text',
        'events.filter.countryIds',
        'people.filter.name',
        'shortestPath.toId',
      ]),
    );
    expect(labels.length).toBeGreaterThanOrEqual(25);
  });

  it.each(HOSTILE)('%s: answered with data or a coded error, as a variable', async (_name, value) => {
    await Promise.all(slots.map((slot) => expectHandled(app.url, JSON.stringify(slot.request(value)), slot.label)));
  });

  it.each(HOSTILE.filter(([, value]) => value.length < 1000))(
    '%s: answered with data or a coded error, as a literal',
    async (_name, value) => {
      const literals = slots.filter((candidate) => candidate.literal);
      await Promise.all(
        literals.map((slot) => expectHandled(app.url, JSON.stringify({ query: slot.literal!(value) }), `${slot.label} (literal)`)),
      );
    },
  );

  it('answers invalid UTF-8 sent as raw bytes in the body', async () => {
    const invalid = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x28, 0x8c, 0x28, 0x80]);
    for (const slot of slots) {
      const { query, variables } = slot.request('\u0001');
      const [head, tail] = JSON.stringify({ query, variables }).split('\\u0001');
      await expectHandled(
        app.url,
        Buffer.concat([Buffer.from(head, 'utf8'), invalid, Buffer.from(tail, 'utf8')]),
        `${slot.label} (raw bytes)`,
      );
    }
  });

  it('leaves the graph unchanged', async () => {
    expect(await graphCounts(app)).toEqual(before);
    const [hacked] = await app.graph.read({ cypher: 'MATCH (n) WHERE n.hacked IS NOT NULL RETURN count(n) AS count', params: {} });
    expect(Number(hacked.count)).toBe(0);
  });
});
