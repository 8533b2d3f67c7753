import { createHash } from 'node:crypto';
import { isDate } from 'neo4j-driver';
import { decodeEvidence } from '../../src/graph/evidence';
import { parseArguments } from '../../tools/generator/cli';
import { createNodesQuery, createRelationsQuery, removeSyntheticQuery } from '../../tools/generator/synthetic.cypher';
import {
  EVENT_TYPES,
  ExistingNodes,
  planSyntheticGraph,
  streamSyntheticGraph,
  SYNTHETIC_LABELS,
  SyntheticEvidence,
  SyntheticLabel,
  SyntheticPlan,
} from '../../tools/generator/synthetic.plan';
import { ElementIds } from '../../tools/generator/synthetic.element-ids';
import { SeededRandom } from '../../tools/generator/synthetic.random';
import { addDays, daysBetween, longDate, monthYear, weekday } from '../../tools/generator/synthetic.text';
import { nodeRow, relationRow } from '../../tools/generator/synthetic.rows';
import { RelationType } from '../../src/graph/kinds';

/**
 * The synthetic graph's plan, without a database: deterministic for a seed, sized from the number of events, and
 * every piece of evidence a verbatim span of its source's text.
 */
const EVENTS = 1_000;
const plan = planSyntheticGraph({ events: EVENTS, seed: 42 });

const SEED_GRAPH: ExistingNodes = {
  countryIds: ['country:AUS', 'country:JPN', 'country:KOR', 'country:PRK', 'country:USA'],
  places: [
    { id: 'place:tokyo', nameKeys: ['tokyo'], countryIds: ['country:JPN'] },
    { id: 'place:seoul', nameKeys: ['seoul'], countryIds: ['country:KOR'] },
  ],
  topics: [{ id: 'topic:topic-hacking', nameKeys: ['hacking'] }],
};

