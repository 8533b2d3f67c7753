import { GraphQLError } from 'graphql';
import { luceneQuery, searchWords } from '../../src/search/search-query';

describe('search query building', () => {
  it('splits text into words of letters and digits in any script', () => {
    expect(searchWords('Lee Jun-il')).toEqual(['lee', 'jun', 'il']);
    expect(searchWords('石月英雄 이준일')).toEqual(['石月英雄', '이준일']);
  });

  it('makes every word required, exact, prefix or (Latin, 4+ letters) one edit away', () => {
    expect(luceneQuery('Sulivan')).toBe('(sulivan^4 OR sulivan*^2 OR sulivan~1)');
    expect(luceneQuery('Lee Jun-il')).toBe('(lee^4 OR lee*^2) AND (jun^4 OR jun*^2) AND (il^4 OR il*^2)');
    expect(luceneQuery('이준일')).toBe('(이준일^4 OR 이준일*^2)');
  });

  it('never passes search syntax through', () => {
    for (const hostile of ['a" OR name:*', 'Lee~~~', 'x AND (y OR z)', 'back\\slash', 'title:"x"^9', 'a && b || !c']) {
      const query = luceneQuery(hostile);
      const words = query.replace(/\^\d|~1|\*|\(|\)| OR | AND /g, ' ');
      expect(words).toMatch(/^[\p{L}\p{N} ]+$/u);
    }
    expect(luceneQuery('x AND y')).toBe('(x^4 OR x*^2) AND (and^4 OR and*^2) AND (y^4 OR y*^2)');
  });

  it('rejects a query with nothing to search for, or too long, naming the field', () => {
    for (const bad of ['', '   ', '*:*', '"()"', 'x'.repeat(201)]) {
      try {
        luceneQuery(bad);
        throw new Error(`accepted ${JSON.stringify(bad)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      }
    }
  });
});
