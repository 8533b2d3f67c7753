import { GraphQLSchema } from 'graphql';
import { RunningApp } from '../../src/app';
import { BenchParams, chooseParams, SEED_PARAMS } from '../../tools/bench/bench.params';
import { EventOrder } from '../../src/common/enums';
import { EventFilter } from '../../src/event/event-filter.input';
import { eventsCountQuery, eventsPageQuery } from '../../src/event/event.cypher';
import { CypherQuery } from '../../src/graph/cypher';
import { GraphExecutor } from '../../src/graph/executor';
import { linkQuery } from '../../src/graph/links';
import { Loaders } from '../../src/graph/loaders';
import { neighborhoodQuery } from '../../src/graph-view/graph-view.cypher';
import { relatedEventsQuery } from '../../src/related/related.cypher';
import { luceneQuery } from '../../src/search/search-query';
import { searchQuery } from '../../src/search/search.cypher';
import { EventGrouping } from '../../src/stats/bucket.type';
import { eventStatsQuery } from '../../src/stats/stats.cypher';
import { runBaseline } from '../../tools/bench/bench.baseline';
import { BENCH_QUERIES, EVENT_DETAIL, EVENTS_PAGE, PERSON } from '../../tools/bench/bench.queries';
import { generateSyntheticGraph, removeSyntheticGraph } from '../../tools/generator/synthetic.loader';
import { buildAppSchema } from '../../src/schema/build-schema';
import { eventsPageStatementOf, prefetchStatementOf } from '../helpers/prefetch-statements';
import { gqlData, startTestApp } from '../helpers/test-app';

/**
 * The plans of the Cypher the API sends for the benchmark's dashboard queries (npm run bench): no statement may scan
 * every node, nor every node of a large label, whatever the graph's size. Each statement comes from the builder the
 * API calls, with the parameters the benchmark uses, and is EXPLAINed on a graph with a synthetic part of
 * SYNTHETIC_EVENTS events (removed afterwards, so the other files see the graph they expect).
 */
const SYNTHETIC_EVENTS = 3000;
/** Labels with as many nodes as events or more: a scan of one of them grows with the graph. */
const LARGE_LABELS = ['Event', 'Person', 'Source', 'Entity'];

let app: RunningApp;
let params: BenchParams = SEED_PARAMS;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildAppSchema();
  await removeSyntheticGraph(app.graph);
  await generateSyntheticGraph(app.graph, { events: SYNTHETIC_EVENTS, seed: 42 });
  params = await chooseParams(app.graph);
  // Fresh statistics and no cached plans: the plans are those the planner makes for this graph now.
  await app.graph.schema({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
  await app.graph.schema({ cypher: 'CALL db.resampleOutdatedIndexes()', params: {} });
  await app.graph.schema({ cypher: 'CALL db.clearQueryCaches()', params: {} });
}, 900_000);

afterAll(async () => {
  try {
    await removeSyntheticGraph(app.graph);
  } finally {
    await app.stop();
  }
}, 300_000);

/** The statement Loaders.nodes sends (it is built inside the loader, so it is caught on the way out). */
async function nodeLookupQuery(ids: string[]): Promise<CypherQuery> {
  const sent: CypherQuery[] = [];
  const recorder = { read: async (query: CypherQuery) => (sent.push(query), []) } as unknown as GraphExecutor;
  const loaders = new Loaders(recorder);
  await Promise.all(ids.map((id) => loaders.nodes.load(id)));
  return sent[0];
}

/** Every statement the API sends for the seven dashboard queries of the benchmark, named. */
async function benchStatements(p: BenchParams): Promise<Array<{ name: string; query: CypherQuery }>> {
  const byCountry = Object.assign(new EventFilter(), { countryIds: [p.countryId] });
  const link = (name: string, ids: string[]) => ({ name: `link ${name}`, query: linkQuery(name, ids, 1000) });
  return [
    {
      name: 'node lookup (Loaders.nodes: event, person, representing countries, evidence sources)',
      query: await nodeLookupQuery([p.eventId, p.countryId]),
    },
    { name: 'events page (country filter, DATE_DESC, first 50)', query: eventsPageQuery(byCountry, EventOrder.DATE_DESC, 50, null) },
    {
      name: 'events page after a cursor (country filter, DATE_DESC)',
      query: eventsPageQuery(byCountry, EventOrder.DATE_DESC, 50, { order: EventOrder.DATE_DESC, key: '2020-06-01', id: 'event:m' }),
    },
    { name: 'events totalCount (country filter)', query: eventsCountQuery(byCountry) },
    {
      name: 'prefetch of event detail (participants, representing, countries, topics, evidence sources)',
      query: await prefetchStatementOf(schema, EVENT_DETAIL.document, EVENT_DETAIL.variables(p), [p.eventId]),
    },
    {
      name: 'events page with its prefetch (participants and represented countries of 50 events)',
      query: await eventsPageStatementOf(schema, EVENTS_PAGE.document, EVENTS_PAGE.variables(p), byCountry, EventOrder.DATE_DESC, 50),
    },
    {
      name: 'prefetch of a person (country, positions, events)',
      query: await prefetchStatementOf(schema, PERSON.document, PERSON.variables(p), [p.personId]),
    },
    link('eventParticipants', [p.eventId]),
    link('eventCountries', [p.eventId]),
    link('eventTopics', [p.eventId]),
    link('personPositions', [p.personId]),
    link('personParticipations', [p.personId]),
    link('personCountries', [p.personId]),
    { name: 'search (no kinds, first 10)', query: searchQuery(luceneQuery(p.searchText), null, 20, 10) },
    { name: 'related events', query: relatedEventsQuery([p.eventId], 10) },
    { name: 'neighborhood (depth 2, limit 100)', query: neighborhoodQuery(p.neighborhoodId, 2, 100, false) },
    { name: 'eventStats by MONTH (country filter)', query: eventStatsQuery(byCountry, EventGrouping.MONTH) },
  ];
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers?: string[];
  children: PlanNode[];
}

