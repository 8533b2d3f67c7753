import { getNamedType, GraphQLObjectType, GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { ENTITY_LABEL } from '../../src/graph/kinds';
import { linkNamed } from '../../src/graph/links';
import { LinkExtension, PREFETCH_EXTENSION, PrefetchExtension } from '../../src/prefetch/prefetch.extensions';
import { buildAppSchema } from '../../src/schema/build-schema';
import { LINKS } from '../../src/schema/links';

/**
 * Every link is declared once (`<feature>.links.ts`) and backs GraphQL fields through generated resolvers: the
 * schema and the declarations must agree. A field that names a link reads it from the type the link starts at, and
 * returns the kind of node the link reaches (or wraps it); every declared link backs some field.
 */
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

interface LinkField {
  path: string;
  parent: GraphQLObjectType;
  returns: string;
  extension: LinkExtension;
}

function linkFields(): LinkField[] {
  const found: LinkField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const extension = field.extensions?.[PREFETCH_EXTENSION] as PrefetchExtension | undefined;
      if (extension && 'link' in extension) {
        found.push({ path: `${type.name}.${field.name}`, parent: type, returns: getNamedType(field.type).name, extension });
      }
    }
  }
  return found;
}

/** The GraphQL type of the nodes a field reads the link from: its parent, or the wrapper's `from` field's type. */
function startType(field: LinkField): string {
  if (!field.extension.from) return field.parent.name;
  return getNamedType(field.parent.getFields()[field.extension.from].type).name;
}

/** The GraphQL type of the linked nodes a field returns: the field's type, or its wrapper's node field's type. */
function reachedType(field: LinkField): string | undefined {
  if (field.extension.rel) return undefined; // a value computed from the rows (a count)
  if (!field.extension.node) return field.returns;
  const wrapper = schema.getType(field.returns) as GraphQLObjectType;
  return getNamedType(wrapper.getFields()[field.extension.node].type).name;
}

describe('link declarations and the schema', () => {
  it('every link field names a declared link, read from the type the link starts at', () => {
    const fields = linkFields();
    expect(fields.length).toBeGreaterThan(40);
    const mismatched = fields
      .map((field) => ({ field, link: linkNamed(field.extension.link) }))
      .filter(({ field, link }) => {
        const start = startType(field);
        return link.from === ENTITY_LABEL
          ? !(schema.getType(start) as GraphQLObjectType).getInterfaces().some((face) => face.name === 'Node')
          : link.from !== start;
      })
      .map(({ field, link }) => `${field.path} reads ${link.name}, which starts at ${link.from}, not ${startType(field)}`);
    expect(mismatched).toEqual([]);
  });

  it('every link field returns the kind of node its link reaches (an interface where the link reaches several kinds)', () => {
    const mismatched = linkFields()
      .map((field) => ({ field, link: linkNamed(field.extension.link), reached: reachedType(field) }))
      .filter(({ link, reached }) => reached !== undefined && (link.to ? reached !== link.to : !isInterfaceType(schema.getType(reached))))
      .map(({ field, link, reached }) => `${field.path} returns ${reached}, but ${link.name} reaches ${link.to ?? 'several kinds'}`);
    expect(mismatched).toEqual([]);
  });

  it('every declared link backs a field; wrapper fields name their node field', () => {
    const used = new Set(linkFields().map((field) => field.extension.link));
    expect(Object.keys(LINKS).filter((name) => !used.has(name))).toEqual([]);
    for (const field of linkFields().filter((f) => f.extension.node)) {
      const wrapper = schema.getType(field.returns);
      expect({ field: field.path, hasNodeField: isObjectType(wrapper) && field.extension.node! in wrapper.getFields() }).toEqual({
        field: field.path,
        hasNodeField: true,
      });
    }
  });
});
