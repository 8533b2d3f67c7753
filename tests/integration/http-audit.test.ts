import { serverAudits } from 'graphql-http';
import { RunningApp } from '../../src/app';
import { startTestApp } from '../helpers/test-app';

/**
 * The GraphQL over HTTP specification's server audit (graphql-http's `serverAudits`) against the running API.
 * Every MUST passes. What does not pass is a SHOULD or a MAY, and deliberately so:
 * - 572B, FDE2, 7B9B (SHOULD use 200 on parse, validation and variable coercion failures when the client accepts
 *   `application/json`): Apollo Server answers 400, which tells clients and proxies that the request was refused.
 * - 5A70, D6D5, 6A70 (MAY accept url-encoded GET requests and JSON variables in a GET's URL): a GET without a
 *   `content-type` or `apollo-require-preflight` header is refused by Apollo's CSRF prevention, kept on.
 */
const ACCEPTED_NON_MUST_FAILURES = ['572B', '5A70', '6A70', '7B9B', 'D6D5', 'FDE2'];

let app: RunningApp;
let results: Array<{ id: string; name: string; status: string; reason?: string }>;
beforeAll(async () => {
  app = await startTestApp({ SEED: 'false' });
  results = [];
  for (const audit of serverAudits({ url: app.url, fetchFn: fetch })) {
    const result = await audit.fn();
    results.push({ id: audit.id, name: audit.name, status: result.status, ...(result.status === 'ok' ? {} : { reason: result.reason }) });
  }
});
afterAll(async () => {
  await app.stop();
});

describe('the GraphQL over HTTP audit', () => {
  it('passes every MUST', () => {
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13); // graphql-http 1.23.1 has 13
    expect(musts.filter((result) => result.status !== 'ok')).toEqual([]);
  });

  it('fails only the SHOULDs and MAYs listed above', () => {
    const failed = results.filter((result) => result.status !== 'ok');
    expect(failed.every((result) => !result.name.startsWith('MUST'))).toBe(true);
    expect(failed.map((result) => result.id).sort()).toEqual(ACCEPTED_NON_MUST_FAILURES);
  });
});
