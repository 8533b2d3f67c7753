import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType } from 'graphql';
import { schemaSdl, SCHEMA_FILE } from '../../src/schema/emit';

describe('schema/schema.graphql', () => {
  it('is the schema the code emits (run `npm run schema` after changing a type)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaSdl());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = buildSchema(await schemaSdl());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && type.name !== 'Query') missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds the contract of DESIGN.md', async () => {
    const schema = buildSchema(await schemaSdl());
    const query = schema.getQueryType()!.getFields();
    for (const field of [
      'node',
      'nodes',
      'event',
      'events',
      'person',
      'people',
      'organization',
      'organizations',
      'country',
      'countries',
      'place',
      'topic',
      'topics',
      'source',
      'sources',
    ]) {
      expect(query[field]).toBeDefined();
    }
    expect(String(query.events.type)).toBe('EventConnection!');
    expect(query.events.args.map((arg) => arg.name).sort()).toEqual(['after', 'filter', 'first', 'orderBy']);
    const event = schema.getType('Event');
    expect(isObjectType(event) && event.getInterfaces().map((i) => i.name)).toEqual(['Node']);
  });
});
