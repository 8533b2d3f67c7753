/**
 * WEB_CONCURRENCY=2: the built API as a primary and two workers sharing one port (Node's cluster module), on the test
 * Neo4j. Requests are answered by both workers (the request log says which), correctly; a worker killed outright is
 * replaced while the other keeps answering; SIGTERM drains both workers and the group exits 0.
 */
import http from 'node:http';
import { ApiChild, startApiChild } from '../helpers/api-child';
import { waitUntil } from '../helpers/http-load';

const TOKYO = 'event:2023-12-07-tokyo-cyber-working-group-launch';
const QUERY = `{ event(id: "${TOKYO}") { date participants { person { name } } } }`;

let api: ApiChild | undefined;
afterEach(() => {
  if (api && api.child.exitCode === null) api.child.kill('SIGKILL');
});

/** One query on a connection of its own (no keep-alive): the primary hands each new connection to the next worker. */
function ask(url: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query: QUERY }));
  });
}

const workersOf = (lines: ApiChild['logs'], from = 0) =>
  new Set(
    lines
      .slice(from)
      .filter((line) => line.path === '/graphql' && line.status === 200)
      .map((line) => line.worker),
  );

it('serves from two workers, replaces one that dies, and shuts both down gracefully', async () => {
  api = await startApiChild({ WEB_CONCURRENCY: '2', SEED: 'true' });
  const { url, logs } = api;
  await waitUntil(async () => logs.some((line) => line.msg.endsWith('with 2 workers')), 60_000);
  // The primary's log and the workers' reach the pipe in their own time.
  await waitUntil(async () => logs.filter((line) => line.msg === 'Worker serving').length === 2, 10_000);
  const started = logs.filter((line) => line.msg === 'Worker serving').map((line) => line.worker);
  expect(started.sort()).toEqual([1, 2]);
  // Only the first worker loads the seed.
  expect(logs.filter((line) => line.msg === 'Seed loaded').map((line) => line.worker)).toEqual([1]);

  for (let i = 0; i < 20; i++) {
    const { status, body } = await ask(url);
    expect(status).toBe(200);
    expect(body.data.event.date).toBe('2023-12-07');
    expect(body.data.event.participants.map((p: any) => p.person.name).sort()).toEqual(['Hideo Ishizuki', 'Jung Pak', 'Lee Joon-il']);
  }
  await waitUntil(async () => workersOf(logs).size === 2, 10_000);
  expect([...workersOf(logs)].sort()).toEqual([1, 2]);

  // A worker killed outright: the other answers meanwhile, and a third worker takes its place.
  const pids = logs.filter((line) => line.msg === 'Worker serving').map((line) => line.pid as number);
  process.kill(pids[0], 'SIGKILL');
  await waitUntil(async () => logs.some((line) => line.msg === 'A worker died; starting another'), 30_000);
  expect((await ask(url)).status).toBe(200);
  await waitUntil(async () => logs.some((line) => line.msg === 'Worker serving' && line.worker === 3), 60_000);
  const afterRestart = logs.length;
  for (let i = 0; i < 10; i++) expect((await ask(url)).status).toBe(200);
  await waitUntil(async () => workersOf(logs, afterRestart).size === 2, 10_000);
  expect([...workersOf(logs, afterRestart)].sort()).toEqual([2, 3]);

  api.child.kill('SIGTERM');
  expect(await api.exited).toEqual({ code: 0, signal: null });
  await new Promise((resolve) => setTimeout(resolve, 500)); // the pipe's last lines
  expect(
    logs
      .filter((line) => line.msg === 'Stopped' && line.worker !== undefined)
      .map((line) => line.worker)
      .sort(),
  ).toEqual([2, 3]);
});
