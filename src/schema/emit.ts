import 'reflect-metadata';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { projectRoot } from '../project-root';
import { buildAppSchema } from './build-schema';

/** The committed schema file. */
export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** The schema as SDL, types and fields in alphabetical order (so the file does not move with the code), as committed. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}

if (require.main === module) {
  schemaSdl()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((error: Error) => {
      console.error(error);
      process.exit(1);
    });
}
