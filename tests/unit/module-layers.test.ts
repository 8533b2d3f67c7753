import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { Driver } from 'neo4j-driver';
import { accessOf } from '../../src/auth/access';
import { createContext } from '../../src/context';
import { GraphExecutor } from '../../src/graph/executor';

/**
 * How the server's modules may depend on each other: lower layers never import higher ones, the read side never goes
 * through the write side, features do not import each other both ways. Read from the import statements of src/.
 */
const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each file of src/ (as `folder/file.ts`) with the src/ modules it imports (as `folder/file`), types included. */
const IMPORTS = new Map(
  sourceFiles(SRC).map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '(\.[^']+)'/g)].map((match) => relative(SRC, normalize(join(dirname(file), match[1]))));
    return [relative(SRC, file), targets] as const;
  }),
);

/** Where a module lives: its folder under src/ (`event`), or the file itself at the top (`context`). */
const folderOf = (module: string) => (module.includes('/') ? module.split('/')[0] : module.replace(/\.ts$/, ''));

/** The imports of the files in `folder` that lead into `target` (a folder or a top-level module), as `from -> to`. */
function importsInto(folder: string, target: string): string[] {
  return [...IMPORTS].flatMap(([file, targets]) =>
    folderOf(file) === folder ? targets.filter((module) => folderOf(module) === target).map((module) => `${file} -> ${module}`) : [],
  );
}

describe('module layers', () => {
  it('reads the imports of every file (a check that would find nothing is no check)', () => {
    expect(IMPORTS.size).toBeGreaterThan(100);
    expect(IMPORTS.get('stats/stats.cypher.ts')).toContain('event/event.cypher');
  });

  it('events and their statistics do not import each other both ways: statistics are above events', () => {
    expect(importsInto('event', 'stats')).toEqual([]);
    expect(importsInto('stats', 'event').length).toBeGreaterThan(0);
  });

  it('the request log reads a narrow type of the context, not the context and every service with it', () => {
    expect(importsInto('logging', 'context')).toEqual([]);
  });

  it.each(['event', 'search', 'related', 'person', 'node', 'graph-view', 'stats', 'prefetch', 'common', 'graph'])(
    'the read side (%s) does not import the write side (ingest, extract)',
    (folder) => {
      expect([...importsInto(folder, 'ingest'), ...importsInto(folder, 'extract')]).toEqual([]);
    },
  );
});

describe("a request's context", () => {
  it('has one ingest service, which extraction resolves names through', () => {
    const graph = new GraphExecutor({} as Driver, 'neo4j');
    const context = createContext(graph, accessOf(undefined, []));
    expect((context.extract as unknown as { ingest: unknown }).ingest).toBe(context.ingest);
  });
});
