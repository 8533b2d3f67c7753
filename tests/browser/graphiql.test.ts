// GraphiQL at /explore/graphiql in a real browser (Chromium) against the real API: it opens on the project's examples,
// runs the first one, shows the docs, sends the headers an analyst pastes, and fetches nothing from any other origin.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { RunningApp } from '../../src/app';
import { projectRoot } from '../../src/project-root';
import { launchBrowser, originOf, screenshot, watchedPage, WatchedPage } from '../helpers/browser';
import { gqlData, startTestApp } from '../helpers/test-app';

jest.setTimeout(180_000);

const WAIT = { timeout: 60_000 };
const EXAMPLE_FILES = readdirSync(join(projectRoot(), 'schema', 'examples')).filter((file) => file.endsWith('.graphql'));

/** GraphiQL's Monaco models, by the end of their URI. */
const MODEL = { operation: 'operation.graphql', headers: 'request-headers.json', response: 'response.json' } as const;
type Model = (typeof MODEL)[keyof typeof MODEL];

/** The text of one of GraphiQL's editors, from its Monaco model (Monaco renders only the lines in view). */
function editorText(page: Page, model: Model): Promise<string> {
  return page.evaluate((suffix) => {
    const models: any[] = (globalThis as any).__MONACO?.editor.getModels() ?? [];
    return models.find((candidate) => String(candidate.uri.path).endsWith(suffix))?.getValue() ?? '';
  }, model);
}

/** Sets one of GraphiQL's editors to `text`, as pasting would. */
async function setEditorText(page: Page, model: Model, text: string): Promise<void> {
  const found = await page.evaluate(
    ({ suffix, value }) => {
      const models: any[] = (globalThis as any).__MONACO?.editor.getModels() ?? [];
      const target = models.find((candidate) => String(candidate.uri.path).endsWith(suffix));
      target?.setValue(value);
      return !!target;
    },
    { suffix: model, value: text },
  );
  if (!found) throw new Error(`no ${model} editor`);
}

/** Waits until one of GraphiQL's editors contains `text`; returns the editor's text. */
async function waitForEditorText(page: Page, model: Model, text: string): Promise<string> {
  await page.waitForFunction(
    ({ suffix, expected }) => {
      const models: any[] = (globalThis as any).__MONACO?.editor.getModels() ?? [];
      return models.some((candidate) => String(candidate.uri.path).endsWith(suffix) && String(candidate.getValue()).includes(expected));
    },
    { suffix: model, expected: text },
    WAIT,
  );
  return editorText(page, model);
}

