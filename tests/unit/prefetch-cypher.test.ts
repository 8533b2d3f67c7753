import { LINKS, LinkName } from '../../src/graph/links';
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
    for (const name of Object.keys(LINKS) as LinkName[]) {
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