async function explain(query: CypherQuery): Promise<PlanNode> {
  const session = app.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${query.cypher}`, query.params);
    const plan = result.summary.plan;
    if (!plan) throw new Error('EXPLAIN returned no plan');
    return plan;
  } finally {
    await session.close();
  }
}

const operator = (node: PlanNode) => node.operatorType.replace(/@.*$/, '');
const details = (node: PlanNode) => (typeof node.arguments.Details === 'string' ? node.arguments.Details : '');

/** The operators of a plan that read every node, or every node of a large label. */
function offendingOperators(plan: PlanNode): string[] {
  const found: string[] = [];
  const largeLabel = new RegExp(`:[\\w|&!:]*\\b(${LARGE_LABELS.join('|')})\\b`);
  const walk = (node: PlanNode) => {
    const name = operator(node);
    if (/AllNodesScan/.test(name)) found.push(`${name} ${details(node)}`.trim());
    else if (/NodeByLabels?Scan/.test(name) && largeLabel.test(details(node))) found.push(`${name} ${details(node)}`);
    node.children.forEach(walk);
  };
  walk(plan);
  return found;
}

/** The plan as indented lines: operator, details and estimated rows. */
function renderPlan(plan: PlanNode, depth = 0): string {
  const rows = plan.arguments.EstimatedRows === undefined ? '' : `  (est. ${Math.round(Number(plan.arguments.EstimatedRows))} rows)`;
  const line = `${'  '.repeat(depth)}${operator(plan)} ${details(plan).replace(/\s+/g, ' ').slice(0, 160)}${rows}`;
  return [line, ...plan.children.map((child) => renderPlan(child, depth + 1))].join('\n');
}

describe('the benchmark on this graph', () => {
  it.each(BENCH_QUERIES.map((query) => [query.name, query] as const))(
    "%s: the baseline's statement answers with the API's data (the bench compares them so)",
    async (_name, query) => {
      const answer = await gqlData(app.url, query.document, query.variables(params));
      expect(query.hasData(answer)).toBe(true);
      const rows = await runBaseline(app.driver, process.env.NEO4J_DATABASE ?? 'neo4j', query, params);
      expect(query.baseline.digest(rows)).toEqual(query.apiDigest(answer));
    },
  );
});

describe('query plans of the dashboard queries', () => {
  it(`uses a synthetic graph of ${SYNTHETIC_EVENTS} events`, () => {
    expect(params.eventId).toMatch(/^event:syn-/);
    expect(params.personId).toMatch(/^person:syn-/);
  });

  it('no statement scans all nodes, or all nodes of a large label (Event, Person, Source, Entity)', async () => {
    const statements = await benchStatements(params);
    const problems: string[] = [];
    for (const { name, query } of statements) {
      const plan = await explain(query);
      const offending = offendingOperators(plan);
      if (offending.length > 0) {
        problems.push(
          [`* ${name}: ${offending.join('; ')}`, `  Cypher:\n${indent(query.cypher, 4)}`, `  Plan:\n${indent(renderPlan(plan), 4)}`].join(
            '\n',
          ),
        );
      }
    }
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} of ${statements.length} statements scan a large label or every node ` +
          `(graph: seed + ${SYNTHETIC_EVENTS} synthetic events):\n\n${problems.join('\n\n')}`,
      );
    }
  });

  it('recognizes the offending operators in a plan', () => {
    const leaf = (operatorType: string, Details: string): PlanNode => ({ operatorType, arguments: { Details }, children: [] });
    const plan: PlanNode = {
      operatorType: 'ProduceResults@neo4j',
      arguments: {},
      children: [
        leaf('NodeByLabelScan@neo4j', 'e:Event'),
        leaf('AllNodesScan@neo4j', 'n'),
        leaf('NodeByLabelScan@neo4j', 'c:Country'),
        leaf('UnionNodeByLabelsScan@neo4j', 'p:Person|Organization'),
        leaf('NodeUniqueIndexSeek@neo4j', 'UNIQUE e:Event(id) WHERE id = $id'),
      ],
    };
    expect(offendingOperators(plan)).toEqual(['NodeByLabelScan e:Event', 'AllNodesScan n', 'UnionNodeByLabelsScan p:Person|Organization']);
  });
});

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}
