import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { readArticleFile } from '../../src/ingest/article-file';
import { IngestService } from '../../src/ingest/ingest.service';
import { restoreSeed } from '../helpers/ingest-helpers';
import { ROOT, runCli as runScript } from '../helpers/run-cli';
import { startTestApp } from '../helpers/test-app';

/**
 * `node dist/src/extract/cli.js` as a child process: the draft of the seed text as JSON on stdout (offline, and with
 * names looked up in the test Neo4j), the whole output taken by the ingester as it is, and bad input refused with the
 * option or file named and exit code 1. Ingests into the shared database, so it leaves the pure seed behind.
 */
const CLI = join('dist', 'src', 'extract', 'cli.js');
const SEED_TEXT = join(ROOT, 'seeds', 'article.txt');

/** Runs the built extract CLI. */
const runCli = (args: string[], env: NodeJS.ProcessEnv = {}) => runScript(CLI, args, env);

let app: RunningApp;
let folder: string;

beforeAll(async () => {
  app = await startTestApp();
  folder = mkdtempSync(join(tmpdir(), 'extract-cli-'));
}, 180_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await restoreSeed(app);
  await app.stop();
}, 120_000);

describe('npm run extract', () => {
  it('prints the draft and its review offline, and the ingester takes the whole output as it is', async () => {
    const result = await runCli([SEED_TEXT, '--published', '2023-12-08', '--publisher', 'Korea JoongAng Daily', '--offline']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { draft: any; review: any };
    expect(output.draft.events.map((event: any) => `${event.type} ${event.date ?? '-'}`)).toEqual(
      expect.arrayContaining(['MEETING 2023-12-07', 'MEETING 2023-12-09', 'SUMMIT 2023-08-01', 'SANCTION 2023-11-27', 'LAUNCH -']),
    );
    expect(output.draft.entities.every((entity: any) => entity.id === undefined)).toBe(true); // offline: nothing looked up
    expect(result.stderr).toMatch(/\d+ entities, 10 events, \d+ relations/);

    const file = join(folder, 'draft.json');
    writeFileSync(file, result.stdout);
    await restoreSeed(app);
    const report = await new IngestService(app.graph).ingest(readArticleFile(file));
    expect(report.merged.map((node) => node.id)).toEqual(
      expect.arrayContaining(['person:lee-joon-il', 'country:KOR', 'event:2023-12-07-tokyo-cyber-working-group-launch']),
    );
  });

  it("names what the graph at NEO4J_URI knows by its id, with a batch tool's timeouts, not the API's", async () => {
    await restoreSeed(app);
    // With the API's read timeout at 1 ms every lookup would fail: the command line has timeouts of its own.
    const result = await runCli([SEED_TEXT, '--published', '2023-12-08'], { NEO4J_TX_TIMEOUT_MS: '1' });
    expect(result.code).toBe(0);
    const { draft } = JSON.parse(result.stdout) as { draft: any };
    const ids = draft.entities.map((entity: any) => entity.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:lee-joon-il', 'person:jung-pak', 'person:hideo-ishizuki', 'country:JPN', 'place:tokyo']),
    );
  });

  it('writes the same draft to the file --out names, and only its summary to the terminal', async () => {
    const file = join(folder, 'out.json');
    const printed = await runCli([SEED_TEXT, '--published', '2023-12-08', '--offline']);
    const written = await runCli([SEED_TEXT, '--published', '2023-12-08', '--offline', '--out', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(new RegExp(`\\d+ entities, 10 events, \\d+ relations written to ${file}`));
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  it.each([
    [['--published', '2023-12-08'], 2, /usage: npm run extract/],
    [[SEED_TEXT], 1, /--published: publishedAt must be a calendar date/],
    [[SEED_TEXT, '--published', '2999-01-01', '--offline'], 1, /--published: publishedAt 2999-01-01 lies in the future/],
    [[SEED_TEXT, '--published', '2023-12-08', '--bogus'], 2, /Unknown option '--bogus'/],
  ])('refuses %j with exit code %i', async (args, code, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses a file that is not UTF-8, an empty one and one over the ingest limit', async () => {
    const latin1 = join(folder, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x53, 0xe9, 0x6f, 0x75, 0x6c, 0x20, 0x6d, 0x65, 0x74, 0x2e])); // "Séoul met." in Latin-1
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '  \n');
    const huge = join(folder, 'huge.txt');
    writeFileSync(huge, 'Envoys met in Tokyo on Thursday. '.repeat(160_000)); // 5 MB
    for (const [file, message] of [
      [latin1, /is not UTF-8 text/],
      [empty, /text is empty/],
      [huge, /at most 200,000 \(the ingest limit\)/],
    ] as const) {
      const result = await runCli([file, '--published', '2023-12-08', '--offline']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
    }
  });
});
