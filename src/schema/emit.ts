import 'reflect-metadata';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { projectRoot } from '../project-root';
import { buildAppSchema } from './build-schema';

/** The committed schema file. */
export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** The schema as SDL, exactly as the committed file should hold it. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(await buildAppSchema())}\n`;
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
