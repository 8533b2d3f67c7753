import { targetLabelOf } from '../../src/graph/links';
import { LINKS } from '../../src/schema/links';
import { toPlain } from '../../src/graph/values';
import { prefetchQuery, renameLinkVariables } from '../../src/prefetch/prefetch.cypher';
import { emptyPlan } from '../../src/prefetch/prefetch.plan';

describe('renameLinkVariables', () => {
  it('renames the variables id, m and r, not map keys, properties, labels or types', () => {
    expect(renameLinkVariables('MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(m:Person)', '7')).toBe(
      'MATCH (:Event {id: id_7})<-[r_7:PARTICIPATED_IN]-(m_7:Person)',
    );
    expect(renameLinkVariables('r.validFrom, toLower(coalesce(m.name, m.title, m.id)), m.id', '2')).toBe(
      'r_2.validFrom, toLower(coalesce(m_2.name, m_2.title, m_2.id)), m_2.id',
    );
    expect(renameLinkVariables('MATCH (m:Country {id: r.representing}) WHERE r.representing = id RETURN m', '3')).toBe(
      'MATCH (m_3:Country {id: r_3.representing}) WHERE r_3.representing = id_3 RETURN m_3',
    );
  });

  it('leaves no bare id, m or r in any link body', () => {
    for (const name of Object.keys(LINKS)) {
      const renamed = renameLinkVariables(LINKS[name].body, '9');
      const bare = renamed.replace(/\{id: /g, '{').match(/(?<![.\w$])(id|m|r)(?!\w)/g);
      expect({ name, bare }).toEqual({ name, bare: null });
    }
  });
});

describe('prefetchQuery', () => {
  it('takes ids and the limit as parameters and ships no internal property', () => {
    const plan = emptyPlan();
    plan.links.set('eventParticipants', { node: emptyPlan(), relEvidenceSources: false, refs: new Map([['representing', emptyPlan()]]) });
    const query = prefetchQuery(["x'}) DETACH DELETE n //"], plan, { evidence: false, text: false });
    expect(query.cypher).not.toContain('DETACH');
    expect(query.params.ids).toEqual(["x'}) DETACH DELETE n //"]);
    expect(query.cypher).toContain('searchText: null');
    expect(query.cypher).toContain('evidence: null');
    expect(query.cypher).toContain('{id: r_');
  });

  it('refuses a relationship property that is not a plain name', () => {
    const plan = emptyPlan();
    plan.links.set('eventParticipants', { node: emptyPlan(), relEvidenceSources: false, refs: new Map([['x} RETURN 1 //', emptyPlan()]]) });
    expect(() => prefetchQuery(['a'], plan, { evidence: true, text: true })).toThrow(/property name/);
  });
});

describe('what a prefetch ships of nodes', () => {
  const reads = {
    properties: (type: string) => (type === 'Event' ? ['id', 'title', 'date'] : ['id', 'name']),
    relationshipProperties: () => ['role', 'validFrom'],
    evidence: false,
    text: false,
  };

  it('names the kind of a linked node its link matched by label, the labels of a root found by id, and dates as strings', () => {
    const plan = { ...emptyPlan(), type: 'Event' };
    plan.links.set('eventParticipants', {
      node: { ...emptyPlan(), type: 'Person' },
      relEvidenceSources: false,
      refs: new Map([['representing', { ...emptyPlan(), type: 'Country' }]]),
    });
    const { cypher } = prefetchQuery(['event:a'], plan, { evidence: false, text: false, reads });
    // The root is whatever node has the id: its labels say what it is.
    expect(cypher).toContain('root {.id, .title, date: toString(root.date), __labels: labels(root)}');
    // The link matched (m_2:Person): its kind is known.
    expect(cypher).toMatch(/node: m_2 \{\.id, \.name, __kind: 'PERSON'\}/);
    expect(cypher).toMatch(/rel: r_2 \{\.role, validFrom: toString\(r_2\.validFrom\)\}/);
    // A node named by a relationship property is found as any Entity: labels again.
    expect(cypher).toMatch(/target_\d+ \{\.id, \.name, __labels: labels\(target_\d+\)\}/);
  });

  it("takes a link's label only when every branch of its body binds its nodes by that one label", () => {
    expect(targetLabelOf(LINKS.eventParticipants.body)).toBe('Person');
    expect(targetLabelOf(LINKS.countryPeople.body)).toBe('Person');
    expect(targetLabelOf('CALL (id) { MATCH (m:Person) RETURN m UNION MATCH (m:Organization {id: id}) RETURN m }')).toBeUndefined();
    expect(targetLabelOf('MATCH (:Event {id: id})--(m:Person|Organization)')).toBeUndefined();
    expect(targetLabelOf('MATCH (:Event {id: id})--(m)')).toBeUndefined();
  });

  it('reads a node shipped with its kind or its labels alike, and refuses a kind outside the model', () => {
    const byKind = toPlain({ id: 'event:a', date: '2024-01-02', title: null, __kind: 'EVENT' });
    const byLabels = toPlain({ id: 'event:a', date: '2024-01-02', title: null, __labels: ['Entity', 'Event'] });
    expect(byKind).toEqual({ id: 'event:a', date: '2024-01-02', kind: 'EVENT' });
    expect(byLabels).toEqual(byKind);
    expect(() => toPlain({ id: 'x:a', __kind: 'MOVIE' })).toThrow('Node with kind MOVIE is outside the model');
  });
});
