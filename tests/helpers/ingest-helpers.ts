import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { IngestService } from '../../src/ingest/ingest.service';
import { IngestReport } from '../../src/ingest/ingest-report.type';
import { loadSeed } from '../../src/ingest/seed';
import { clearGraph } from './test-app';

/** Test fixtures in the ingestion format (tests/fixtures/*.json). */
export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** Ids the seed gives the Tokyo meeting and its participants (seeds/article.json). */
export const SEED_IDS = {
  tokyoMeeting: 'event:2023-12-07-tokyo-cyber-working-group-launch',
  lee: 'person:lee-joon-il',
  pak: 'person:jung-pak',
  ishizuki: 'person:hideo-ishizuki',
  tokyo: 'place:tokyo',
  kor: 'country:KOR',
  usa: 'country:USA',
  jpn: 'country:JPN',
} as const;

/** A fixture article as plain JSON (a fresh copy each call, so tests may change it). */
export function readFixture<T = ArticleJson>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name), 'utf8')) as T;
}

/** The shape of an article in the ingestion format, loosely typed so tests can break it on purpose. */
export interface ArticleJson {
  source: Record<string, any>;
  references?: Array<Record<string, any>>;
  entities: Array<Record<string, any>>;
  events: Array<Record<string, any>>;
  relations: Array<Record<string, any>>;
}

/** The mutation with every field of the report. */
export const INGEST_MUTATION = `
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      sourceId
      created { ref id kind label matchedBy }
      merged { ref id kind label matchedBy }
      relationsCreated
      relationsMerged
      evidenceAdded
      changed
    }
  }`;

export interface RawResponse {
  status: number;
  /** The body exactly as the server sent it. */
  text: string;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }> };
}

/** POSTs a GraphQL request and keeps the raw body too (to check what a response does or does not contain). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: RawResponse['body'];
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = { errors: [{ message: `not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, text, body };
}

/**
 * Makes the graph the pure seed again: empties it and loads seeds/article.json through the ingest, as start-up does.
 * Test files that add data call it before and after, so that other files see only the seed.
 */
export async function restoreSeed(app: RunningApp): Promise<IngestReport> {
  await clearGraph(app);
  return loadSeed(new IngestService(app.graph));
}

/** A short description of a response's first error, for failure messages (never the whole body). */
export function firstError(response: RawResponse): string {
  const error = response.body.errors?.[0];
  return error ? `${String(error.extensions?.code)} ${String(error.extensions?.field)}: ${error.message.slice(0, 300)}` : 'no error';
}
