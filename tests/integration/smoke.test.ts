import { RunningApp } from '../../src/app';
import { clearGraph, gqlData, startTestApp } from '../helpers/test-app';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

it('serves the seeded Tokyo meeting over HTTP', async () => {
  const data = await gqlData(
    app.url,
    '{ event(id: "event:2023-12-07-tokyo-cyber-working-group-launch") { title date location { name } } }',
  );
  expect(data.event.date).toBe('2023-12-07');
  expect(data.event.location.name).toBe('Tokyo');
  void clearGraph;
});
