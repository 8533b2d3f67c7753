import { RunningApp } from '../../src/app';
import { startTestApp } from '../helpers/test-app';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: 'https://dashboard.example.org' });
});
afterAll(async () => {
  await app.stop();
});

const root = () => app.url.replace(/\/graphql$/, '');

describe('the HTTP server', () => {
  it('opens Apollo Sandbox in development on the Tokyo meeting example', async () => {
    const response = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('event:2023-12-07-tokyo-cyber-working-group-launch');
    expect(html).toContain('EventDetail');
  });

  it('serves the Sandbox example operation with the participants, countries and evidence', async () => {
    const { SANDBOX_EXAMPLE } = await import('../../src/sandbox-example');
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SANDBOX_EXAMPLE }),
    });
    const body = (await response.json()) as { data: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.event.participants.map((p: any) => [p.person.name, p.representing.id])).toEqual([
      ['Hideo Ishizuki', 'country:JPN'],
      ['Jung Pak', 'country:USA'],
      ['Lee Joon-il', 'country:KOR'],
    ]);
    expect(body.data.event.evidence.length).toBeGreaterThan(0);
  });

  it('allows Apollo Studio and configured origins by CORS, not others', async () => {
    const preflight = (origin: string) =>
      fetch(app.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://studio.apollographql.com')).headers.get('access-control-allow-origin')).toBe(
      'https://studio.apollographql.com',
    );
    expect((await preflight('https://dashboard.example.org')).headers.get('access-control-allow-origin')).toBe(
      'https://dashboard.example.org',
    );
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers /health and /ready', async () => {
    const health = await fetch(`${root()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${root()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('allows introspection outside production', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __type(name: "Event") { description fields { name } } }' }),
    });
    const body = (await response.json()) as { data: any };
    expect(body.data.__type.fields.map((field: { name: string }) => field.name)).toEqual(
      expect.arrayContaining(['participants', 'evidence', 'followsUp', 'followedBy']),
    );
  });
});

describe('in production', () => {
  let production: RunningApp;
  beforeAll(async () => {
    production = await startTestApp({ NODE_ENV: 'production', SEED: 'false' });
  });
  afterAll(async () => {
    await production.stop();
  });

  it('refuses introspection and shows no Sandbox', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await (await fetch(production.url, { headers: { accept: 'text/html' } })).text();
    expect(page).not.toContain('embeddable-sandbox');
  });
});
