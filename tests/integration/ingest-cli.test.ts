import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { FIXTURES_DIR, readFixture, restoreSeed, SEED_IDS } from '../helpers/ingest-helpers';
import { graphCounts, startTestApp } from '../helpers/test-app';
import { CliResult, runCli as runScript, shown } from '../helpers/run-cli';

/**
 * `node dist/src/ingest/cli.js <paths>` as a child process against the test Neo4j: a folder with two valid articles
 * and a bad one, a single file, a file that is not JSON, and no arguments. The CLI writes to the shared database,
 * so this file leaves the seed as it found it (clear + load).
 */
const CLI = join('dist', 'src', 'ingest', 'cli.js');

/** Runs the built ingest CLI against the test database. */
const runCli = (args: string[], env: NodeJS.ProcessEnv = {}) => runScript(CLI, args, env);

let app: RunningApp;
let folder: string;
let seeded: Awaited<ReturnType<typeof graphCounts>>;
const second = readFixture('second-article.json');
const third = readFixture('third-article.json');

async function sourcesWithUrl(url: string): Promise<number> {
  const [row] = await app.graph.read({ cypher: 'MATCH (s:Source {url: $url}) RETURN count(s) AS count', params: { url } });
  return Number(row.count);
}

beforeAll(async () => {
  expect(process.env.NEO4J_URI).toBeTruthy();
  app = await startTestApp();
  seeded = await graphCounts(app);
  folder = mkdtempSync(join(tmpdir(), 'ingest-cli-test-'));
}, 300_000);

afterAll(async () => {
  try {
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (app) {
      await restoreSeed(app); // leave the pure seed for the other files
      expect(await graphCounts(app)).toEqual(seeded);
    }
  } finally {
    await app?.stop();
  }
}, 120_000);

it('prints its usage and exits with 2 when given no paths', async () => {
  const result = await runCli([]);
  expect({ code: result.code, usage: /usage: .*ingest/.test(result.stderr) }).toEqual({ code: 2, usage: true });
  expect(result.stdout).toBe('');
});

describe('a folder with two valid articles and a bad one', () => {
  let result: CliResult;
  let before: Awaited<ReturnType<typeof graphCounts>>;
  const bad = readFixture('third-article.json');

  beforeAll(async () => {
    const articles = join(folder, 'articles');
    mkdirSync(articles);
    copyFileSync(join(FIXTURES_DIR, 'second-article.json'), join(articles, 'a-second-article.json'));
    bad.source.url = 'https://example.org/test-fixtures/cli-rejected-article';
    bad.relations[0].type = 'MET_WITH';
    writeFileSync(join(articles, 'b-bad-article.json'), JSON.stringify(bad));
    copyFileSync(join(FIXTURES_DIR, 'third-article.json'), join(articles, 'c-third-article.json'));
    writeFileSync(join(articles, 'notes.txt'), 'not an article: the CLI reads only .json files\n');
    before = await graphCounts(app);
    result = await runCli([articles]);
  }, 120_000);

  it('exits with 1 because one file was rejected', () => {
    expect(result.code).toBe(1);
  });

  it('shows progress and a report for every file, in name order', () => {
    const lines = result.stdout.split('\n');
    const progress = lines.filter((line) => /^\[\d+\/\d+\]/.test(line));
    expect(progress.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      `[1/3] ${join(folder, 'articles', 'a-second-article.json')}`,
      `[2/3] ${join(folder, 'articles', 'b-bad-article.json')}`,
      `[3/3] ${join(folder, 'articles', 'c-third-article.json')}`,
    ]);
    expect(progress[0]).toMatch(/source source:\S+; 1 created; \d+ merged: .*person:lee-joon-il \(by name\)/);
    expect(progress[0]).toMatch(/0 relationships created, 7 already present; \d+ evidence quotes added; changed$/);
    expect(progress[2]).toMatch(/source source:\S+; 1 created; /);
    expect(result.stdout).toMatch(/2 of 3 file\(s\) ingested, 1 rejected/);
  });

  it('says REJECTED for the bad file and names the bad field', () => {
    const at = result.stdout.indexOf('[2/3]');
    const rejected = result.stdout.slice(at, result.stdout.indexOf('[3/3]'));
    expect(rejected).toMatch(/REJECTED/);
    expect(rejected).toMatch(/relations\[0\]\.type: type must be one of/);
  });

  it('leaves the valid articles in the graph, and nothing of the rejected one', async () => {
    expect(await sourcesWithUrl(second.source.url)).toBe(1);
    expect(await sourcesWithUrl(third.source.url)).toBe(1);
    expect(await sourcesWithUrl(bad.source.url)).toBe(0);
    const [meeting] = await app.graph.read({
      cypher: 'MATCH (s:Source {url: $url})-[:MENTIONS]->(e:Event) RETURN collect(e.id) AS ids',
      params: { url: second.source.url },
    });
    expect(meeting.ids).toEqual([SEED_IDS.tokyoMeeting]);
    const after = await graphCounts(app);
    expect(after.nodes).toBe(before.nodes + 2); // two new sources, every other node merged
    expect(shown(result)).not.toMatch(/Error:|at .*\.js:\d+/); // no stack trace
  });
});

it("ingests a single valid file and exits with 0, with a batch tool's timeouts, not the API's", async () => {
  const file = join(FIXTURES_DIR, 'month-precision-article.json');
  const month = readFixture('month-precision-article.json');
  // With the API's timeouts at 1 ms the ingest would fail: the command line has timeouts of its own.
  const result = await runCli([file], { NEO4J_TX_TIMEOUT_MS: '1', NEO4J_WRITE_TX_TIMEOUT_MS: '1' });
  expect({ code: result.code, output: result.stdout }).toEqual({
    code: 0,
    output: expect.stringContaining(`[1/1] ${file}: source source:`),
  });
  expect(result.stdout).toMatch(/event:2023-12-07-tokyo-cyber-working-group-launch \(by type, date and place\)/);
  expect(result.stdout).toMatch(/1 of 1 file\(s\) ingested\n?$/);
  expect(await sourcesWithUrl(month.source.url)).toBe(1);
}, 120_000);

it('reports an article ingested again as unchanged, and exits with 0', async () => {
  const before = await graphCounts(app);
  const result = await runCli([join(FIXTURES_DIR, 'second-article.json')]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/0 created; .*0 relationships created, 7 already present; 0 evidence quotes added; unchanged/);
  expect(await graphCounts(app)).toEqual(before);
}, 120_000);

it('rejects a file that is not JSON and exits with 1, the graph unchanged', async () => {
  const file = join(folder, 'broken.json');
  writeFileSync(file, '{ "source": { "title": "cut short"');
  const before = await graphCounts(app);
  const result = await runCli([file]);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/\[1\/1\] .*broken\.json: REJECTED not valid JSON/);
  expect(result.stdout).toMatch(/0 of 1 file\(s\) ingested, 1 rejected/);
  expect(await graphCounts(app)).toEqual(before);
}, 120_000);
