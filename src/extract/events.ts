import { FACT_ZONES, TextContext } from './context';
import { DateMention, findDates } from './dates';
import { CountryMention } from './gazetteer';
import { Organization } from './organizations';
import { EVENT_TRIGGERS, EventTrigger, SCHEDULED } from './patterns';
import { Person, PersonMention, Span } from './people';
import { Place, TopicMention } from './places';
import { Sentence } from './text';
import { NUMBER_WORDS } from './words';

/**
 * Events in a text. Each sentence's triggers (`patterns.json`: "met", "summit", "sanctions", "launched … satellite",
 * "said the ministry") become event mentions with what the sentence says around them: the date nearest the trigger,
 * the place after it, the people and countries before it (or after "with", "between", "hosted by"), the imposers
 * and targets of sanctions (split into one sanction per government where the text says they acted "unilaterally"),
 * the speaker of a statement, the topics, the status ("will", "upcoming" → scheduled). A mention that refers back
 * ("these meetings", "the talks") or agrees with an earlier event of its type (no conflicting date, place, parties)
 * is that event; the rest are new events. Links the text states between events follow: a follow-up ("follows up
 * on"), an event that came after others ("followed closely"), an agreement reached at a summit, a working group an
 * event set up.
 */

/** A participant of an event and the quote that says so. */
export interface Participant {
  kind: 'PERSON' | 'COUNTRY' | 'ORGANIZATION';
  /** The person, the country's code or the organization. */
  person?: Person;
  code?: string;
  organization?: Organization;
  role: 'HOST' | 'ATTENDEE' | 'LEADER' | 'SIGNATORY' | 'PARTY' | 'SPEAKER';
  representing?: CountryMention;
  title?: string;
  quote: Span;
}

/** A target of a sanction. */
export interface Target {
  kind: 'COUNTRY' | 'PERSON' | 'ORGANIZATION';
  code?: string;
  person?: Person;
  organization?: Organization;
  count?: number;
  quote: Span;
}

/** An event the text reports, with everything it says about it. */
export interface ExtractedEvent {
  trigger: EventTrigger;
  /** Sentences that mention it, with the trigger in each. */
  mentions: Array<{ sentence: Sentence; trigger: Span }>;
  status: 'OCCURRED' | 'SCHEDULED';
  date?: DateMention;
  /** The quote that gives the date: trigger to date words. */
  dateQuote?: Span;
  place?: { place: Place; quote: Span };
  participants: Participant[];
  imposers: Array<{ code: string; quote: Span }>;
  targets: Target[];
  topics: Array<{ name: string; quote: Span; expected: boolean }>;
  established: Array<{ organization: Organization; quote: Span }>;
  links: Array<{ type: 'FOLLOWS_UP' | 'PRECEDED_BY' | 'PART_OF'; to: ExtractedEvent; quote: Span }>;
  confidence: number;
  signals: string[];
}

interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  topics: TopicMention[];
}

