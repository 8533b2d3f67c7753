import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { projectRoot } from '../../src/project-root';
import { gqlData, startTestApp } from '../helpers/test-app';

/**
 * The queries the README and docs/api.md show with their answers are run against the seeded API: the answers shown
 * are the answers given (a changed answer fails here until the document is updated).
 */
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

/** Each ```graphql block of a document followed by a ```json block, from `heading` on. */
function examples(file: string, heading: string): Array<{ query: string; answer: unknown }> {
  const text = readFileSync(join(projectRoot(), file), 'utf8');
  const from = text.slice(text.indexOf(heading));
  return [...from.matchAll(/```graphql\n([\s\S]*?)\n```\n```json\n([\s\S]*?)\n```/g)].map(([, query, answer]) => ({
    query,
    answer: JSON.parse(answer) as unknown,
  }));
}

it("the README's first query answers what the README shows", async () => {
  const [first] = examples('README.md', '## A first query');
  expect(first).toBeDefined();
  expect(await gqlData(app.url, first.query)).toEqual(first.answer);
});

it('the examples of docs/api.md answer what they show', async () => {
  const shown = examples('docs/api.md', '## Example operations');
  expect(shown.length).toBeGreaterThan(0);
  for (const { query, answer } of shown) expect(await gqlData(app.url, query)).toEqual(answer);
});
