import { cypher } from '../../src/graph/cypher';
import { GraphExecutor } from '../../src/graph/executor';

/** The parameters of the dashboard queries, chosen deterministically from the synthetic graph. */
export interface BenchParams {
  /** The synthetic event with the most people taking part (then the most relationships, then the smallest id). */
  eventId: string;
  /** The synthetic person taking part in the most events. */
  personId: string;
  /** The synthetic country involved in the most events. */
  countryId: string;
  /** An alias of a synthetic person (the busiest person's first alias when it has one). */
  searchText: string;
  /** The person whose alias is searched for. */
  searchPersonId: string;
  /** The node whose neighborhood is drawn (the busy event). */
  neighborhoodId: string;
  /** Context for the report: how big the chosen nodes are. */
  sizes: { eventParticipants: number; eventDegree: number; personEvents: number; countryEvents: number };
}

/** The seed's own nodes, for a graph without synthetic data (the query-plan test before the generator existed). */
export const SEED_PARAMS: BenchParams = {
  eventId: 'event:2023-12-07-tokyo-cyber-working-group-launch',
  personId: 'person:lee-joon-il',
  countryId: 'country:KOR',
  searchText: 'Lee Jun-il',
  searchPersonId: 'person:lee-joon-il',
  neighborhoodId: 'event:2023-12-07-tokyo-cyber-working-group-launch',
  sizes: { eventParticipants: 0, eventDegree: 0, personEvents: 0, countryEvents: 0 },
};

/**
 * Picks the parameters from the nodes labelled Synthetic: the busiest event, person and country (ties by id) and an
 * alias to search for. Throws when the graph has no synthetic events, people or countries.
 */
export async function chooseParams(graph: GraphExecutor): Promise<BenchParams> {
  const [event] = await graph.read({
    cypher: cypher`
      MATCH (e:Event:Synthetic)
      WITH e, COUNT { (e)<-[:PARTICIPATED_IN]-(:Person) } AS people, COUNT { (e)--() } AS degree
      ORDER BY people DESC, degree DESC, e.id
      LIMIT 1
      RETURN e.id AS id, people, degree`,
    params: {},
  });
  const [person] = await graph.read({
    cypher: cypher`
      MATCH (p:Person:Synthetic)
      WITH p, COUNT { (p)-[:PARTICIPATED_IN]->(:Event) } AS events
      ORDER BY events DESC, p.id
      LIMIT 1
      RETURN p.id AS id, events`,
    params: {},
  });
  const [country] = await graph.read({
    cypher: cypher`
      MATCH (c:Country:Synthetic)
      WITH c, COUNT { (c)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(:Event) } AS events
      ORDER BY events DESC, c.id
      LIMIT 1
      RETURN c.id AS id, events`,
    params: {},
  });
  if (!event || !person || !country) {
    throw new Error('The graph has no synthetic events, people or countries (label Synthetic): generate the synthetic graph first');
  }
  const [alias] = await graph.read({
    cypher: cypher`
      MATCH (p:Person:Synthetic)
      WHERE size(coalesce(p.aliases, [])) > 0
      WITH p ORDER BY CASE WHEN p.id = $personId THEN 0 ELSE 1 END, p.id
      LIMIT 1
      RETURN p.id AS id, p.aliases[0] AS text`,
    params: { personId: person.id },
  });
  const [named] = alias
    ? [alias]
    : await graph.read({ cypher: 'MATCH (p:Person {id: $id}) RETURN p.id AS id, p.name AS text', params: { id: person.id } });
  return {
    eventId: String(event.id),
    personId: String(person.id),
    countryId: String(country.id),
    searchText: String(named.text),
    searchPersonId: String(named.id),
    neighborhoodId: String(event.id),
    sizes: {
      eventParticipants: Number(event.people),
      eventDegree: Number(event.degree),
      personEvents: Number(person.events),
      countryEvents: Number(country.events),
    },
  };
}
