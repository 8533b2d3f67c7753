import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

export { launchBrowser } from '../../tools/browser/chromium';

/** A page whose every request is checked: any to another origin is refused and recorded, as are console errors. */
export interface WatchedPage {
  page: Page;
  /** Requests to anything but the API's origin (data: and blob: URLs are local): the tests expect none. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** Every request's URL, in order. */
  requests: string[];
  /** Closes the page and its context. */
  close(): Promise<void>;
}

/** Opens a tab at 1280x800 (or the given size) that only lets requests to `origin` through. */
export async function watchedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  const watched: WatchedPage = { page, foreignRequests: [], consoleErrors: [], requests: [], close: () => context.close() };
  page.on('request', (request) => watched.requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    watched.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(`uncaught: ${String(error)}`));
  return watched;
}

/** Where the browser tests write their screenshots (SCREENSHOT_DIR, default dist/screenshots); docs/screenshots has copies. */
export function screenshotDir(): string {
  const dir = process.env.SCREENSHOT_DIR ?? join(projectRoot(), 'dist', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves a screenshot of the page's viewport as <name>.png in screenshotDir(). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The API's origin (scheme, host, port) from its GraphQL URL. */
export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}