/** Waits (polling, up to a minute) until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('GraphiQL (/explore/graphiql)', () => {
  let app: RunningApp;
  let browser: Browser;
  let origin: string;
  let watched: WatchedPage;
  const graphqlRequests: { headers: Record<string, string>; body: string }[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    origin = originOf(app.url);
    watched = await watchedPage(browser, origin);
    watched.page.on('request', (request: Request) => {
      if (request.method() === 'POST' && request.url() === `${origin}/graphql`) {
        // allHeaders: headers() leaves out some (security-related) ones.
        void request.allHeaders().then((headers) => graphqlRequests.push({ headers, body: request.postData() ?? '' }));
      }
    });
    await watched.page.goto(`${origin}/explore/graphiql`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await app?.stop();
  });

  it('opens on the examples, one tab each, the first one selected and in the editor', async () => {
    const { page } = watched;
    await page.waitForFunction(
      (count) => (globalThis as any).document.querySelectorAll('.graphiql-tab').length === count,
      EXAMPLE_FILES.length,
      WAIT,
    );
    const tabs = await page.locator('.graphiql-tab').evaluateAll((elements: any[]) =>
      elements.map((element) => ({
        title: element.querySelector('.graphiql-tab-button')?.textContent?.trim(),
        active: element.classList.contains('graphiql-tab-active'),
      })),
    );
    expect(tabs).toHaveLength(EXAMPLE_FILES.length);
    expect(tabs[0]).toEqual({ title: 'EventDetail', active: true });
    expect(tabs.filter((tab) => tab.active)).toHaveLength(1);
    await waitForEditorText(page, MODEL.operation, 'query EventDetail');
  });

  it('runs the first example against /graphql and shows its result', async () => {
    const { page } = watched;
    // The schema (introspection) arrives first; running before would only be slower, not wrong.
    await page.waitForSelector('.graphiql-execute-button', WAIT);
    await page.click('.graphiql-execute-button');
    const result = await waitForEditorText(page, MODEL.response, 'Jung Pak');
    expect(JSON.parse(result)).toMatchObject({ data: { event: expect.anything() } });
    expect(graphqlRequests.some((request) => request.body.includes('EventDetail'))).toBe(true);
  });

  it('sends the headers pasted in the headers editor (Ctrl+Enter runs)', async () => {
    const { page } = watched;
    await page.waitForSelector('button[data-name="headers"].active', WAIT);
    const hint = await editorText(page, MODEL.headers);
    expect(hint).toContain('"Authorization": "Bearer <key>"');
    await setEditorText(page, MODEL.headers, '{"Authorization": "Bearer not-a-valid-key"}');
    const before = graphqlRequests.length;
    await page.click('.graphiql-query-editor .monaco-editor');
    await page.keyboard.press('Control+Enter');
    await until(() => graphqlRequests.slice(before).some((request) => request.body.includes('EventDetail')), 'the request');
    const sent = graphqlRequests.slice(before).find((request) => request.body.includes('EventDetail'));
    expect(sent?.headers.authorization).toBe('Bearer not-a-valid-key');
    await setEditorText(page, MODEL.headers, hint);
  });

  it('prettifies the operation (Prettier) and the headers (JSON with comments)', async () => {
    const { page } = watched;
    const hint = await editorText(page, MODEL.headers);
    await setEditorText(page, MODEL.headers, '// key\n{"X-Trace":   "on", "X-Other": 1}');
    await page.click('.graphiql-toolbar button[aria-label^="Prettify"]');
    await waitForEditorText(page, MODEL.headers, '  "X-Trace": "on",');
    expect(await editorText(page, MODEL.headers)).toBe('// key\n{\n  "X-Trace": "on",\n  "X-Other": 1\n}');
    const operation = await editorText(page, MODEL.operation);
    expect(operation).toContain('query EventDetail');
    expect(operation.startsWith('#')).toBe(true);
    await setEditorText(page, MODEL.headers, hint);
  });

  it("opens the docs explorer on Query's fields", async () => {
    const { page } = watched;
    const schema = await gqlData<{ __schema: { queryType: { name: string; fields: { name: string }[] } } }>(
      app.url,
      '{ __schema { queryType { name fields { name } } } }',
    );
    const fields = schema.__schema.queryType.fields.map((field) => field.name);
    await page.click('button[aria-label="Show Documentation Explorer"]');
    // The schema's page lists the root types (`query: Query`): Query's link opens its fields.
    await page.waitForSelector('.graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name', WAIT);
    const opened = await page.evaluate((name) => {
      const links: any[] = [
        ...(globalThis as any).document.querySelectorAll('.graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name'),
      ];
      const link = links.find((element) => element.textContent?.trim() === name);
      link?.click();
      return !!link;
    }, schema.__schema.queryType.name);
    expect(opened).toBe(true);
    await page.waitForSelector('.graphiql-doc-explorer-field-name', WAIT);
    const shown = await page
      .locator('.graphiql-doc-explorer-field-name')
      .evaluateAll((elements: any[]) => elements.map((element) => element.textContent?.trim()));
    expect(shown).toEqual(expect.arrayContaining(fields));
    // The first example's result again, for the screenshot: tab, editor, result and docs side by side.
    await page.click('.graphiql-execute-button');
    await waitForEditorText(page, MODEL.response, 'Jung Pak');
    await screenshot(page, 'graphiql');
  });

  it('opens on the examples again after a visit that closed some', async () => {
    const { page } = watched;
    await page.locator('.graphiql-tab').first().hover();
    await page.locator('.graphiql-tab').first().locator('.graphiql-tab-close').click();
    await page.waitForFunction(
      (count) => (globalThis as any).document.querySelectorAll('.graphiql-tab').length === count,
      EXAMPLE_FILES.length - 1,
      WAIT,
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(
      (count) => (globalThis as any).document.querySelectorAll('.graphiql-tab').length === count,
      EXAMPLE_FILES.length,
      WAIT,
    );
    expect(await page.locator('.graphiql-tab-active .graphiql-tab-button').textContent()).toBe('EventDetail');
    await waitForEditorText(page, MODEL.operation, 'query EventDetail');
    // GraphiQL's state (here: the docs explorer left open) is kept under this API's own localStorage namespace.
    const keys: string[] = await page.evaluate(() => Object.keys((globalThis as any).localStorage));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith('diplomatic-events-graphiql:'))).toBe(true);
  });

  it('fetched nothing from another origin and logged no error', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.requests.some((url) => /\/explore\/assets\/graphql\.worker-[^/]+\.js$/.test(url))).toBe(true);
  });
});

describe('GraphiQL with introspection off', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startTestApp({ INTROSPECTION: 'false' });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is not served', async () => {
    const origin = originOf(app.url);
    expect((await fetch(`${origin}/explore/graphiql`)).status).toBe(404);
    expect((await fetch(`${origin}/explore/graphiql/examples.json`)).status).toBe(404);
  });
});
