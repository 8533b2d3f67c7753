import { nlp } from './nlp';

/**
 * The words of a text with compromise's part-of-speech and entity tags (ProperNoun, Person, FirstName, Place, City,
 * Organization, Verb, PastTense, Possessive...) and their offsets. Hyphenated names stay one word ("Joon-il",
 * "Director-General"), and an initial keeps its full stop ("S. Jaishankar").
 */

/** One word of the text. */
export interface Token {
  /** The word as written, without surrounding punctuation (with a possessive "’s" where compromise keeps it). */
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** The punctuation and space that follow the word. */
  post: string;
}

interface Term {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Every word of `text`, in order. compromise reads the whole text once (about 1 ms per 10 words). */
export function tokensOf(text: string): Token[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
  const tokens: Token[] = [];
  for (const term of sentences.flatMap((sentence) => sentence.terms)) {
    const start = term.offset.start;
    const end = start + term.offset.length;
    if (text.slice(start, end) !== term.text) continue; // compromise normalized this word: it cannot be quoted
    const previous = tokens[tokens.length - 1];
    if (previous && /^[-‐]$/u.test(previous.post) && previous.end + 1 === start) {
      tokens[tokens.length - 1] = {
        text: text.slice(previous.start, end),
        start: previous.start,
        end,
        tags: new Set([...previous.tags, ...term.tags]),
        post: term.post,
      };
      continue;
    }
    if (/^\p{Lu}$/u.test(term.text) && term.post.startsWith('.')) {
      tokens.push({ text: `${term.text}.`, start, end: end + 1, tags: new Set([...term.tags, 'Initial']), post: term.post.slice(1) });
      continue;
    }
    tokens.push({ text: term.text, start, end, tags: new Set(term.tags), post: term.post });
  }
  return tokens;
}

/** Whether a token is written with a possessive ("Japan’s", "Korea's"). */
export function isPossessive(token: Token): boolean {
  return /['’]s$/u.test(token.text) || /^['’]/u.test(token.post);
}

/** A token's word without a possessive ending. */
export function bareWord(token: Token): string {
  return token.text.replace(/['’]s$/u, '');
}
