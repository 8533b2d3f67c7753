import countries from 'world-countries';
import { alternation, CONTEXTUAL_COUNTRY_ALIASES, COUNTRY_ALIASES } from './patterns';

/**
 * Countries as a text names them, from the `world-countries` data package (common and official names, other
 * spellings, English demonyms, capitals, names in native scripts) and the few forms it lacks (`patterns.json`):
 * "U.S.", "South Korean", "Pyongyang", "the Kremlin", "the North" where the text names North Korea.
 */

/** How a country is named in a text. */
export type CountryForm = 'name' | 'demonym' | 'capital' | 'alias';

/** A country the text names, where it names it. */
export interface CountryMention {
  start: number;
  end: number;
  text: string;
  code: string;
  form: CountryForm;
}

/** A country of the data package: its code, common name and capitals. */
export interface CountryInfo {
  code: string;
  name: string;
  /** The English adjective ("South Korean"). */
  demonym?: string;
  capitals: string[];
}

/** Capitals that are also ordinary words or names in English news ("Male", "Victoria"): never read as a country. */
const AMBIGUOUS_CAPITALS = new Set([
  'Male',
  'Victoria',
  'Hamilton',
  'Kingston',
  'Georgetown',
  'Jamestown',
  'Plymouth',
  'Saint John',
  "Saint John's",
  'Road Town',
  'The Valley',
  'Avarua',
  'Alofi',
  'Adamstown',
  'Flying Fish Cove',
  'West Island',
  'King Edward Point',
  'Washington D.C.',
  'City of Victoria',
]);

/** Country names that are also common first names or words ("Chad", "Jordan"): only as a name, never alone. */
const AMBIGUOUS_NAMES = new Set(['Chad', 'Jordan', 'Georgia', 'Niger', 'Guinea', 'Turkey', 'Lao', 'Mali']);

/** Territories whose capitals count although they are not independent states. */
const CAPITALS_OF_TERRITORIES = new Set(['TWN', 'PSE', 'UNK']);

const byCode = new Map<string, CountryInfo>();
const formOf = new Map<string, { code: string; form: CountryForm }>();

function addForm(name: string | undefined, code: string, form: CountryForm): void {
  if (!name || name.length < 2 || formOf.has(name)) return;
  if (/^[A-Z]{2}$/.test(name) && !['US', 'UK'].includes(name)) return; // two-letter codes read as words
  if (name.includes(',')) return; // "Korea, Republic of": a catalogue form, not text
  formOf.set(name, { code, form });
}

for (const country of countries) {
  const capitals = country.capital.filter((capital) => !AMBIGUOUS_CAPITALS.has(capital));
  byCode.set(country.cca3, { code: country.cca3, name: country.name.common, demonym: country.demonyms.eng?.m, capitals });
}
// Names first, so that a form two countries share means the country it is the name of.
for (const country of countries) {
  if (!AMBIGUOUS_NAMES.has(country.name.common)) addForm(country.name.common, country.cca3, 'name');
  addForm(country.name.official, country.cca3, 'name');
}
for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) aliases.forEach((alias) => addForm(alias, code, 'alias'));
// Independent states before territories: "American" is the United States, not the Northern Mariana Islands.
const statesFirst = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const country of statesFirst) {
  country.altSpellings
    .filter((spelling) => spelling.length > 3 && !AMBIGUOUS_NAMES.has(spelling))
    .forEach((spelling) => addForm(spelling, country.cca3, 'name'));
  Object.values(country.name.native).forEach((native) => addForm(native.common, country.cca3, 'name'));
  const demonyms = country.demonyms.eng;
  if (demonyms) [demonyms.m, demonyms.f].forEach((demonym) => addForm(demonym, country.cca3, 'demonym'));
  if (country.independent || CAPITALS_OF_TERRITORIES.has(country.cca3)) {
    (byCode.get(country.cca3)?.capitals ?? []).forEach((capital) => addForm(capital, country.cca3, 'capital'));
  }
}

const COUNTRY_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation([...formOf.keys()])})(?![\\p{L}\\p{N}]|-(?!\\p{Lu}))`, 'gu');

/** Demonyms inside a larger proper name that is not about the country ("Latin American", "African American"). */
const NOT_THE_COUNTRY = /(?:Latin|African|Native|Asian|Arab)\s$/u;

/** The country with this ISO 3166-1 alpha-3 code. */
export function countryOf(code: string): CountryInfo | undefined {
  return byCode.get(code);
}

/** The code of the country whose capital this is, if it is one. */
export function capitalOf(name: string): string | undefined {
  const form = formOf.get(name);
  return form?.form === 'capital' ? form.code : undefined;
}

/** The code of a country named exactly so (a name, short form, demonym or capital), if any. */
export function countryNamed(name: string): string | undefined {
  return formOf.get(name)?.code;
}

/**
 * Every place `text` names a country, in order: the longest name at each place ("North Korean" before "Korean").
 * Names true only in context ("the North") count only when the text names that country in another way too.
 */
export function findCountries(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const match of text.matchAll(COUNTRY_PATTERN)) {
    const start = match.index;
    if (NOT_THE_COUNTRY.test(text.slice(Math.max(0, start - 8), start))) continue;
    const form = formOf.get(match[0]) ?? formOf.get(match[0].replace(/\s+/g, ' '));
    if (form) found.push({ start, end: start + match[0].length, text: match[0], ...form });
  }
  const named = new Set(found.map((mention) => mention.code));
  for (const { alias, code } of CONTEXTUAL_COUNTRY_ALIASES) {
    if (!named.has(code)) continue;
    const pattern = new RegExp(`\\b${alternation([alias])}\\b(?!\\s+(?:of|and)\\b)`, 'g');
    for (const match of text.matchAll(pattern)) {
      if (found.some((mention) => mention.start < match.index + match[0].length && match.index < mention.end)) continue;
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], code, form: 'alias' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
