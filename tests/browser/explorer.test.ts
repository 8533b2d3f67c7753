import type { Core } from 'cytoscape';
import { Browser } from 'playwright-core';
import { RunningApp } from '../../src/app';
import { IngestService } from '../../src/ingest/ingest.service';
import { restoreSeed, SEED_IDS } from '../helpers/ingest-helpers';
import { launchBrowser, originOf, screenshot, WatchedPage, watchedPage } from '../helpers/browser';
import { gqlData, startTestApp } from '../helpers/test-app';

/** What the page callbacks below use of the browser (the tests compile without TypeScript's DOM library). */
interface DomNode {
  textContent: string | null;
  querySelector(selector: string): DomNode | null;
}
declare const window: { explorerGraph?: Core; __pwned?: number; innerWidth: number };
declare const sessionStorage: { length: number };
declare const localStorage: { length: number };
declare const document: {
  getElementById(id: string): { getBoundingClientRect(): { left: number; top: number } } | null;
  body: { innerText: string };
  documentElement: { scrollWidth: number };
  activeElement: { id: string; textContent: string | null; getAttribute(name: string): string | null } | null;
};

/**
 * The explorer in headless Chromium (Debian's, nothing downloaded) against the real API on the real Neo4j: an
 * analyst's path from a search in Hangul to a related event, the graph view, a fact's evidence, the not-found pages
 * and markup in the data. Every page is watched: no request may leave the API's origin, no console error.
 */
