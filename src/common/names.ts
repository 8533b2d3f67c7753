/**
 * Name normalization for resolution: case, accents, punctuation and spacing do not make a different name
 * ("Lee Joon-il", "LEE JOON IL" and "Lee Joon‐il" are one key). Romanization variants ("Joon"/"Jun") are not folded:
 * they are the same name only when an alias says so.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1') // accents of Latin letters only: kana and hangul keep theirs
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct keys of a name and its aliases and native names. */
export function nameKeys(names: Array<string | undefined | null>): string[] {
  return [
    ...new Set(
      names
        .filter((name): name is string => !!name)
        .map(nameKey)
        .filter(Boolean),
    ),
  ];
}

/** A URL-safe slug of ASCII letters and digits, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = nameKey(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
