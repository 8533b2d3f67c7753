import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { planArticle } from '../../src/ingest/plan';
import { validateArticle } from '../../src/ingest/validate';

/** The small complete example of the input format in docs/ingestion.md must stay a valid article. */
it('the documented example article is valid and plans to the expected ids', async () => {
  const doc = readFileSync(join(projectRoot(), 'docs', 'ingestion.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## The input format'));
  const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  expect(json).toBeDefined();
  const article = JSON.parse(json as string);
  const plan = planArticle(await validateArticle(article));
  expect(plan.nodes.map((node) => node.givenId ?? node.baseId)).toEqual([
    'person:lee-jun-il',
    'country:KOR',
    'place:tokyo',
    'event:2023-12-07-envoys-meeting-in-tokyo',
  ]);
  expect(plan.relations.map((relation) => relation.evidence[0].start)).toEqual([0, article.source.text.indexOf('in Tokyo')]);
  expect(article.source.text.indexOf('in Tokyo')).toBe(49);
});
