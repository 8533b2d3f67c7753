import { MONTH_ABBREVIATIONS } from './words';

/**
 * A news text cut into the pieces extraction works on: lines with what they are (the headline, a byline, a dateline,
 * a photo caption, page furniture such as a banner or "Advertisement", or body text) and sentences with their offsets
 * in the text, so that every quote the extractor writes is the text itself.
 */

/** What a line of a news page is. */
export type Zone = 'headline' | 'byline' | 'caption' | 'furniture' | 'body';

/** A sentence of the text: where it is, what it says, and the zone of its line. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  zone: Zone;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  ...MONTH_ABBREVIATIONS,
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'prof',
  'no',
  'vs',
  'inc',
  'co',
  'corp',
  'ltd',
  'a.m',
  'p.m',
  'approx',
  'est',
  'dept',
  'univ',
  'messrs',
  's.r.o',
  'd.c',
]);

/** Lines that are page furniture rather than the story (a weather banner, a section label). */
const FURNITURE =
  /^(?:-?\s*advertisement\s*-?|must read|related|read more|share|subscribe|photo|\d+(?:\.\d+)?\s*°?\s*[FC]|[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4})$/i;

/** A byline: "By Esther Chung", "BY ESTHER CHUNG [e-mail]". */
export const BYLINE = /^(?:[Bb]y|BY)\s+([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})\b/u;

/** The zone of each line, from its shape and position. */
function zoneOf(line: string, position: number, firstContent: number): Zone {
  const trimmed = line.trim();
  if (BYLINE.test(trimmed)) return 'byline';
  if (
    /^(?:PHOTO|Photo|PICTURE|Caption)\s*:/.test(trimmed) ||
    /\[[A-Z][A-Z .,'’&-]{3,}\]\s*$/.test(trimmed) ||
    /\((?:[A-Z][\w .'’-]*|File photo|AFP|AP|Reuters|Yonhap|Xinhua)\)\s*$/.test(trimmed)
  ) {
    return 'caption';
  }
  const words = trimmed.split(/\s+/).length;
  if (FURNITURE.test(trimmed) || (words <= 4 && !/[.!?]$/.test(trimmed) && position < firstContent)) return 'furniture';
  if (position === firstContent && !/[.!?]["”]?$/.test(trimmed)) return 'headline';
  return 'body';
}

/**
 * The sentences of a text, with offsets (`text.slice(start, end) === sentence.text`) and the zone of the line each
 * comes from. Lines are cut at full stops, question and exclamation marks followed by a space and a capital letter or
 * a quote, except after abbreviations ("U.S.", "Dec.") and initials.
 */
export function sentencesOf(text: string): Sentence[] {
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  const contentLines = lines.map((line, position) => ({ ...line, position })).filter((line) => line.text.trim().length > 0);
  const firstContent = firstStoryLine(contentLines);
  const sentences: Sentence[] = [];
  for (const line of contentLines) {
    const zone = zoneOf(line.text, line.position, firstContent);
    for (const [start, end] of splitLine(line.text)) {
      const piece = line.text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (!trimmed) continue;
      sentences.push({
        index: sentences.length,
        start: line.start + start + lead,
        end: line.start + start + lead + trimmed.length,
        text: trimmed,
        zone,
      });
    }
  }
  return sentences;
}

/** The position of the first line that is not page furniture (the headline, where there is one). */
function firstStoryLine(lines: Array<{ text: string; position: number }>): number {
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (FURNITURE.test(trimmed)) continue;
    if (trimmed.split(/\s+/).length <= 3 && !/[.!?]$/.test(trimmed)) continue;
    return line.position;
  }
  return lines[0]?.position ?? 0;
}

/** Sentence boundaries within one line, as [start, end) pairs. */
function splitLine(line: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  const boundary = /([.!?])(["”’)]*)(\s+)(?=["“‘(]?[A-Z0-9])/g;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const end = match.index + match[1].length + match[2].length;
    if (match[1] === '.' && !endsSentence(line.slice(start, match.index + 1))) continue;
    pieces.push([start, end]);
    start = end + match[3].length;
  }
  if (start < line.length) pieces.push([start, line.length]);
  return pieces;
}

/** Whether a full stop at the end of `piece` ends a sentence (not an abbreviation or an initial). */
function endsSentence(piece: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(piece)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(word.toUpperCase()) && word.length === 1) return false; // an initial: "S. Jaishankar"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "a.m"
  return true;
}

/** How many times `quote` occurs in `text` before `offset`, plus one: the occurrence the ingester locates. */
export function occurrenceAt(text: string, quote: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0 && at <= offset; at = text.indexOf(quote, at + 1)) count += 1;
  return Math.max(count, 1);
}