const ANAPHORA =
  /\b(?:the|this|these|that|those|their|its|his|her|such|both|the two sides['’]?|the leaders['’]?|the ministers['’]?)\s+(?:\w+\s+){0,2}$/iu;
const UNILATERAL = /\b(?:unilateral(?:ly)?|separately|respectively|independently|each)\b/iu;
const TARGET_NOUNS =
  'nationals|individuals|entities|people|persons|officials|companies|firms|organizations|organisations|banks|vessels|ships|agents|hackers|experts|citizens|businesses|groups';
const CLAUSE_START = /[;:—–]\s*|\b(?:but|while|whereas|although|after|before|when|since|because)\s+/giu;

function span(context: TextContext, start: number, end: number): Span {
  return { start, end, text: context.text.slice(start, end) };
}

/** Where the clause holding an offset of a sentence starts (absolute offset). */
function clauseStart(sentence: Sentence, offset: number): number {
  let from = sentence.start;
  for (const match of sentence.text.slice(0, offset - sentence.start).matchAll(CLAUSE_START))
    from = sentence.start + match.index + match[0].length;
  return from;
}

/** Trigger matches in one sentence, longest first where they overlap. */
function triggersIn(sentence: Sentence): Array<{ trigger: EventTrigger; start: number; end: number }> {
  const found: Array<{ trigger: EventTrigger; start: number; end: number }> = [];
  for (const trigger of EVENT_TRIGGERS) {
    for (const match of sentence.text.matchAll(trigger.pattern)) {
      found.push({ trigger, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const candidate of found)
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  return kept;
}

/** The events a text reports, in order of first mention. */
export function findEvents(context: TextContext, entities: Entities): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const displayed: ExtractedEvent[] = [];
  for (const sentence of context.sentences) {
    if (!FACT_ZONES.has(sentence.zone)) continue;
    const dates = findDates(sentence, context.published);
    const triggers = triggersIn(sentence);
    const local: ExtractedEvent[] = [];
    for (const group of groupTriggers(context, triggers, dates)) {
      const first = group[0];
      for (const draft of readEvent(context, sentence, group, dates, triggers, entities)) {
        if (
          first.trigger.requires === 'date' &&
          !(draft.date?.date && Math.min(Math.abs(draft.date.start - first.end), Math.abs(first.start - draft.date.end)) <= 30)
        )
          continue;
        if (sentence.zone !== 'body') {
          displayed.push(draft); // a headline's or a caption's: matched with the story's events below
          local.push(draft);
          continue;
        }
        const nounTrigger = !context.tokensOf(sentence).some((token) => token.start === first.start && token.tags.has('Verb'));
        const determined = /^(?:the|this|that|these|those)\s/iu.test(context.text.slice(first.start, first.end));
        const anaphoric =
          ((nounTrigger && ANAPHORA.test(context.text.slice(Math.max(sentence.start, first.start - 40), first.start))) || determined) &&
          !draft.date;
        const target = anaphoric ? latest(events, draft) : compatible(events, draft, false);
        if (target) {
          absorb(target, draft);
          local.push(target);
        } else if (!anaphoric || draft.participants.length > 0 || draft.place || draft.imposers.length > 0) {
          events.push(draft);
          local.push(draft);
        }
      }
    }
    linkWithin(context, sentence, local, events);
  }
  // A headline or a caption tells of the story's events: each is the first event of its type it agrees with.
  for (const draft of displayed) {
    const target = compatible([...events].reverse(), draft, true);
    if (target) absorb(target, draft);
    else events.push(draft);
  }
  events.forEach((event) => upgradeToSummit(context, event));
  return events;
}

const HEAD_TITLES =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|supreme leader|monarch|head of state|head of government)\b/iu;
const SUMMIT_TRIGGER = EVENT_TRIGGERS.find((trigger) => trigger.type === 'SUMMIT') as EventTrigger;

/** Whether a person is a head of state or government, by any title the text gives them. */
function isHead(person: Person): boolean {
  return person.mentions.some(
    (mention) => mention.title && HEAD_TITLES.test(mention.title.text) && !/\b(?:vice|deputy|former)\b/iu.test(mention.title.text),
  );
}

/**
 * A meeting of heads of state or government is a summit (CAMEO 043, not 040): two or more leaders meet, "the
 * leaders met", a "Leaders' Meeting", or a leader's visit or trip.
 */
function upgradeToSummit(context: TextContext, event: ExtractedEvent): void {
  if (event.trigger.type !== 'MEETING' || event.trigger.name === 'phone call') return;
  const heads = event.participants.filter((item) => item.person && isHead(item.person));
  const leaders = event.mentions.some((mention) =>
    /\bleaders['’]?\s+(?:\w+\s+){0,2}$/iu.test(
      context.text.slice(Math.max(mention.sentence.start, mention.trigger.start - 30), mention.trigger.start),
    ),
  );
  const visit = event.trigger.name === 'visit' && heads.length > 0;
  if (heads.length >= 2 || leaders || visit) {
    event.signals.push(
      heads.length >= 2 ? 'leaders of states meet: a summit' : leaders ? '"leaders": a summit' : "a leader's visit: a summit",
    );
    event.trigger = SUMMIT_TRIGGER;
  }
}

/**
 * Triggers of one type close together in a sentence ("met … to hold talks") are one event; a date, a place word or a
 * clause break between them ("the meeting since they held talks", "met on the sidelines of a meeting") keeps them apart.
 */
function groupTriggers(context: TextContext, triggers: Array<{ trigger: EventTrigger; start: number; end: number }>, dates: DateMention[]) {
  const groups: Array<typeof triggers> = [];
  for (const trigger of triggers) {
    const group = groups.find((candidate) => {
      const last = candidate[candidate.length - 1];
      if (last.trigger.type !== trigger.trigger.type || trigger.start - last.end > 80) return false;
      const between = context.text.slice(last.end, trigger.start);
      return (
        !dates.some((date) => date.start >= last.end && date.end <= trigger.start) &&
        !/\b(?:since|after|before|sidelines|margins|at|during|while|when|but)\b|[;:—]/iu.test(between)
      );
    });
    if (group) group.push(trigger);
    else groups.push([trigger]);
  }
  return groups;
}

/**
 * How far a date is from an event's triggers, as a score (lower is nearer; Infinity: not this event's date). A date
 * after the trigger is preferred; a date across another trigger, after "from", "until" or "by" (the start or end of
 * something else), or modifying another noun ("the July 28 presidential election") is not the event's; one across
 * another verb ("agreed that experts would go … later this month") is far.
 */
function dateScore(
  context: TextContext,
  sentence: Sentence,
  first: { start: number; end: number },
  last: { start: number; end: number },
  date: DateMention,
  between: (a: number, b: number) => boolean,
): number {
  if (date.start >= first.start && date.end <= last.end) return 0;
  const after = date.start >= last.end;
  const from = after ? last.end : date.end;
  const to = after ? date.start : first.start;
  if (to < from || between(from, to)) return Infinity;
  const lead = context.text.slice(Math.max(sentence.start, date.start - 10), date.start);
  if (/\b(?:from|until|till|through|by|before|to)\s+$/iu.test(lead)) return Infinity;
  const attributive = /\b(?:the|a|an)\s+$/iu.test(lead) && /^\s+\p{Ll}/u.test(context.text.slice(date.end, date.end + 3));
  if (attributive && !(date.end <= first.start && first.start - date.end <= 30)) return Infinity;
  const verbs = context
    .tokensOf(sentence)
    .filter(
      (token) =>
        token.start >= from &&
        token.end <= to &&
        token.tags.has('Verb') &&
        !token.tags.has('Auxiliary') &&
        !token.tags.has('Copula') &&
        !token.tags.has('Modal'),
    );
  const finiteVerbs = verbs.filter((token) => token.start > from + 1 || !after);
  return to - from + (after ? 0 : 20) + (finiteVerbs.length > 0 ? 150 : 0) + (date.date === null ? 40 : 0);
}

/** What a sentence says about the event of a group of triggers (a sanction by several governments acting alone is several). */
function readEvent(
  context: TextContext,
  sentence: Sentence,
  group: Array<{ trigger: EventTrigger; start: number; end: number }>,
  dates: DateMention[],
  allTriggers: Array<{ trigger: EventTrigger; start: number; end: number }>,
  entities: Entities,
): ExtractedEvent[] {
  const first = group[0];
  const last = group[group.length - 1];
  const trigger = group.find((candidate) => candidate.trigger.type === 'SUMMIT')?.trigger ?? first.trigger;
  const others = allTriggers.filter((other) => !group.includes(other));
  const event: ExtractedEvent = {
    trigger,
    mentions: [{ sentence, trigger: span(context, first.start, first.end) }],
    status: 'OCCURRED',
    participants: [],
    imposers: [],
    targets: [],
    topics: [],
    established: [],
    links: [],
    confidence: 0.6,
    signals: group.map(
      (item) =>
        `"${context.text.slice(item.start, item.end)}" (${item.trigger.name}: CAMEO ${item.trigger.cameo}, PLOVER ${item.trigger.plover})`,
    ),
  };
  // The date: the nearest to the triggers (after them before before them), not across another event's trigger.
  const between = (a: number, b: number) => others.some((other) => other.start >= Math.min(a, b) && other.end <= Math.max(a, b));
  const candidates = dates
    .map((date) => ({ date, score: dateScore(context, sentence, first, last, date, between) }))
    .filter((candidate) => candidate.score < 300)
    .sort((a, b) => a.score - b.score);
  const chosen = candidates[0]?.date;
  if (chosen) {
    event.date = chosen;
    event.dateQuote = span(context, Math.min(first.start, chosen.start), Math.max(last.end, chosen.end));
    event.confidence += 0.1;
  }
  const clause = context.text.slice(clauseStart(sentence, first.start), Math.min(sentence.end, last.end + 25));
  const scheduled = SCHEDULED.exec(clause);
  if (scheduled || (chosen?.date && chosen.date > context.published && chosen.precision === 'DAY')) {
    event.status = 'SCHEDULED';
    event.signals.push(scheduled ? `"${scheduled[0]}": scheduled` : 'a date after publication');
  }
  // The place: the nearest after the triggers (or just before: "the Camp David summit"), within the sentence.
  let bestPlace: { place: Place; mention: Span; distance: number } | undefined;
  for (const place of entities.places) {
    for (const mention of place.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end || place.datelineOnly || seatOf(entities, mention)) continue;
      const distance =
        mention.start >= last.end ? mention.start - last.end : first.start - mention.end <= 40 ? first.start - mention.end + 30 : Infinity;
      if (distance === Infinity || distance > 160 || between(Math.min(mention.end, last.end), Math.max(mention.start, first.start)))
        continue;
      if (!bestPlace || distance < bestPlace.distance) bestPlace = { place, mention, distance };
    }
  }
  if (bestPlace)
    event.place = {
      place: bestPlace.place,
      quote: span(context, Math.min(first.start, bestPlace.mention.start), Math.max(last.end, bestPlace.mention.end)),
    };
  // Topics named in the sentence.
  const expected = /\bexpected to\b|\bwill (?:discuss|address|focus)|\bto discuss\b/iu.test(sentence.text);
  for (const topic of entities.topics) {
    if (topic.start >= sentence.start && topic.end <= sentence.end && !event.topics.some((known) => known.name === topic.name)) {
      event.topics.push({
        name: topic.name,
        quote: span(context, topic.start, topic.end),
        expected: expected && event.status === 'SCHEDULED',
      });
    }
  }
  // Working groups set up in the same sentence, after the trigger.
  for (const organization of entities.organizations) {
    if (organization.rule !== 'organization set up' || ['SANCTION', 'LAUNCH'].includes(trigger.type)) continue;
    const mention = organization.mentions.find((candidate) => candidate.start > first.start && candidate.end <= sentence.end);
    if (mention && !between(last.end, mention.start))
      event.established.push({ organization, quote: span(context, first.start, mention.end) });
  }
  readActors(context, sentence, event, first, last, entities, others);
  if (trigger.type === 'SANCTION' && event.imposers.length > 1 && UNILATERAL.test(sentence.text)) {
    event.signals.push('several governments acting alone: one sanction each');
    return event.imposers.map((imposer) => ({
      ...event,
      imposers: [imposer],
      participants: [],
      targets: event.targets.map((target) => ({ ...target })),
      topics: event.topics.map((topic) => ({ ...topic })),
      established: [],
      signals: [...event.signals],
      links: [],
      mentions: [...event.mentions],
    }));
  }
  return [event];
}

/** The people, countries and organizations an event's sentence gives it: participants, speakers, imposers, targets. */
function readActors(
  context: TextContext,
  sentence: Sentence,
  event: ExtractedEvent,
  first: { start: number; end: number },
  last: { start: number; end: number },
  entities: Entities,
  others: Array<{ start: number; end: number }>,
): void {
  const type = event.trigger.type;
  const from = clauseStart(sentence, first.start);
  // "At a summit in Yongsan on Sunday, Kishida and Yoon agreed": the subject after a fronted phrase took part.
  const fronted = /^(?:At|During|After|Before|Following|Ahead of|On the (?:sidelines|margins) of)\b/u.test(sentence.text)
    ? context.text.indexOf(',', last.end)
    : -1;
  const subjectEnd =
    fronted >= 0 && fronted < sentence.end
      ? (context.tokensOf(sentence).find((token) => token.start > fronted && token.tags.has('Verb'))?.start ?? -1)
      : -1;
  const before = (start: number) => (start >= from && start < first.start) || (subjectEnd > 0 && start > fronted && start < subjectEnd);
  const nextTrigger = others.filter((other) => other.start > last.end).map((other) => other.start)[0] ?? sentence.end;
  /** After the trigger, introduced by "with", "between", "hosted by", "joined by", "by" — up to the next trigger. */
  const afterRole = (start: number): Participant['role'] | 'BY' | undefined => {
    if (start < last.end || start > nextTrigger) return undefined;
    const lead = context.text.slice(last.end, start);
    if (/\bhosted\s+by\b[^.;]*$/iu.test(lead) && !/[.;]/u.test(lead)) return 'HOST';
    if (/\b(?:with|between|joined\s+by|alongside)\b/iu.test(lead) && !/\bsaid\b/iu.test(lead)) return 'ATTENDEE';
    if (/\bby\b/iu.test(lead)) return 'BY';
    return undefined;
  };
  const saidBy = /\b(?:said|says|told|according to)\b/iu;
  const quoteFor = (start: number, end: number) => span(context, Math.min(start, first.start), Math.max(end, last.end));
  const hostedBySubject = /\b(?:hosted|hosts|will host|to host)\b/iu.test(context.text.slice(first.start - 20, first.start));

  if (type === 'SANCTION') {
    readSanction(context, sentence, event, first, last, from, nextTrigger, entities);
    return;
  }
  if (type === 'STATEMENT') {
    const speaker = speakerOf(context, sentence, entities);
    if (speaker) event.participants.push(speaker);
  }
  for (const person of entities.people) {
    for (const mention of person.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      const lead = context.text.slice(sentence.start, mention.start);
      const role = before(mention.start) ? (hostedBySubject ? 'HOST' : defaultRole(type)) : afterRole(mention.start);
      if (!role || (before(mention.start) && saidBy.test(context.text.slice(mention.end, first.start)) && type !== 'STATEMENT')) continue;
      if (type === 'STATEMENT' && /\b(?:said|says|told)\s*$/iu.test(lead)) continue;
      if (event.participants.some((known) => known.person === person)) continue;
      const speaks = type === 'STATEMENT' && mention.end <= first.start && first.start - mention.phrase.end <= 3;
      event.participants.push(
        participant(
          person,
          mention,
          speaks ? 'SPEAKER' : role === 'BY' ? defaultRole(type) : role,
          quoteFor(mention.phrase.start, mention.phrase.end),
        ),
      );
    }
  }
  // Countries before the trigger (not a person's, not the place) or after "with"/"between".
  for (const mention of context.countries) {
    if (mention.start < sentence.start || mention.end > sentence.end) continue;
    const role = before(mention.start) ? defaultCountryRole(type) : afterRole(mention.start);
    if (!role || role === 'BY') continue;
    if (
      insidePhrase(event, mention) ||
      locative(context, mention) ||
      inOrganizationName(entities, mention) ||
      modifierOnly(context, mention) ||
      quoted(context, sentence, mention.start)
    )
      continue;
    if (
      type === 'LAUNCH' &&
      (first.start - mention.end > 80 ||
        /\b(?:the|a|an|recently|newly|its|their)\s+$/iu.test(context.text.slice(Math.max(sentence.start, first.start - 12), first.start)))
    )
      continue;
    if (
      event.participants.some((known) => known.code === mention.code) ||
      (type === 'STATEMENT' && /\b(?:said|says)\b/iu.test(context.text.slice(mention.end, first.start)))
    )
      continue;
    event.participants.push({
      kind: 'COUNTRY',
      code: mention.code,
      role: hostedBySubject && role !== 'ATTENDEE' ? 'HOST' : role,
      quote: quoteFor(mention.start, mention.end),
    });
  }
  // A country each participant acts for takes part too.
  for (const item of [...event.participants]) {
    const code = item.representing?.code;
    if (code && !event.participants.some((known) => known.code === code)) {
      event.participants.push({ kind: 'COUNTRY', code, role: defaultCountryRole(type), quote: item.quote });
    }
  }
}

function participant(person: Person, mention: PersonMention, role: Participant['role'], quote: Span): Participant {
  return { kind: 'PERSON', person, role, representing: mention.country, title: mention.title?.text, quote };
}

function defaultRole(type: string): Participant['role'] {
  return type === 'AGREEMENT' ? 'SIGNATORY' : type === 'STATEMENT' || type === 'LAUNCH' ? 'PARTY' : 'ATTENDEE';
}

function defaultCountryRole(type: string): Participant['role'] {
  return type === 'MEETING' || type === 'SUMMIT' ? 'ATTENDEE' : 'PARTY';
}

/** Whether a country mention is part of a person's phrase already counted ("South Korea’s deputy nuclear envoy …"). */
function insidePhrase(event: ExtractedEvent, mention: CountryMention): boolean {
  return event.participants.some((item) => item.kind === 'PERSON' && item.representing?.start === mention.start);
}

/** Whether a country's name is a place here ("in Tokyo", "to Japan"): where, not who. */
function locative(context: TextContext, mention: CountryMention): boolean {
  return /\b(?:in|at|to|into|near|inside|outside|across|toward|towards|on|against|over|of)\s+(?:the\s+)?$/iu.test(
    context.text.slice(Math.max(0, mention.start - 12), mention.start),
  ) && !/\bof\s+(?:the\s+)?$/iu.test(context.text.slice(Math.max(0, mention.start - 8), mention.start))
    ? true
    : /['’]s\s+(?:\w+\s+){0,2}(?:threats?|programs?|programmes?|activities|nuclear|missiles?|cyber)/iu.test(
        context.text.slice(mention.end, mention.end + 40),
      ) &&
        !/['’]s\s+(?:\w+\s+){0,3}(?:envoy|minister|president|leader|official|delegation)/iu.test(
          context.text.slice(mention.end, mention.end + 50),
        );
}

/** Whether a place is where an organization named just before it sits ("the Foreign Ministry in Seoul"). */
function seatOf(entities: Entities, place: Span): boolean {
  return entities.organizations.some((org) => org.mentions.some((mention) => mention.end < place.start && place.start - mention.end <= 4));
}

/** Whether a country is named as a modifier of something else ("the North’s cryptocurrency theft", "China's economy"), not as an actor. */
function modifierOnly(context: TextContext, mention: CountryMention): boolean {
  const after = context.text.slice(mention.end, mention.end + 60);
  const possessive = /^['’]s\s+(?:\p{L}+\s+){0,2}?(\p{L}+)/u.exec(after);
  if (!possessive) return false;
  return !/^(?:envoy|minister|president|leader|official|delegation|government|foreign|prime|deputy|top|chief|ambassador|representative|negotiator|special|national|vice|secretary|counterpart|spokesman|spokeswoman|spokesperson|defense|defence|state|supreme|king|crown)/iu.test(
    after.replace(/^['’]s\s+/u, ''),
  );
}

/** Whether an offset is inside a quotation (“…” or "…"): the words of a speaker, not the story's. */
function quoted(context: TextContext, sentence: Sentence, offset: number): boolean {
  const before = context.text.slice(sentence.start, offset);
  const curly = (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0);
  return curly || (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/** Whether a country mention is inside an organization's name ("U.S.-China Business Council"). */
function inOrganizationName(entities: Entities, mention: CountryMention): boolean {
  return entities.organizations.some((org) => org.mentions.some((span) => span.start <= mention.start && mention.end <= span.end));
}

/** The speaker of a statement: "said the ministry", "the Foreign Ministry said", "X said in a statement". */
function speakerOf(context: TextContext, sentence: Sentence, entities: Entities): Participant | undefined {
  const said =
    /\b(?:said|says|announced|stated)\s+(?:the\s+)?([\p{L}\s’'-]{0,60}?(ministry|office|department|government|council|commission|agency|bureau|spokesperson|spokesman|spokeswoman))\b/iu.exec(
      sentence.text,
    );
  const orgs = entities.organizations.filter((org) =>
    org.mentions.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end),
  );
  if (said) {
    const start = sentence.start + said.index;
    const end = start + said[0].length;
    const named = orgs.find((org) => org.mentions.some((mention) => mention.start >= start && mention.end <= end + 20));
    const kind = said[2].toLowerCase();
    const earlier =
      named ??
      [...entities.organizations]
        .filter((org) => org.mentions.some((mention) => mention.start < start) && org.name.toLowerCase().includes(kind))
        .sort(
          (a, b) =>
            Math.max(...b.mentions.filter((m) => m.start < start).map((m) => m.start)) -
            Math.max(...a.mentions.filter((m) => m.start < start).map((m) => m.start)),
        )[0];
    if (earlier) {
      if (!earlier.mentions.some((mention) => mention.start <= start && end <= mention.end) && !named)
        earlier.mentions.push(span(context, start + said[0].length - said[1].length, end));
      return { kind: 'ORGANIZATION', organization: earlier, role: 'SPEAKER', quote: span(context, start, end) };
    }
  }
  const subject = orgs.find((org) =>
    org.mentions.some(
      (mention) =>
        mention.start >= sentence.start && /^\s*(?:said|says|announced)\b/iu.test(context.text.slice(mention.end, mention.end + 12)),
    ),
  );
  if (subject) {
    const mention = subject.mentions.find((item) => item.start >= sentence.start && item.end <= sentence.end) as Span;
    return {
      kind: 'ORGANIZATION',
      organization: subject,
      role: 'SPEAKER',
      quote: span(context, mention.start, Math.min(sentence.end, mention.end + 8)),
    };
  }
  return undefined;
}

/** A sanction's imposers (subjects, "by …") and targets ("against …", "on …", "11 North Korean nationals"). */
function readSanction(
  context: TextContext,
  sentence: Sentence,
  event: ExtractedEvent,
  first: { start: number; end: number },
  last: { start: number; end: number },
  from: number,
  nextTrigger: number,
  entities: Entities,
): void {
  const windowEnd = Math.min(sentence.end, Math.max(nextTrigger, last.end + 200));
  const targetLead =
    /\b(?:against|on|targeting|targets|targeted|including|added|blacklisted|designated|froze(?:\s+the)?\s+assets\s+of|to)\s+(?:the\s+|\d+\s+|[\w-]+\s+){0,3}$/iu;
  const countTarget = new RegExp(
    `\\b(\\d{1,4}|${Object.keys(NUMBER_WORDS)
      .filter((word) => word.length > 2)
      .join('|')})\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${TARGET_NOUNS})\\b`,
    'giu',
  );
  for (const mention of context.countries) {
    if (mention.start < from || mention.end > windowEnd) continue;
    const lead = context.text.slice(Math.max(from, mention.start - 60), mention.start);
    const followedByTargets = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${TARGET_NOUNS})\\b`, 'iu').test(
      context.text.slice(mention.end, mention.end + 40),
    );
    const isTarget = followedByTargets || (mention.start > first.start && targetLead.test(lead));
    if (isTarget) {
      if (!event.targets.some((target) => target.code === mention.code))
        event.targets.push({
          kind: 'COUNTRY',
          code: mention.code,
          quote: span(context, Math.min(first.start, mention.start), Math.max(last.end, mention.end)),
        });
    } else if (
      mention.start < first.start ||
      /\bby\s+(?:the\s+)?(?:governments?\s+of\s+)?(?:[\p{L}.’'\s,-]*)$/iu.test(context.text.slice(last.end, mention.start))
    ) {
      if (mention.start > first.start && /\bagainst\b/iu.test(context.text.slice(last.end, mention.start))) continue;
      if (!event.imposers.some((imposer) => imposer.code === mention.code))
        event.imposers.push({
          code: mention.code,
          quote: span(context, Math.min(first.start, mention.start), Math.max(last.end, mention.end)),
        });
    }
  }
  for (const match of context.text.slice(from, windowEnd).matchAll(countTarget)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    const country = context.countries.find((mention) => mention.start >= start && mention.end <= end);
    const existing = country ? event.targets.find((target) => target.code === country.code) : undefined;
    if (existing) {
      existing.count ??= count;
      existing.quote = span(context, Math.min(existing.quote.start, start), Math.max(existing.quote.end, end));
    } else if (country) event.targets.push({ kind: 'COUNTRY', code: country.code, count, quote: span(context, start, end) });
  }
  for (const person of entities.people) {
    for (const mention of person.mentions) {
      if (mention.start > last.end && mention.end <= windowEnd && targetLead.test(context.text.slice(last.end, mention.start).slice(-60))) {
        if (!event.targets.some((target) => target.person === person))
          event.targets.push({ kind: 'PERSON', person, quote: span(context, first.start, mention.end) });
      }
    }
  }
  for (const organization of entities.organizations) {
    for (const mention of organization.mentions) {
      if (mention.start > last.end && mention.end <= windowEnd && targetLead.test(context.text.slice(last.end, mention.start).slice(-60))) {
        if (!event.targets.some((target) => target.organization === organization))
          event.targets.push({ kind: 'ORGANIZATION', organization, quote: span(context, first.start, mention.end) });
      } else if (mention.end <= first.start && mention.start >= from && organization.orgKind !== 'MEDIA') {
        if (!event.participants.some((item) => item.organization === organization))
          event.participants.push({ kind: 'ORGANIZATION', organization, role: 'PARTY', quote: span(context, mention.start, last.end) });
      }
    }
  }
  event.targets = event.targets.filter((target) => !target.code || !event.imposers.some((imposer) => imposer.code === target.code));
}

/** Event types a mention of one may refer to ("the talks" at a summit). */
function family(type: string): string {
  return type === 'SUMMIT' ? 'MEETING' : type;
}

/** The latest earlier event of the same type: what "the talks" and "these meetings" refer to. */
function latest(events: ExtractedEvent[], draft: ExtractedEvent): ExtractedEvent | undefined {
  return [...events].reverse().find((event) => family(event.trigger.type) === family(draft.trigger.type) && event.status === draft.status);
}

/**
 * The latest earlier event of the same type that this one can be: no conflicting date, status, place, imposers,
 * speaker or parties, and something in common (a place, a date, a participant, an imposer, a speaker) unless `loose`
 * (a headline's or a caption's mention, which names less).
 */
function compatible(events: ExtractedEvent[], draft: ExtractedEvent, loose: boolean): ExtractedEvent | undefined {
  const imposers = (item: ExtractedEvent) =>
    item.imposers
      .map((imposer) => imposer.code)
      .sort()
      .join(',');
  const speaker = (item: ExtractedEvent) =>
    item.participants.find((p) => p.role === 'SPEAKER')?.organization ?? item.participants.find((p) => p.role === 'SPEAKER')?.person;
  const people = (item: ExtractedEvent) => new Set(item.participants.filter((p) => p.person).map((p) => p.person));
  const countries = (item: ExtractedEvent) => new Set(item.participants.filter((p) => p.code).map((p) => p.code));
  const candidates = [...events].reverse().filter((event) => {
    if (family(event.trigger.type) !== family(draft.trigger.type) || event.status !== draft.status) return false;
    if (!loose && event.trigger.type !== draft.trigger.type) return false;
    if (event.date?.date && draft.date?.date && !datesAgree(event.date, draft.date)) return false;
    if (event.place && draft.place && event.place.place !== draft.place.place) return false;
    if (imposers(event) && imposers(draft) && imposers(event) !== imposers(draft)) return false;
    if (speaker(event) && speaker(draft) && speaker(event) !== speaker(draft)) return false;
    const a = people(event);
    const b = people(draft);
    if (a.size > 0 && b.size > 0 && ![...a].some((person) => b.has(person))) return false;
    const c = countries(event);
    const d = countries(draft);
    return !(c.size > 1 && d.size > 1 && ![...c].some((code) => d.has(code)));
  });
  const shares = (event: ExtractedEvent) =>
    (event.place !== undefined && event.place.place === draft.place?.place) ||
    (!!event.date?.date && !!draft.date?.date) ||
    [...people(event)].some((person) => people(draft).has(person)) ||
    [...countries(event)].some((code) => countries(draft).has(code)) ||
    (imposers(event) !== '' && imposers(event) === imposers(draft)) ||
    (speaker(event) !== undefined && speaker(event) === speaker(draft));
  return candidates.find(shares) ?? (loose ? candidates.find((event) => event.trigger.type === draft.trigger.type) : undefined);
}

function datesAgree(a: DateMention, b: DateMention): boolean {
  if (!a.date || !b.date) return true;
  if (a.precision === 'DAY' && b.precision === 'DAY') return a.date === b.date;
  const range = (mention: DateMention): [string, string] => {
    const start = mention.date as string;
    if (mention.precision === 'DAY') return [start, start];
    const days = mention.precision === 'WEEK' ? 6 : mention.precision === 'MONTH' ? 30 : 364;
    return [start, new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)];
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

/** Takes a later mention's facts into an event: the more precise date, a place, new participants, targets and topics. */
function absorb(event: ExtractedEvent, draft: ExtractedEvent): void {
  event.mentions.push(...draft.mentions.filter((mention) => !event.mentions.some((known) => known.sentence === mention.sentence)));
  const rank = { DAY: 4, WEEK: 3, MONTH: 2, YEAR: 1, UNKNOWN: 0 };
  if (draft.date && (!event.date || rank[draft.date.precision] > rank[event.date.precision] || (!event.date.date && draft.date.date))) {
    event.date = draft.date;
    event.dateQuote = draft.dateQuote;
  }
  if (draft.status === 'SCHEDULED' && event.status !== 'SCHEDULED' && !event.date?.date) event.status = 'SCHEDULED';
  event.place ??= draft.place;
  for (const item of draft.participants) {
    const same = event.participants.find(
      (known) =>
        (item.person && known.person === item.person) ||
        (item.code && known.code === item.code) ||
        (item.organization && known.organization === item.organization),
    );
    if (!same) event.participants.push(item);
    else if (!same.representing && item.representing)
      Object.assign(same, { representing: item.representing, title: item.title ?? same.title, quote: item.quote });
  }
  for (const imposer of draft.imposers) if (!event.imposers.some((known) => known.code === imposer.code)) event.imposers.push(imposer);
  for (const target of draft.targets) {
    const same = event.targets.find(
      (known) =>
        (target.code && known.code === target.code) ||
        (target.person && known.person === target.person) ||
        (target.organization && known.organization === target.organization),
    );
    if (!same) event.targets.push(target);
    else if (same.count === undefined && target.count !== undefined) Object.assign(same, { count: target.count, quote: target.quote });
  }
  for (const topic of draft.topics) if (!event.topics.some((known) => known.name === topic.name)) event.topics.push(topic);
  for (const item of draft.established)
    if (!event.established.some((known) => known.organization === item.organization)) event.established.push(item);
  event.confidence = Math.min(0.95, Math.max(event.confidence, draft.confidence) + 0.05);
  event.signals.push(...draft.signals.filter((signal) => !event.signals.includes(signal)));
}

const FOLLOW_UP =
  /\b(?:follow(?:s|ed|ing)?\s+up\s+on|(?:as|in)\s+(?:a\s+)?follow-up\s+(?:to|on)|builds?\s+on|in\s+response\s+to|in\s+retaliation\s+for)\b/iu;
const CAME_AFTER = /\b(?:followed(?:\s+closely)?|came\s+(?:(?:just|only|shortly|days|weeks|hours)\s+)?after)\b/iu;
const AT_EVENT = /^[^.;]{0,120}\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** Links one sentence states between events: follow-ups, events that came after others, an agreement reached at a summit. */
function linkWithin(context: TextContext, sentence: Sentence, local: ExtractedEvent[], events: ExtractedEvent[]): void {
  const at = (event: ExtractedEvent) => event.mentions.find((mention) => mention.sentence === sentence)?.trigger.start ?? -1;
  const quote = span(context, sentence.start, Math.min(sentence.end, sentence.start + 2000));
  for (const pattern of [FOLLOW_UP, CAME_AFTER] as const) {
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    const pivot = sentence.start + match.index;
    const later = local.filter((event) => at(event) > pivot);
    let earlier = local.filter((event) => at(event) >= 0 && at(event) < pivot);
    if (earlier.length === 0) {
      const subject = context.text.slice(sentence.start, pivot);
      const established = events.find((event) =>
        event.established.some((item) =>
          subject.toLowerCase().includes(item.organization.name.split(/\s+/u).pop()?.toLowerCase() ?? '\u0000'),
        ),
      );
      const plural = /\b(?:these|those|the)\s+(\w+?)s\b/iu.exec(subject);
      if (established) earlier = [established];
      else if (plural) earlier = events.filter((event) => !later.includes(event) && event.trigger.type === typeOfWord(plural[1]));
      else {
        const previous = [...events]
          .reverse()
          .find((event) => !later.includes(event) && event.mentions.some((mention) => mention.sentence.index < sentence.index));
        earlier = previous ? [previous] : [];
      }
    }
    const type = pattern === FOLLOW_UP ? 'FOLLOWS_UP' : 'PRECEDED_BY';
    for (const from of earlier)
      for (const to of later) if (from !== to && !from.links.some((link) => link.to === to)) from.links.push({ type, to, quote });
  }
  // "the agreement reached … at the Camp David summit", "met on the sidelines of a meeting of …": part of that event.
  for (const event of local) {
    if (!['AGREEMENT', 'STATEMENT', 'MEETING'].includes(event.trigger.type)) continue;
    const host = local.find(
      (other) =>
        other !== event &&
        ['SUMMIT', 'MEETING'].includes(other.trigger.type) &&
        at(other) > at(event) &&
        AT_EVENT.test(context.text.slice(at(event), at(other))),
    );
    if (!host || event.links.some((link) => link.to === host)) continue;
    const hostTrigger = host.mentions.find((mention) => mention.sentence === sentence)?.trigger as Span;
    event.links.push({ type: 'PART_OF', to: host, quote: span(context, at(event), hostTrigger.end) });
    if (!event.date && host.date)
      Object.assign(event, { date: host.date, dateQuote: span(context, at(event), Math.max(host.date.end, hostTrigger.end)) });
    event.place ??= host.place;
  }
  // "India and China have agreed …, after their ministers held talks in Moscow on Thursday": reached at those talks.
  for (const event of local) {
    if (event.trigger.type !== 'AGREEMENT' || event.date?.date || event.links.some((link) => link.type === 'PART_OF')) continue;
    const talks = local.find(
      (other) =>
        ['SUMMIT', 'MEETING'].includes(other.trigger.type) &&
        other.date?.date &&
        other.mentions.some((mention) => mention.sentence === sentence),
    );
    if (!talks?.date) continue;
    const talksTrigger = talks.mentions.find((mention) => mention.sentence === sentence)?.trigger as Span;
    const quote = span(context, Math.min(at(event), talksTrigger.start), Math.max(at(event), talks.date.end, talksTrigger.end));
    event.links.push({ type: 'PART_OF', to: talks, quote });
    Object.assign(event, { date: talks.date, dateQuote: quote });
    event.signals.push('reached at the talks the sentence dates');
  }
}

function typeOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (/^(?:meeting|talk|visit|call|negotiation)$/u.test(lower)) return 'MEETING';
  if (lower === 'summit') return 'SUMMIT';
  if (/^(?:sanction|measure)$/u.test(lower)) return 'SANCTION';
  if (/^(?:agreement|deal|accord)$/u.test(lower)) return 'AGREEMENT';
  if (/^(?:launch|test)$/u.test(lower)) return 'LAUNCH';
  return undefined;
}
