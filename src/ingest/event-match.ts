/**
 * When a reported event is one already in the graph. Type and date are necessary but not enough: two sanctions by one
 * country in one month, or two meetings in one city on one day, are different events. So beyond the same type and
 * compatible dates (checked by the query that finds candidates), the specific facts that BOTH sides state must agree,
 * and at least one must be compared:
 * - place: the same place;
 * - imposing countries: the same set;
 * - targets: they share a target (a person, organization or country), and where both give counts of unnamed
 *   targets, the totals agree (each named target counts 1, each country its count): "7 individuals and 1 entity" and
 *   "3 individuals" are two sanctions, as are one on North Korea and one on a named broker;
 * - participants: the people and organizations of the side that names fewer are all named by the other (a report
 *   naming only some delegates agrees; a visitor's two meetings of one day, with different hosts, do not); where one
 *   side names none, the same holds for the countries taking part.
 * With nothing to compare, the normalized titles must be equal.
 */

/** What one side (the input, or an event in the graph) states about an event. Ids are null for new nodes. */
export interface MatchFacts {
  titleKey: string;
  places: Array<string | null>;
  imposers: Array<string | null>;
  targets: Array<{ id: string | null; country: boolean; count?: number | null }>;
  participants: Array<{ id: string | null; country: boolean }>;
}

/** The facts on which the two agree (place, imposers, targets, participants), or null when they are different events. */
export function agreement(reported: MatchFacts, known: MatchFacts): string[] | null {
  const compared: string[] = [];
  const check = (name: string, result: boolean | undefined): boolean => {
    if (result === undefined) return true;
    if (result) compared.push(name);
    return result;
  };
  const ok =
    check(
      'place',
      bothGiven(reported.places, known.places, () => sameSet(reported.places, known.places)),
    ) &&
    check(
      'imposing countries',
      bothGiven(reported.imposers, known.imposers, () => sameSet(reported.imposers, known.imposers)),
    ) &&
    check('targets', targetsAgree(reported.targets, known.targets)) &&
    check('participants', participantsAgree(reported.participants, known.participants));
  if (!ok) return null;
  if (compared.length > 0) return compared;
  return reported.titleKey === known.titleKey ? ['title'] : null;
}

/** `matchedBy` of an ingest report: "type, date and place", "type, date, place and participants". */
export function describeAgreement(facts: string[]): string {
  const all = ['type', 'date', ...facts];
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function bothGiven<T>(a: T[], b: T[], compare: () => boolean): boolean | undefined {
  return a.length > 0 && b.length > 0 ? compare() : undefined;
}

function sameSet(a: Array<string | null>, b: Array<string | null>): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => id !== null && right.has(id));
}

function shares(a: Array<string | null>, b: Array<string | null>): boolean {
  const right = new Set(b.filter((id) => id !== null));
  return a.some((id) => id !== null && right.has(id));
}

function targetsAgree(reported: MatchFacts['targets'], known: MatchFacts['targets']): boolean | undefined {
  if (reported.length === 0 || known.length === 0) return undefined;
  if (
    !shares(
      reported.map((target) => target.id),
      known.map((target) => target.id),
    )
  )
    return false;
  const counted = (targets: MatchFacts['targets']) => targets.some((target) => target.count != null);
  if (!counted(reported) || !counted(known)) return true;
  const total = (targets: MatchFacts['targets']) => targets.reduce((sum, target) => sum + (target.count ?? 1), 0);
  return total(reported) === total(known);
}

function participantsAgree(reported: MatchFacts['participants'], known: MatchFacts['participants']): boolean | undefined {
  const actors = (list: MatchFacts['participants'], country: boolean) => list.filter((p) => p.country === country).map((p) => p.id);
  const [reportedActors, knownActors] = [actors(reported, false), actors(known, false)];
  if (reportedActors.length > 0 && knownActors.length > 0) return nested(reportedActors, knownActors);
  const [reportedCountries, knownCountries] = [actors(reported, true), actors(known, true)];
  return bothGiven(reportedCountries, knownCountries, () => nested(reportedCountries, knownCountries));
}

/** Whether every id of the smaller list is in the larger (a new node, id null, is in neither). */
function nested(a: Array<string | null>, b: Array<string | null>): boolean {
  const [small, large] = new Set(a).size <= new Set(b).size ? [a, b] : [b, a];
  const within = new Set(large.filter((id) => id !== null));
  return small.every((id) => id !== null && within.has(id));
}
