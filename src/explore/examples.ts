import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../project-root';

/** An example operation of schema/examples, as GraphiQL opens it in a tab. */
export interface ExampleOperation {
  /** The file's name without its number and extension: `event-detail`. */
  name: string;
  /** The operation; its variables have defaults, so it runs as it is. */
  query: string;
}

/** The example operations (schema/examples/*.graphql), in file order: the first is what GraphiQL shows first. */
export function readExamples(dir: string = join(projectRoot(), 'schema', 'examples')): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      return { name: basename(file, '.graphql').replace(/^\d+-/, ''), query };
    });
}