const digest = (value: SyntheticPlan) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const relationsOf = (p: SyntheticPlan, type: RelationType) => p.relations.filter((relation) => relation.type === type);
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('seeded random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('calendar words', () => {
  it('name days as articles do, by UTC calendar arithmetic', () => {
    expect(weekday('2023-12-07')).toBe('Thursday');
    expect(weekday('2006-01-01')).toBe('Sunday');
    expect(longDate('2014-03-07')).toBe('7 March 2014');
    expect(monthYear('2014-03-07')).toBe('March 2014');
    expect(addDays('2006-01-01', 7304)).toBe('2025-12-31');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('synthetic plan', () => {
  it('is the same for the same events and seed, and different for another seed', () => {
    expect(digest(planSyntheticGraph({ events: EVENTS, seed: 42 }))).toBe(digest(plan));
    expect(digest(planSyntheticGraph({ events: EVENTS, seed: 43 }))).not.toBe(digest(plan));
  });

  it('has N events, N/5 people, N/20 organizations, 100 topics, about 200 countries and N/10 sources', () => {
    expect(plan.nodes.Event).toHaveLength(EVENTS);
    expect(plan.nodes.Person).toHaveLength(EVENTS / 5);
    expect(plan.nodes.Organization).toHaveLength(EVENTS / 20);
    expect(plan.nodes.Topic).toHaveLength(100);
    expect(plan.nodes.Country).toHaveLength(200);
    expect(plan.nodes.Source).toHaveLength(EVENTS / 10);
    expect(plan.nodes.Place.length).toBeGreaterThanOrEqual(200);
  });

  it('uses real ISO codes for countries and marks every other id as synthetic', () => {
    for (const country of plan.nodes.Country) expect(country.id).toMatch(/^country:[A-Z]{3}$/);
    const prefixes: Record<SyntheticLabel, string> = {
      Country: 'country:',
      Place: 'place:syn-',
      Topic: 'topic:syn-',
      Organization: 'organization:syn-',
      Person: 'person:syn-',
      Event: 'event:syn-',
      Source: 'source:syn-',
    };
    const ids = SYNTHETIC_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id));
    for (const label of SYNTHETIC_LABELS) {
      for (const node of plan.nodes[label]) expect(node.id.startsWith(prefixes[label])).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const country = plan.nodes.Country.find((node) => node.id === 'country:FRA');
    expect(country?.props).toMatchObject({ name: 'France', code: 'FRA' });
  });

  it('reuses the countries, places and topics the graph already has instead of creating them', () => {
    const beside = planSyntheticGraph({ events: EVENTS, seed: 42 }, SEED_GRAPH);
    expect(beside.reused).toEqual({ countries: 5, places: 2, topics: 1 });
    expect(beside.nodes.Country).toHaveLength(195);
    expect(beside.nodes.Country.map((node) => node.id)).not.toContain('country:KOR');
    expect(beside.nodes.Place.map((node) => node.props.name)).not.toContain('Tokyo');
    expect(beside.nodes.Topic.map((node) => node.props.name)).not.toContain('hacking');
    const ends = new Set(beside.relations.flatMap((relation) => [relation.from, relation.to]));
    expect(ends.has('country:KOR')).toBe(true);
    expect(ends.has('place:tokyo') || ends.has('place:seoul')).toBe(true);
    // Nothing is written onto a reused node: no evidence for it, only relationships from created ones.
    const created = new Set(SYNTHETIC_LABELS.flatMap((label) => beside.nodes[label].map((node) => node.id)));
    for (const relation of beside.relations) expect(created.has(relation.from) || created.has(relation.to)).toBe(true);
    for (const mention of beside.mentions) expect(created.has(mention.source)).toBe(true);
  });

  it('gives every event 2 to 12 participants: people representing a country, and countries', () => {
    const participations = relationsOf(plan, 'PARTICIPATED_IN');
    const perEvent = countBy(participations, (relation) => relation.to);
    expect(perEvent.size).toBe(EVENTS);
    for (const count of perEvent.values()) {
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(12);
    }
    const people = participations.filter((relation) => relation.from.startsWith('person:'));
    expect(people.length).toBeGreaterThan(EVENTS);
    const malformed = people.filter(
      ({ props }) =>
        !['HOST', 'ATTENDEE', 'LEADER', 'SIGNATORY'].includes(props.role as string) ||
        !props.title ||
        props.titles?.join() !== props.title ||
        !/^country:[A-Z]{3}$/.test(props.representing as string),
    );
    expect(malformed).toEqual([]);
    expect(new Set(people.map((relation) => relation.props.role))).toEqual(new Set(['HOST', 'ATTENDEE', 'LEADER', 'SIGNATORY']));
    expect(participations.some((relation) => relation.from.startsWith('country:'))).toBe(true);
  });

  it('dates events within 2006–2025 in every type, with a precision that fits the date', () => {
    const types = new Set<string>();
    for (const event of plan.nodes.Event) {
      const { date, datePrecision, dateText, type } = event.props as Record<string, string>;
      types.add(type);
      expect(date >= '2006-01-01' && date <= '2025-12-31').toBe(true);
      expect(['DAY', 'MONTH', 'YEAR']).toContain(datePrecision);
      if (datePrecision === 'MONTH') expect(date.endsWith('-01')).toBe(true);
      if (datePrecision === 'YEAR') expect(date.endsWith('-01-01')).toBe(true);
      expect(dateText).toBeTruthy();
    }
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('links every event to a place, 1–3 topics, and sanctions to who imposed them and whom they target', () => {
    const heldIn = countBy(relationsOf(plan, 'HELD_IN'), (relation) => relation.from);
    const addresses = countBy(relationsOf(plan, 'ADDRESSES'), (relation) => relation.from);
    for (const event of plan.nodes.Event) {
      expect(heldIn.get(event.id)).toBe(1);
      expect(addresses.get(event.id)).toBeGreaterThanOrEqual(1);
      expect(addresses.get(event.id)).toBeLessThanOrEqual(3);
    }
    const sanctions = plan.nodes.Event.filter((event) => event.props.type === 'SANCTION').map((event) => event.id);
    const imposedBy = countBy(relationsOf(plan, 'IMPOSED_BY'), (relation) => relation.from);
    const targets = relationsOf(plan, 'TARGETS');
    for (const id of sanctions) {
      expect(imposedBy.get(id)).toBeGreaterThanOrEqual(1);
      expect(targets.some((relation) => relation.from === id && relation.to.startsWith('country:'))).toBe(true);
    }
    expect(targets.some((relation) => Number.isInteger(relation.props.count))).toBe(true);
    expect(new Set(targets.map((relation) => relation.to.split(':')[0]))).toEqual(new Set(['country', 'person', 'organization']));
    const places = new Set(relationsOf(plan, 'IN_COUNTRY').map((relation) => relation.from));
    for (const place of plan.nodes.Place) expect(places.has(place.id)).toBe(true);
  });

  it('has people with aliases and native names, positions, and organizations PART_OF their country', () => {
    const withAliases = plan.nodes.Person.filter((person) => (person.props.aliases as string[]).length > 0);
    const withNative = plan.nodes.Person.filter((person) => (person.props.nativeNames as string[]).length > 0);
    expect(withAliases.length).toBeGreaterThan(plan.nodes.Person.length / 2);
    expect(withNative.length).toBeGreaterThan(plan.nodes.Person.length / 10);
    for (const person of withAliases) {
      const { name, aliases, nativeNames, searchText } = person.props as {
        name: string;
        aliases: string[];
        nativeNames: string[];
        searchText: string;
      };
      expect(searchText).toBe([name, ...aliases, ...nativeNames].join(' | '));
    }
    const positions = countBy(relationsOf(plan, 'HOLDS_POSITION'), (relation) => relation.from);
    for (const person of plan.nodes.Person) expect(positions.get(person.id)).toBeGreaterThanOrEqual(1);
    for (const relation of relationsOf(plan, 'HOLDS_POSITION')) {
      expect(relation.props.validFrom).toMatch(/^\d{4}-\d{2}-01$/);
      if (relation.props.validUntil) expect(relation.props.validUntil > (relation.props.validFrom as string)).toBe(true);
    }
    const kinds = new Set(plan.nodes.Organization.map((organization) => organization.props.orgKind));
    expect(kinds).toEqual(new Set(['GOVERNMENT', 'MINISTRY', 'BUREAU', 'AGENCY', 'WORKING_GROUP']));
    const partOf = countBy(relationsOf(plan, 'PART_OF'), (relation) => relation.from);
    for (const organization of plan.nodes.Organization) expect(partOf.get(organization.id)).toBe(1);
  });

  it('makes follow-ups point to earlier events', () => {
    const dates = new Map(plan.nodes.Event.map((event) => [event.id, event.props.date as string]));
    const followUps = relationsOf(plan, 'FOLLOWS_UP');
    expect(followUps.length).toBeGreaterThan(EVENTS / 20);
    for (const relation of followUps) expect((dates.get(relation.to) as string) < (dates.get(relation.from) as string)).toBe(true);
  });

  it('quotes every piece of evidence verbatim at its offsets in its source text', () => {
    const texts = new Map(plan.nodes.Source.map((source) => [source.id, source.props.text as string]));
    const all: SyntheticEvidence[] = [
      ...SYNTHETIC_LABELS.flatMap((label) => plan.nodes[label].flatMap((node) => node.evidence)),
      ...plan.relations.flatMap((relation) => relation.evidence),
    ];
    const misquoted = all.filter(
      (evidence) => evidence.quote.length === 0 || texts.get(evidence.source)?.slice(evidence.start, evidence.end) !== evidence.quote,
    );
    expect(misquoted).toEqual([]);
    expect(all.length).toBeGreaterThan(plan.relations.length);
    for (const source of plan.nodes.Source) {
      expect(source.props.text).toContain('[Synthetic data');
      expect(source.props.textHash).toBe(
        createHash('sha256')
          .update(source.props.text as string)
          .digest('hex'),
      );
    }
  });

  it('gives every created node but the sources, and every relationship, evidence, and mentions what it cites', () => {
    const withoutEvidence = [
      ...SYNTHETIC_LABELS.filter((label) => label !== 'Source').flatMap((label) => plan.nodes[label]),
      ...plan.relations,
    ].filter((item) => item.evidence.length === 0);
    expect(withoutEvidence).toEqual([]);
    const mentions = new Set(plan.mentions.map((mention) => `${mention.source} ${mention.target}`));
    expect(mentions.size).toBe(plan.mentions.length);
    const cited = [
      ...SYNTHETIC_LABELS.flatMap((label) =>
        plan.nodes[label].flatMap((node) => node.evidence.map((evidence) => `${evidence.source} ${node.id}`)),
      ),
      ...plan.relations.flatMap((relation) =>
        relation.evidence.flatMap((evidence) => [`${evidence.source} ${relation.from}`, `${evidence.source} ${relation.to}`]),
      ),
    ];
    expect(cited.filter((pair) => !mentions.has(pair))).toEqual([]);
    expect(new Set(cited).size).toBe(mentions.size);
  });

  it('links only nodes that exist', () => {
    const ids = new Set(SYNTHETIC_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id)));
    const dangling = plan.relations.filter((relation) => !ids.has(relation.from) || !ids.has(relation.to));
    expect(dangling).toEqual([]);
  });

  it('rejects a non-positive number of events or of articles per slice', () => {
    expect(() => planSyntheticGraph({ events: 0 })).toThrow(/positive integer/);
    expect(() => planSyntheticGraph({ events: 2.5 })).toThrow(/positive integer/);
    expect(() => planSyntheticGraph({ events: 10, sliceArticles: 0 })).toThrow(/sliceArticles must be a positive integer/);
  });

  it('streams slices that make the same graph whatever their size, each linking only to the world, itself and live events', () => {
    const SLICE = 7;
    expect(digest(planSyntheticGraph({ events: EVENTS, seed: 42, sliceArticles: SLICE }))).toBe(digest(plan));
    const stream = streamSyntheticGraph({ events: EVENTS, seed: 42, sliceArticles: SLICE });
    expect(stream.counts).toEqual(Object.fromEntries(SYNTHETIC_LABELS.map((label) => [label, plan.nodes[label].length])));
    const world = new Set<string>();
    for (const { node } of stream.world) {
      expect(node.evidence).toEqual([]); // given by the articles, as appended evidence
      world.add(node.id);
    }
    let live = new Set<string>();
    let slices = 0;
    for (const slice of stream.slices) {
      slices += 1;
      expect(slice.nodes.Source.length).toBeLessThanOrEqual(SLICE);
      const own = new Set([...slice.nodes.Event, ...slice.nodes.Source].map((node) => node.id));
      const linkable = (id: string) => world.has(id) || own.has(id) || live.has(id);
      const ends = [...slice.relations.flatMap((r) => [r.from, r.to]), ...slice.mentions.flatMap((m) => [m.source, m.target])];
      expect(ends.filter((id) => !linkable(id))).toEqual([]);
      // Appended evidence is for nodes written before the slice: the world's and live events of earlier slices.
      expect(slice.evidence.map(({ id }) => id).filter((id) => own.has(id) || !linkable(id))).toEqual([]);
      live = new Set(slice.live);
      expect(live.size).toBeLessThanOrEqual(30 * plan.nodes.Country.length); // each country's 30 latest events
    }
    expect(slices).toBe(Math.ceil(plan.nodes.Source.length / SLICE));
  });
});

describe('synthetic rows and Cypher', () => {
  it('writes dates as Neo4j DATEs, counts as integers and evidence as the stored JSON strings', () => {
    const event = nodeRow(plan.nodes.Event[0]);
    expect(event.props.id).toBe(plan.nodes.Event[0].id);
    expect(isDate(event.props.date)).toBe(true);
    const [evidence] = decodeEvidence(event.props.evidence);
    expect(evidence).toMatchObject({ source: expect.stringMatching(/^source:syn-/), quote: expect.any(String) });
    const elementIds = new ElementIds();
    const ids = SYNTHETIC_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id));
    ids.forEach((id, at) => elementIds.set(id, `4:db-uuid:${at}`));
    const counted = relationsOf(plan, 'TARGETS').find((relation) => relation.props.count !== undefined)!;
    const row = relationRow(counted, elementIds);
    expect(`${elementIds.prefix}${row.a}`).toBe(`4:db-uuid:${ids.indexOf(counted.from)}`);
    expect(`${elementIds.prefix}${row.b}`).toBe(`4:db-uuid:${ids.indexOf(counted.to)}`);
    expect((row.props.count as { toNumber(): number }).toNumber()).toBe(counted.props.count);
    const position = relationRow(relationsOf(plan, 'HOLDS_POSITION')[0], elementIds);
    expect(isDate(position.props.validFrom)).toBe(true);
    expect(() => elementIds.suffix('person:nobody')).toThrow(/No node/);
  });

  it('sends element ids without the prefix they share, whatever their form', () => {
    const elementIds = new ElementIds();
    elementIds.set('a', '4:abc:12');
    elementIds.set('b', '4:abc:1');
    elementIds.set('c', '4:abc:125');
    expect(elementIds.prefix).toBe('4:abc:1');
    for (const [id, full] of [
      ['a', '4:abc:12'],
      ['b', '4:abc:1'],
      ['c', '4:abc:125'],
    ]) {
      expect(elementIds.prefix + elementIds.suffix(id)).toBe(full);
    }
  });

  it('builds statements from fixed labels and types, values as parameters', () => {
    const nodes = createNodesQuery('Person', [{ props: { id: 'person:syn-x' } }]);
    expect(nodes.cypher).toContain('CREATE (n:Entity:Synthetic:Person)');
    expect(nodes.cypher).toContain('SET n += row.props');
    expect(nodes.cypher).toContain('RETURN n.id AS id, elementId(n) AS elementId');
    expect(nodes.params.rows).toHaveLength(1);
    expect(() => createNodesQuery('Robot' as SyntheticLabel, [])).toThrow(/label/);
    const heldIn = createRelationsQuery('HELD_IN', [], '4:x:');
    expect(heldIn.cypher).toContain('MATCH (a) WHERE elementId(a) = $prefix + row.a\nMATCH (b) WHERE elementId(b) = $prefix + row.b');
    expect(heldIn.cypher).toContain('CREATE (a)-[r:HELD_IN]->(b)\nSET r += row.props');
    expect(heldIn.params.prefix).toBe('4:x:');
    expect(() => createRelationsQuery('LOVES' as RelationType, [], '')).toThrow(/type/);
    const mentions = createRelationsQuery('MENTIONS', [], '').cypher;
    expect(mentions).toContain('CREATE (a)-[r:MENTIONS]->(b)\nRETURN count(r) AS created');
    expect(removeSyntheticQuery('Event', 1000).cypher).toBe(
      'MATCH (n:Synthetic:Event)\nCALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS',
    );
    expect(() => removeSyntheticQuery('Event', 0)).toThrow(/batch size/);
  });

  it('parses the command line', () => {
    expect(parseArguments(['--events', '500', '--seed', '3'])).toEqual({ events: 500, seed: 3, remove: false });
    expect(parseArguments(['--events=500'])).toEqual({ events: 500, seed: 1, remove: false });
    expect(parseArguments(['--remove'])).toEqual({ seed: 1, remove: true });
    expect(() => parseArguments([])).toThrow(/--events/);
    expect(() => parseArguments(['--events', 'many'])).toThrow(/whole number/);
    expect(() => parseArguments(['--frobnicate'])).toThrow(/unknown/);
  });
});