describe('explorer in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let origin: string;
  let tab: WatchedPage;
  const CAMP_DAVID_SUMMIT = 'event:2023-08-18-camp-david-summit';

  beforeAll(async () => {
    app = await startTestApp();
    origin = originOf(app.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  beforeEach(async () => {
    tab = await watchedPage(browser, origin);
  });
  afterEach(async () => {
    expect(tab.foreignRequests).toEqual([]);
    await tab.close();
  });

  /** The text of the first element matching the selector, once it is there. */
  async function textOf(selector: string): Promise<string> {
    return ((await tab.page.locator(selector).first().textContent()) ?? '').trim();
  }

  /** Clicks the link with exactly this text inside `scope`, and waits for the page it opens. */
  async function follow(scope: string, text: string): Promise<void> {
    const link = tab.page.locator(scope).getByRole('link', { name: text, exact: true }).first();
    const href = await link.getAttribute('href');
    await Promise.all([tab.page.waitForURL(`${origin}${href}`), link.click()]);
  }

  it('search "이준일" -> Lee Joon-il -> the Tokyo meeting -> its related Camp David summit, with its reason -> the summit', async () => {
    const { page } = tab;
    await page.goto(`${origin}/explore`);
    await page.waitForSelector('#latest li');
    // The counts per type and per country come with their own request, after the page shows: Japan among the countries.
    await page.waitForSelector('#charts[aria-busy="false"]');
    expect(await page.locator('#charts figure').count()).toBe(3);
    expect(await page.locator('#charts canvas').nth(2).getAttribute('aria-label')).toMatch(/^Most active countries: .*Japan \d+/);
    await screenshot(page, 'home');
    await page.type('#q', '이준일');
    await page.waitForSelector('.hits li a');
    await screenshot(page, 'search');
    await follow('.hits', 'Lee Joon-il');
    expect(page.url()).toBe(`${origin}/explore/person/${SEED_IDS.lee}`);
    expect(await textOf('h1')).toBe('Lee Joon-il');
    expect(await textOf('.node-page .facts')).toContain('이준일');
    await screenshot(page, 'person');

    const tokyoTitle = 'Tokyo meeting launching the South Korea–U.S.–Japan working group on North Korean cyber threats';
    await follow('table', tokyoTitle);
    expect(page.url()).toBe(`${origin}/explore/event/${SEED_IDS.tokyoMeeting}`);
    expect(await textOf('h1')).toBe(tokyoTitle);
    const entry =
      (await page
        .locator('#related > li')
        .filter({ has: page.locator(`a[href="/explore/event/${CAMP_DAVID_SUMMIT}"]`) })
        .textContent()) ?? '';
    expect(entry).toContain('Camp David summit of South Korea, the United States and Japan');
    expect(entry).toContain('this event follows it up');
    expect(entry).toMatch(/same countries: .*Japan/);
    await screenshot(page, 'event');

    await follow('#related', 'Camp David summit of South Korea, the United States and Japan');
    expect(page.url()).toBe(`${origin}/explore/event/${CAMP_DAVID_SUMMIT}`);
    expect(await textOf('h1')).toBe('Camp David summit of South Korea, the United States and Japan');
    expect(await textOf('.facts')).toContain('18 August 2023');
    expect(tab.consoleErrors).toEqual([]);
  });

  it('charts the counts of the filter shown, never a slower answer to the filter before it', async () => {
    const { page } = tab;
    // The unfiltered counts are held back until the filter has changed and its own counts are shown.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('ExplorerDashboardCounts') || body.includes('country:AUS')) return route.fallback();
      await held;
      await route.fallback();
    });
    await page.goto(`${origin}/explore`);
    await page.waitForSelector('#latest li');
    expect(await page.getAttribute('#charts', 'aria-busy')).toBe('true');
    await page.getByLabel('Country').selectOption('country:AUS');
    await page.waitForSelector('#charts[aria-busy="false"]');
    const typeChart = () => page.locator('#charts canvas').nth(1).getAttribute('aria-label');
    expect(await typeChart()).toBe('Events per type: Sanction 1');
    const late = page.waitForResponse((response) => {
      const body = response.request().postData() ?? '';
      return body.includes('ExplorerDashboardCounts') && !body.includes('country:AUS');
    });
    release();
    await (await late).finished();
    await page.waitForTimeout(200); // time for a wrongly kept answer to reach the chart
    expect(await typeChart()).toBe('Events per type: Sanction 1');
  });

  it("draws the Tokyo meeting's neighborhood (participants, place, countries) and a click on a node opens its page", async () => {
    const { page } = tab;
    await page.goto(`${origin}/explore/event/${SEED_IDS.tokyoMeeting}`);
    await page.waitForSelector('#graph[data-nodes]');
    const drawn = await page.evaluate(() => {
      const graph = window.explorerGraph!;
      return graph.nodes().map((node) => ({ id: node.id(), label: node.data('label') as string, kind: node.data('kind') as string }));
    });
    const api = await gqlData(app.url, `{ neighborhood(id: "${SEED_IDS.tokyoMeeting}", depth: 1, limit: 200) { nodes { id } } }`);
    expect(drawn.map((node) => node.id).sort()).toEqual(api.neighborhood.nodes.map((node: { id: string }) => node.id).sort());
    const ids = drawn.map((node) => node.id);
    for (const id of [
      SEED_IDS.tokyoMeeting,
      SEED_IDS.lee,
      SEED_IDS.pak,
      SEED_IDS.ishizuki,
      SEED_IDS.tokyo,
      SEED_IDS.kor,
      SEED_IDS.usa,
      SEED_IDS.jpn,
    ]) {
      expect(ids).toContain(id);
    }
    expect(await textOf('.graph-count')).toContain(`${drawn.length} nodes`);
    await page.locator('#graph').scrollIntoViewIfNeeded();
    await screenshot(page, 'graph');

    const point = await page.evaluate((id) => {
      const node = window.explorerGraph!.getElementById(id);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    }, SEED_IDS.pak);
    await Promise.all([page.waitForURL(`${origin}/explore/person/${SEED_IDS.pak}`), page.mouse.click(point.x, point.y)]);
    expect(page.url()).toBe(`${origin}/explore/person/${SEED_IDS.pak}`);
    expect(await textOf('h1')).toBe('Jung Pak');
    expect(tab.consoleErrors).toEqual([]);
  });

  it("opens a fact's evidence with the quote highlighted inside the article's text", async () => {
    const { page } = tab;
    await page.goto(`${origin}/explore/event/${SEED_IDS.tokyoMeeting}`);
    await page.locator('button[aria-label^="Evidence for Jung Pak took part"]').click();
    await page.waitForSelector('.evidence-panel .source-text mark');
    const shown = await page.$eval('.evidence-panel', (element) => {
      const panel = element as unknown as DomNode;
      return {
        heading: panel.querySelector('h2')!.textContent,
        mark: panel.querySelector('mark')!.textContent,
        text: panel.querySelector('.source-text')!.textContent,
        source: panel.querySelector('.quote-source')!.textContent,
      };
    });
    expect(shown.heading).toBe('Evidence: Jung Pak took part');
    expect(shown.mark).toContain('Jung Pak');
    // The quote sits inside the whole text of its source, which is longer than the quote.
    expect(shown.text!.length).toBeGreaterThan(shown.mark!.length + 500);
    expect(shown.text).toContain(shown.mark);
    const data = await gqlData(
      app.url,
      `{ event(id: "${SEED_IDS.tokyoMeeting}") { participants { person { id } evidence { quote start end source { text title } } } } }`,
    );
    const evidence = data.event.participants.find((p: any) => p.person.id === SEED_IDS.pak).evidence[0];
    expect(shown.mark).toBe(evidence.quote);
    expect(shown.text!.indexOf(shown.mark!)).toBeLessThanOrEqual(evidence.start);
    expect(evidence.source.text.slice(evidence.start, evidence.end)).toBe(shown.mark);
    expect(shown.source).toContain(evidence.source.title);
    await screenshot(page, 'evidence');
    expect(tab.consoleErrors).toEqual([]);
  });

  it('answers an unknown id and a malformed one with a 404 page that has a search box', async () => {
    const { page } = tab;
    for (const path of [
      '/explore/event/event:no-such-event',
      '/explore/event/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/explore/planet/planet:mars',
    ]) {
      const response = await page.goto(`${origin}${path}`);
      expect(response!.status()).toBe(404);
      expect(await textOf('h1')).toBe('Not found');
      await page.locator('main input[type="search"]').waitFor();
    }
    expect(await page.evaluate(() => document.body.innerText)).toContain('planet:mars');
    await screenshot(page, 'not-found');
    // The only console error is Chromium's note that the documents themselves answered 404.
    expect(tab.consoleErrors.filter((error) => !error.includes('status of 404'))).toEqual([]);
  });

  it('shows markup in the data as text and never runs it', async () => {
    const text =
      'Officials met in Geneva. The envoy said <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> was on the agenda.';
    await new IngestService(app.graph).ingest({
      source: { ref: 'src', title: 'A test wire <b>bold</b>', text, publishedAt: '2024-01-10' },
      entities: [],
      events: [
        {
          ref: 'meeting',
          title: 'Geneva meeting <script>window.__pwned = 3</script>',
          type: 'MEETING',
          date: '2024-01-09',
          evidence: [
            { quote: 'The envoy said <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> was on the agenda.' },
          ],
        },
      ],
      relations: [],
    });
    try {
      const { page } = tab;
      const found = await gqlData(app.url, `{ search(query: "Geneva meeting", kinds: [EVENT], first: 1) { node { id } } }`);
      const id: string = found.search[0].node.id;
      await page.goto(`${origin}/explore/event/${id}`);
      expect(await textOf('h1')).toBe('Geneva meeting <script>window.__pwned = 3</script>');
      await page.locator('button[aria-label^="Evidence for Geneva meeting"]').first().click();
      const mark = await textOf('.evidence-panel mark');
      expect(mark).toContain('<script>window.__pwned = 1</script>');
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      expect(await page.$$eval('main script, main img, aside script, aside img', (nodes) => nodes.length)).toBe(0);
      expect(await page.title()).toContain('Geneva meeting <script>');
    } finally {
      await restoreSeed(app); // the article goes: the other tests, and the other files, see the seed alone
    }
  });

  it('fits a phone-sized window and works from the keyboard: skip link, search with Enter, evidence opened and closed', async () => {
    const { page } = tab;
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await page.goto(`${origin}/explore`);
    await page.waitForSelector('#latest li');
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The search box has the focus on the home page: typing and Enter open the best match.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('이준일');
    await page.waitForSelector('.hits a');
    await Promise.all([page.waitForURL(`${origin}/explore/person/${SEED_IDS.lee}`), page.keyboard.press('Enter')]);
    await page.waitForSelector('h1');
    expect(await textOf('h1')).toBe('Lee Joon-il');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto(`${origin}/explore/event/${SEED_IDS.tokyoMeeting}`);
    await page.waitForSelector('button[aria-label^="Evidence for Jung Pak took part"]');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to the content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    const button = page.locator('button[aria-label^="Evidence for Jung Pak took part"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.evidence-panel mark');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence-heading');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-evidence');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.evidence-panel', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Evidence for Jung Pak took part/);
    expect(tab.consoleErrors).toEqual([]);
  });
});

describe('explorer in a browser, on an API whose reads need a key', () => {
  const KEY = 'explorer-read-key-0123456789';
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp({ READ_REQUIRES_AUTH: 'true', API_KEYS: KEY });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says a key is needed, takes one for the tab, then shows the page', async () => {
    const origin = originOf(app.url);
    const tab = await watchedPage(browser, origin);
    try {
      const { page } = tab;
      await page.goto(`${origin}/explore/person/${SEED_IDS.lee}`);
      await page.waitForSelector('main .error');
      expect(await page.locator('main .error').textContent()).toContain('Enter a key under “API key”');
      await page.locator('.api-key summary').click();
      await page.locator('#api-key').fill(KEY);
      await Promise.all([page.waitForEvent('load'), page.locator('.api-key button[type=submit]').click()]);
      await page.waitForSelector('article.node-page h1');
      expect(await page.locator('article.node-page h1').textContent()).toBe('Lee Joon-il');
      expect(await page.locator('.api-key summary').textContent()).toBe('API key (set)');
      // The key stays with this tab (session storage), not in storage every tab shares.
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([1, 0]);
      expect(tab.foreignRequests).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
