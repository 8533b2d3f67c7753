import { badUserInput } from '../http/errors';

/** Words of a search text: runs of letters and digits, lower-cased. Everything else (Lucene syntax too) separates. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 10);
}

/**
 * A Lucene query for the full-text index, built only from letters and digits, so no character of the input is ever
 * syntax: every word must match, exactly (boosted), as a prefix, or (words of 4+ letters) within one edit.
 */
export function luceneQuery(text: string): string {
  if (text.length > 200) throw badUserInput('query', 'query must be at most 200 characters');
  const words = searchWords(text);
  if (words.length === 0) throw badUserInput('query', 'query must contain at least one letter or digit');
  return words
    .map((word) => {
      const forms = [`${word}^4`, `${word}*^2`];
      if (word.length >= 4 && /^[\p{Script=Latin}\p{N}]+$/u.test(word)) forms.push(`${word}~1`);
      return `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}
