import { RunningApp } from '../../src/app';
import { escapeHtml } from '../../src/explore/page';
import { isWellFormedId } from '../../src/explore/explore.router';
import { startTestApp } from '../helpers/test-app';

/** The explorer's addresses over real HTTP, on the seed: status, headers and the HTML shell (the browser tests render them). */
let app: RunningApp;
let introspectionOff: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ INTROSPECTION: 'true' });
  introspectionOff = await startTestApp({ INTROSPECTION: 'false' });
});
afterAll(async () => {
  await Promise.all([app?.stop(), introspectionOff?.stop()]);
});

const origin = (running: RunningApp) => new URL(running.url).origin;
const get = (running: RunningApp, path: string) => fetch(`${origin(running)}${path}`, { redirect: 'manual' });

describe('explorer routes', () => {
  it('redirects / to /explore', async () => {
    const response = await get(app, '/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explore');
  });

  it('serves the home page as a shell with one module script, a same-origin policy and no inline script', async () => {
    const response = await get(app, '/explore');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][0]).toMatch(/src="\/explore\/assets\/main-[A-Z0-9]+\.js"/);
    expect(scripts[0][1]).toBe('');
    expect(html).toContain('data-page="home"');
    expect(html).toContain('<form class="search" role="search" action="/explore" method="get">');
  });

  it('serves hashed assets gzipped and cached for a year, and a 404 for a name that is not one', async () => {
    const html = await (await get(app, '/explore')).text();
    const script = /src="(\/explore\/assets\/[^"]+)"/.exec(html)?.[1] as string;
    const asset = await get(app, script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await get(app, '/explore/assets/main-NOTAHASH.js')).status).toBe(404);
  });

  it("names a node's page after the node, and answers 404 with a search box for what is not there", async () => {
    const person = await get(app, '/explore/person/person:lee-joon-il');
    expect(person.status).toBe(200);
    expect(await person.text()).toContain('<title>Lee Joon-il · Diplomatic events explorer</title>');
    const event = await get(app, '/explore/event/event:2023-12-07-tokyo-cyber-working-group-launch');
    expect(await event.text()).toMatch(/<title>[^<]*Tokyo[^<]*· Diplomatic events explorer<\/title>/);

    for (const path of [
      '/explore/person/person:nobody',
      '/explore/person/event:2023-08-18-camp-david-summit',
      '/explore/widget/widget:x',
      '/explore/a/b/c',
    ]) {
      const response = await get(app, path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      const html = await response.text();
      expect(html).toContain('<h1>Not found</h1>');
      expect(html).toContain('name="q"');
    }
  });

  it('escapes what the address brings into the page', async () => {
    const response = await get(app, '/explore?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    // The address's id, decoded by the router, comes back in the not-found message: as text.
    const missing = await (await get(app, '/explore/person/%3Cimg%20src=x%20onerror=alert(1)%3E')).text();
    expect(missing).toContain('“&#60;img src=x onerror=alert(1)&#62;” is not a person id');
    expect(missing).not.toContain('<img src=x');
  });

  it('serves GraphiQL and its examples when introspection is on, and neither when it is off', async () => {
    const page = await get(app, '/explore/graphiql');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/src="\/explore\/assets\/graphiql-[A-Z0-9]+\.js"/);
    const examples = (await (await get(app, '/explore/graphiql/examples.json')).json()) as Array<{ name: string; query: string }>;
    expect(examples.map((example) => example.name)).toEqual([
      'event-detail',
      'search',
      'related-events',
      'shortest-path',
      'neighborhood',
      'event-stats',
      'sanctions',
      'person',
    ]);

    const off = await get(introspectionOff, '/explore/graphiql');
    expect(off.status).toBe(404);
    expect(off.headers.get('content-security-policy')).toMatch(/style-src 'self'(;|$)/);
    expect((await get(introspectionOff, '/explore/graphiql/examples.json')).status).toBe(404);
    const home = await (await get(introspectionOff, '/explore')).text();
    expect(home).toContain('data-graphiql="false"');
  });
});

describe('explorer routes without the database', () => {
  it("answers a node's page with 503 and says why while Neo4j cannot be reached; the home page still loads", async () => {
    const away = await startTestApp({ NEO4J_URI: 'bolt://127.0.0.1:9' }, { waitUntilReady: false });
    try {
      const response = await get(away, '/explore/person/person:lee-joon-il');
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('<h1>Unavailable</h1>');
      expect((await get(away, '/explore')).status).toBe(200);
    } finally {
      await away.stop();
    }
  });
});

describe('page helpers', () => {
  it('escapes the five characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('accepts only ids of the kind in the address, as the graph makes them', () => {
    expect(isWellFormedId('person', 'person:lee-joon-il')).toBe(true);
    expect(isWellFormedId('event', 'event:2023-12-07-tokyo-cyber-working-group-launch')).toBe(true);
    expect(isWellFormedId('person', 'event:2023-12-07-tokyo-cyber-working-group-launch')).toBe(false);
    expect(isWellFormedId('widget', 'widget:x')).toBe(false);
    expect(isWellFormedId('person', 'person:<script>')).toBe(false);
    expect(isWellFormedId('person', `person:${'a'.repeat(300)}`)).toBe(false);
  });
});
