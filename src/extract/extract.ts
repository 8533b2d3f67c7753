import { contextOf } from './context';
import { Draft, SourceFields, writeDraft } from './draft';
import { findEvents } from './events';
import { findOrganizations } from './organizations';
import { findPeople } from './people';
import { findPlaces, findTopics } from './places';

/**
 * Text to draft extraction, pure: no database, no clock, no network. The steps follow the pipeline: the text is cut
 * into sentences and words (text.ts, tokens.ts), countries are found (gazetteer.ts), then people (people.ts),
 * organizations (organizations.ts), places and topics (places.ts), events with their dates, actors and links
 * (events.ts, dates.ts), and the draft is written (draft.ts). `extract.service.ts` checks the input and resolves
 * names against the graph.
 */

/** What extraction reads: the text and what the caller knows of the article. `publishedAt` is YYYY-MM-DD. */
export type ExtractInput = SourceFields;

/** The draft (an ArticleInput) and its review. */
export type Extraction = Draft;

/** Extracts a draft ArticleInput from an article's text. */
export function extractArticle(input: ExtractInput): Extraction {
  const context = contextOf(input.text, input.publishedAt);
  const people = findPeople(context);
  const organizations = findOrganizations(context, people);
  const places = findPlaces(context, people, organizations);
  const topics = findTopics(context);
  const events = findEvents(context, { people, organizations, places, topics });
  return writeDraft(context, input, { people, organizations, places, topics, events });
}
