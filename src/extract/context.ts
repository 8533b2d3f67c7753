import { CountryMention, findCountries } from './gazetteer';
import { Sentence, sentencesOf } from './text';
import { Token, tokensOf } from './tokens';

/**
 * What every step of extraction reads: the text, its publication day, its sentences (with their zones), its words
 * (with compromise's tags) and the places it names countries. Built once per text.
 */
export interface TextContext {
  text: string;
  /** The publication day, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  sentences: Sentence[];
  tokens: Token[];
  countries: CountryMention[];
  /** The words of a sentence, in order. */
  tokensOf(sentence: Sentence): Token[];
  /** The country mention covering an offset, if any. */
  countryAt(offset: number): CountryMention | undefined;
  /** The sentence an offset is in. */
  sentenceAt(offset: number): Sentence | undefined;
}

/** The zones whose sentences state facts: the story, its headline and photo captions (not bylines or page furniture). */
export const FACT_ZONES: ReadonlySet<string> = new Set(['headline', 'caption', 'body']);

/** Reads a text once into the context every extraction step shares. */
export function contextOf(text: string, published: string): TextContext {
  const sentences = sentencesOf(text);
  const tokens = tokensOf(text);
  const countries = findCountries(text);
  const bySentence = new Map<number, Token[]>();
  let at = 0;
  for (const sentence of sentences) {
    while (at < tokens.length && tokens[at].end <= sentence.start) at += 1;
    const own: Token[] = [];
    for (let index = at; index < tokens.length && tokens[index].start < sentence.end; index += 1) own.push(tokens[index]);
    bySentence.set(sentence.index, own);
  }
  return {
    text,
    published,
    sentences,
    tokens,
    countries,
    tokensOf: (sentence) => bySentence.get(sentence.index) ?? [],
    countryAt: (offset) => covering(countries, offset),
    sentenceAt: (offset) => covering(sentences, offset),
  };
}

/** The span covering an offset, among spans sorted by start that do not overlap (binary search). */
function covering<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else if (spans[middle].start > offset) high = middle - 1;
    else return spans[middle];
  }
  return undefined;
}
