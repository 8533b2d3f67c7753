import { readFileSync } from 'node:fs';
import { RunningApp } from '../../src/app';
import { declaredSnapshot, GraphGuard, snapshotGraph } from '../helpers/graph-state';
import { SEED_IDS } from '../helpers/ingest-helpers';
import { startTestApp } from '../helpers/test-app';
import { SEED_SNAPSHOT_ENV } from '../helpers/test-run';

/**
 * The guard every file on Neo4j runs under (tests/helpers/graph-environment.ts), on the test Neo4j: a graph that is
 * not the declared one is reset before a file, and whatever a file adds, removes or changes is named after it and
 * undone. Every step here goes through the real guard; the file itself leaves the seed as it found it.
 */
let app: RunningApp;
let seed: string[];

beforeAll(async () => {
  app = await startTestApp();
  seed = JSON.parse(readFileSync(process.env[SEED_SNAPSHOT_ENV]!, 'utf8')) as string[];
});
afterAll(async () => {
  await app.stop();
});

const probe = (id: string) =>
  app.graph.write({
    cypher: 'CREATE (n:Entity:Person {id: $id, name: $id, aliases: [], evidence: []})',
    params: { id },
  });

it('starts from the seed as the global set-up wrote it: its 10 events, its people, its schema', async () => {
  const found = await snapshotGraph(app.graph);
  expect(found).toEqual(seed);
  expect(seed.filter((line) => line.startsWith('node Entity:Event ')).length).toBe(10);
  expect(seed.some((line) => line.startsWith('node Entity:Person ') && line.includes(`"id":"${SEED_IDS.lee}"`))).toBe(true);
  expect(seed).toContain('constraint entity_id UNIQUENESS');
  expect(seed).toContain('index entity_names FULLTEXT');
});

it('resets a graph that is not the declared one before a file, then finds nothing left after it', async () => {
  await probe('person:isolation-probe-before');
  const guard = new GraphGuard(app.graph, 'seed', seed);
  expect(await guard.prepare()).toBe(true);
  expect(await snapshotGraph(app.graph)).toEqual(seed);
  expect(await guard.check()).toBeNull();
});

it('names what a file added, removed and changed, and resets the graph for the next file', async () => {
  const guard = new GraphGuard(app.graph, 'seed', seed);
  expect(await guard.prepare()).toBe(false);
  await probe('person:isolation-probe-after');
  await app.graph.write({ cypher: 'MATCH (p:Person {id: $id}) SET p.name = $name', params: { id: SEED_IDS.pak, name: 'Someone Else' } });
  await app.graph.write({
    cypher: 'MATCH (:Person {id: $id})-[r:PARTICIPATED_IN]->(:Event {id: $event}) DELETE r',
    params: { id: SEED_IDS.lee, event: SEED_IDS.tokyoMeeting },
  });

  const leftover = await guard.check();
  expect(leftover!.added).toHaveLength(2);
  expect(leftover!.removed).toHaveLength(2);
  expect(leftover!.added).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^node Entity:Person .*"id":"person:isolation-probe-after"/),
      expect.stringMatching(/^node Entity:Person .*"id":"person:jung-pak".*"name":"Someone Else"/),
    ]),
  );
  expect(leftover!.removed).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^node Entity:Person .*"id":"person:jung-pak".*"name":"Jung Pak"/),
      expect.stringMatching(
        /^relationship \(person:lee-joon-il\)-\[:PARTICIPATED_IN\]->\(event:2023-12-07-tokyo-cyber-working-group-launch\) /,
      ),
    ]),
  );
  expect(await snapshotGraph(app.graph)).toEqual(seed);
});

it('declares the empty graph as the schema alone, and brings the seed back for a file that declares it', async () => {
  const empty = declaredSnapshot('empty', seed);
  expect(empty.length).toBeGreaterThan(10);
  expect(empty.every((line) => line.startsWith('index ') || line.startsWith('constraint '))).toBe(true);
  const onEmpty = new GraphGuard(app.graph, 'empty', empty);
  expect(await onEmpty.prepare()).toBe(true);
  const [{ count }] = await app.graph.read({ cypher: 'MATCH (n) RETURN count(n) AS count', params: {} });
  expect(count).toBe(0);
  expect(await onEmpty.check()).toBeNull();
  expect(await new GraphGuard(app.graph, 'seed', seed).prepare()).toBe(true);
  expect(await snapshotGraph(app.graph)).toEqual(seed);
});
