import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The commands of package.json: the tools run what is built, compiling only what changed (`tsc -b` skips a project
 * whose outputs are newer than its sources: about a second), never a whole `npm run build`; the test commands are the
 * README's.
 */
const ROOT = join(__dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('package.json scripts', () => {
  it.each(['extract', 'ingest', 'schema', 'neo4j'])('%s compiles what changed (tsc -b) and runs the built command', (name) => {
    expect(scripts[name]).toMatch(/^tsc -b tsconfig\.build\.json && node dist\/src\/[\w/-]+\.js$/);
  });

  it('builds incrementally everywhere: no tsc -p, and the tools with tsc -b', () => {
    for (const script of Object.values(scripts)) expect(script).not.toMatch(/tsc -p tsconfig\.(build|tools)\.json/);
    expect(scripts['build:tools']).toBe('tsc -b tsconfig.tools.json');
    expect(scripts.build).toBe('tsc -b tsconfig.build.json && node explorer/build.mjs');
  });

  it('runs every project with npm test, one file at a time, and the unit project alone with npm run test:unit', () => {
    expect(scripts.test).toBe('jest --runInBand');
    expect(scripts['test:unit']).toBe('jest --selectProjects unit');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('npm test ');
  });
});
