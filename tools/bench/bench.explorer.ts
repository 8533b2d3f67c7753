import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser, Page } from 'playwright-core';
import { CONTENT_MARK } from '../../src/explore/marks';
import { projectRoot } from '../../src/project-root';
import { launchBrowser } from '../browser/chromium';
import { BenchParams, SEED_PARAMS } from './bench.params';
import { median } from './bench.stats';

/** The page's document, as the measuring functions that run in it see it (this tool compiles without the DOM's types). */
declare const document: { getElementById(id: string): { dataset: Record<string, string | undefined> } | null };

/** Cold loads of each page (a new browser context each: nothing cached). */
const RUNS = 5;

/** One page loaded cold RUNS times: milliseconds from navigation to its main content, and what it downloaded. */
export interface ExplorerPageRun {
  name: string;
  path: string;
  contentMs: number[];
  medianMs: number;
  maxMs: number;
  /** Bytes of JavaScript transferred (compressed as sent) by the time the main content showed, on the first load (the graph's cytoscape loads after). */
  scriptBytes: number;
  /** Whether any of GraphiQL's files (its entry, style or Monaco's workers) was requested. */
  loadedGraphiql: boolean;
}

/** The graph view switched to depth 2, RUNS times on a warm page. */
export interface ExplorerGraphRun {
  path: string;
  nodes: number;
  truncated: boolean;
  /** From the depth change to the graph painted (the query and the drawing). */
  totalMs: number[];
  /** The drawing alone: cytoscape's layout and first paint (the page's data-draw-ms). */
  drawMs: number[];
}

/** The explorer's bundles on disk, gzipped as the server sends them. */
export interface ExplorerBundle {
  /** Every JavaScript file of the explorer (pages, GraphiQL, Monaco's workers, lazy chunks). */
  scriptGzipBytes: number;
  styleGzipBytes: number;
  files: number;
}

export interface ExplorerResult {
  pages: ExplorerPageRun[];
  graph?: ExplorerGraphRun;
  bundle: ExplorerBundle;
  /** Why nothing was measured in the browser (no Chromium, or the explorer not built). */
  skipped?: string;
}

/** The explorer's JavaScript and CSS (dist/explorer/assets), each file gzipped at the compression middleware's level. */
export function bundleSizes(dir = join(projectRoot(), 'dist', 'explorer', 'assets')): ExplorerBundle {
  const files = readdirSync(dir).filter((file) => file.endsWith('.js') || file.endsWith('.css'));
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 6 }).length;
  const sum = (suffix: string) => files.filter((file) => file.endsWith(suffix)).reduce((total, file) => total + gz(file), 0);
  return { scriptGzipBytes: sum('.js'), styleGzipBytes: sum('.css'), files: files.length };
}

/** GraphiQL's own files by the build's manifest: its entry, its style and Monaco's workers. */
function graphiqlFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), 'dist', 'explorer', 'manifest.json'), 'utf8')) as Record<
    string,
    { script: string; style?: string }
  >;
  return Object.entries(manifest)
    .filter(([name]) => name !== 'main')
    .flatMap(([, files]) => [files.script, ...(files.style ? [files.style] : [])]);
}

/**
 * The explorer in headless Chromium against the API under measurement: the home page, the seed's Tokyo meeting and
 * the busiest synthetic event, each loaded cold; then that event's graph at depth 2 (200 nodes on a large graph).
 */
export async function measureExplorer(apiUrl: string, params: BenchParams, log: (message: string) => void): Promise<ExplorerResult> {
  const bundle = bundleSizes();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    return { pages: [], bundle, skipped: (error as Error).message };
  }
  const origin = new URL(apiUrl).origin;
  const graphiql = graphiqlFiles();
  try {
    const pages: ExplorerPageRun[] = [];
    for (const [name, path] of [
      ['home', '/explore'],
      ['seed event', `/explore/event/${SEED_PARAMS.eventId}`],
      ['busiest event', `/explore/event/${params.eventId}`],
    ]) {
      const run = await measurePage(browser, origin, name, path, graphiql);
      pages.push(run);
      log(
        `   explorer ${name.padEnd(13)} content in ${run.medianMs.toFixed(0)} ms median, ${run.maxMs.toFixed(0)} ms max (n=${RUNS}), ` +
          `JS ${(run.scriptBytes / 1024).toFixed(1)} KiB sent${run.loadedGraphiql ? ', GraphiQL loaded' : ''}`,
      );
    }
    const graph = await measureGraph(browser, origin, `/explore/event/${params.eventId}`);
    log(
      `   explorer graph depth 2: ${graph.nodes} nodes${graph.truncated ? ' (truncated)' : ''}, drawn in ${median(graph.drawMs).toFixed(0)} ms, ` +
        `${median(graph.totalMs).toFixed(0)} ms with its query (medians, n=${RUNS})`,
    );
    return { pages, graph, bundle };
  } finally {
    await browser.close();
  }
}

async function measurePage(browser: Browser, origin: string, name: string, path: string, graphiql: string[]): Promise<ExplorerPageRun> {
  const contentMs: number[] = [];
  let scriptBytes = 0;
  let loadedGraphiql = false;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const scripts: Array<Promise<number>> = [];
      page.on('requestfinished', (request) => {
        if (graphiql.some((file) => request.url().endsWith(`/${file}`))) loadedGraphiql = true;
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
      });
      await page.goto(`${origin}${path}`);
      contentMs.push(await contentShown(page));
      if (run === 0) scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    } finally {
      await context.close();
    }
  }
  return { name, path, contentMs, medianMs: median(contentMs), maxMs: Math.max(...contentMs), scriptBytes, loadedGraphiql };
}

/** Milliseconds from the navigation's start to the page's content mark. */
async function contentShown(page: Page): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CONTENT_MARK, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, CONTENT_MARK);
}

async function measureGraph(browser: Browser, origin: string, path: string): Promise<ExplorerGraphRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.waitForSelector('#graph[data-depth="1"]', { timeout: 60_000 });
    const totalMs: number[] = [];
    const drawMs: number[] = [];
    let nodes = 0;
    let truncated = false;
    for (let run = 0; run < RUNS; run++) {
      for (const depth of ['1', '2']) {
        const started = await page.evaluate(() => performance.now());
        await page.locator('.graph-controls select').selectOption(depth);
        await page.waitForSelector(`#graph[data-depth="${depth}"]`, { timeout: 60_000 });
        if (depth === '1') continue;
        const shown = await page.evaluate(() => {
          const graph = document.getElementById('graph')!;
          return { now: performance.now(), draw: Number(graph.dataset.drawMs), nodes: Number(graph.dataset.nodes) };
        });
        totalMs.push(shown.now - started);
        drawMs.push(shown.draw);
        nodes = shown.nodes;
        truncated = (await page.locator('.graph-count .truncated').count()) > 0;
      }
    }
    return { path, nodes, truncated, totalMs, drawMs };
  } finally {
    await context.close();
  }
}
