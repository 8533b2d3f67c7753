import { nameKey, slugify } from '../../src/common/names';
import { OFTEN_SANCTIONED } from './synthetic.countries';
import { EVENT_TYPES, EventModel, FIRST_DAY, IdRegistry, LAST_DAY, World } from './synthetic.model';
import { cumulativeWeights, SeededRandom } from './synthetic.random';
import { addDays, daysBetween } from './synthetic.text';

/** How often each type occurs, in EVENT_TYPES order: MEETING, SUMMIT, AGREEMENT, SANCTION, LAUNCH, STATEMENT. */
const TYPE_WEIGHTS = cumulativeWeights([32, 10, 14, 14, 10, 20]);
const LAUNCHED = [
  'ballistic missile',
  'reconnaissance satellite',
  'cruise missile',
  'weather satellite',
  'hypersonic glide vehicle',
  'communications satellite',
  'space launch vehicle',
];
/** Statements by stance, with their PLOVER type and CAMEO code. */
const STANCES: Array<{ plover: string; cameo: string; verb: string }> = [
  { plover: 'SUPPORT', cameo: '051', verb: 'welcomed progress on' },
  { plover: 'ACCUSE', cameo: '111', verb: 'criticized developments in' },
  { plover: 'REQUEST', cameo: '020', verb: 'called for talks on' },
  { plover: 'THREATEN', cameo: '130', verb: 'warned of consequences over' },
];
/** How many events back a country's follow-ups may reach. */
const RECENT = 30;

/**
 * Plans `count` events over 2006–2025, one at a time in date order: their type (PLOVER, CAMEO), date and its
 * precision, title and id, the countries and people taking part (2 to 12 participants, with roles), place, 1–3
 * topics, for sanctions who imposed them and whom they target, and earlier events they follow up. Keeps only what
 * the next events need (each country's latest events), so a million events stream through in bounded memory; the
 * same random state always gives the same events.
 */
export function* planEvents(
  random: SeededRandom,
  world: World,
  count: number,
  /** Each country's latest events (for FOLLOWS_UP), newest last: kept up to date as events are planned. */
  recent: EventModel[][] = world.countries.map(() => []),
): Generator<EventModel> {
  const { countries, topics, people } = world;
  const staffed = countries.map((_, index) => index).filter((index) => countries[index].people.length > 0);
  const staffedWeights = cumulativeWeights(staffed.map((index) => countries[index].data.weight));
  const countryWeights = cumulativeWeights(countries.map((country) => country.data.weight));
  const topicWeights = cumulativeWeights(topics.map((_, rank) => 1 / Math.pow(rank + 1, 0.8)));
  const sanctioned = OFTEN_SANCTIONED.map((code) => countries.findIndex((country) => country.data.code === code)).filter((at) => at >= 0);
  /** A country not in `exclude`, mostly one with officials to send. */
  const pickCountry = (exclude: readonly number[]): number => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const at = staffed.length > 0 && random.chance(0.85) ? staffed[random.weighted(staffedWeights)] : random.weighted(countryWeights);
      if (!exclude.includes(at)) return at;
    }
    return countries.findIndex((_, at) => !exclude.includes(at));
  };
  /** Event ids of the current year: an event's date is in the year of its day, so ids never collide across years. */
  const ids = new IdRegistry();
  let year = '';

  const calendar = Array.from({ length: daysBetween(FIRST_DAY, LAST_DAY) + 1 }, (_, day) => addDays(FIRST_DAY, day));
  const days = new Int32Array(count);
  for (let at = 0; at < count; at += 1) days[at] = random.int(0, calendar.length - 1);
  days.sort();
  for (const day of days) {
    const type = EVENT_TYPES[random.weighted(TYPE_WEIGHTS)];
    const exact = calendar[day];
    const roll = random.next();
    const precision = roll < 0.88 ? 'DAY' : roll < 0.97 ? 'MONTH' : 'YEAR';
    const date = precision === 'DAY' ? exact : precision === 'MONTH' ? `${exact.slice(0, 7)}-01` : `${exact.slice(0, 4)}-01-01`;

    const countryCount = {
      MEETING: () => [2, 2, 2, 3, 3, 4][random.int(0, 5)],
      SUMMIT: () => [2, 2, 2, 3, 3, 4, 5, 6][random.int(0, 7)],
      AGREEMENT: () => [2, 2, 2, 2, 3, 3, 4][random.int(0, 6)],
      SANCTION: () => (random.chance(0.8) ? 1 : random.int(2, 3)),
      LAUNCH: () => 1,
      STATEMENT: () => (random.chance(0.75) ? 1 : 2),
    }[type]();
    const eventCountries: number[] = [];
    while (eventCountries.length < countryCount) eventCountries.push(pickCountry(eventCountries));

    // 2 to 12 participants: its countries and people representing them (mostly bilateral, small delegations).
    const wanted = 2 + Math.floor(11 * Math.pow(random.next(), 3));
    const peopleWanted = Math.min(Math.max(wanted - eventCountries.length, 1), 12 - eventCountries.length);
    const chosen: number[] = [];
    for (let round = 0; chosen.length < peopleWanted && round < peopleWanted * 2; round += 1) {
      const pool = countries[eventCountries[round % eventCountries.length]].people;
      if (pool.length === 0) continue;
      const candidate = pool[random.int(0, pool.length - 1)];
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    while (eventCountries.length + chosen.length < 2) eventCountries.push(pickCountry(eventCountries));
    const delegationsLed = new Set<number>();
    const eventPeople = chosen.map((person) => {
      const countryAt = people[person].country;
      const leads = !delegationsLed.has(countryAt);
      delegationsLed.add(countryAt);
      let role = 'ATTENDEE';
      if (leads && type === 'MEETING' && countryAt === eventCountries[0]) role = 'HOST';
      if (leads && type === 'SUMMIT') role = 'LEADER';
      if (leads && type === 'AGREEMENT') role = 'SIGNATORY';
      return { person, role };
    });
    const countryRoles = eventCountries.map((_, at) =>
      type === 'AGREEMENT' ? 'SIGNATORY' : at === 0 && (type === 'MEETING' || type === 'SUMMIT') ? 'HOST' : 'ATTENDEE',
    );

    const host = countries[eventCountries[0]];
    const place = random.chance(0.6) ? host.places[0] : random.pick(host.places);
    const topicCount = random.chance(0.5) ? 1 : random.chance(0.7) ? 2 : 3;
    const eventTopics: number[] = [];
    while (eventTopics.length < topicCount) {
      const topic = random.weighted(topicWeights);
      if (!eventTopics.includes(topic)) eventTopics.push(topic);
    }

    const event: EventModel = {
      id: '',
      title: '',
      titleKey: '',
      type,
      date,
      precision,
      countries: eventCountries,
      countryRoles,
      people: eventPeople,
      place,
      topics: eventTopics,
      followsUp: [],
      targetPeople: [],
      targetOrganizations: [],
      plover: 'CONSULT',
      cameoCode: '043',
      detail: '',
    };
    if (type === 'MEETING') event.cameoCode = random.pick(['040', '043', '046']);
    if (type === 'AGREEMENT') Object.assign(event, { plover: 'AGREE', cameoCode: '057' });
    if (type === 'LAUNCH') Object.assign(event, { plover: 'MOBILIZE', cameoCode: '150', detail: random.pick(LAUNCHED) });
    if (type === 'STATEMENT') {
      const stance = random.pick(STANCES);
      Object.assign(event, { plover: stance.plover, cameoCode: stance.cameo, detail: stance.verb });
    }
    if (type === 'SANCTION') {
      event.plover = 'SANCTION';
      event.cameoCode = '163';
      let target = random.chance(0.7) ? random.pick(sanctioned) : pickCountry(eventCountries);
      if (eventCountries.includes(target)) target = pickCountry(eventCountries);
      event.target = target;
      if (random.chance(0.6)) event.targetCount = random.int(2, 60);
      const targetCountry = countries[target];
      if (targetCountry.people.length > 0 && random.chance(0.5)) event.targetPeople = random.sample(targetCountry.people, random.int(1, 2));
      if (targetCountry.organizations.length > 0 && random.chance(0.4)) {
        event.targetOrganizations = random.sample(targetCountry.organizations, random.int(1, 2));
      }
    }

    // FOLLOWS_UP: about one event in five follows up an earlier one (strictly earlier date) of its first country.
    if (type !== 'LAUNCH' && random.chance(0.2)) {
      const candidates = recent[eventCountries[0]].filter((earlier) => earlier.date < date);
      if (candidates.length > 0) {
        event.followsUp.push(random.pick(candidates));
        if (candidates.length > 1 && random.chance(0.25)) {
          const second = random.pick(candidates);
          if (!event.followsUp.includes(second)) event.followsUp.push(second);
        }
      }
    }
    for (const countryAt of eventCountries) {
      const latest = recent[countryAt];
      latest.push(event);
      if (latest.length > RECENT) latest.shift();
    }
    event.title = titleOf(event, world);
    event.titleKey = nameKey(event.title);
    if (date.slice(0, 4) !== year) {
      year = date.slice(0, 4);
      ids.clear();
    }
    event.id = ids.unique(`event:syn-${event.date}-${slugify(event.title, 50)}`);
    yield event;
  }
}

/** "France–Japan meeting on maritime security in Paris", "5-country summit in Geneva" ... */
function titleOf(event: EventModel, world: World): string {
  const names = event.countries.map((at) => world.countries[at].data.name);
  const who = names.length > 3 ? `${names.length}-country` : names.join('–');
  const topic = world.topics[event.topics[0]].name;
  const place = world.places[event.place].name;
  switch (event.type) {
    case 'MEETING':
      return `${who} meeting on ${topic} in ${place}`;
    case 'SUMMIT':
      return `${who} summit in ${place}`;
    case 'AGREEMENT':
      return `${who} agreement on ${topic}`;
    case 'SANCTION':
      return `${who} sanctions on ${world.countries[event.target as number].data.name} over ${topic}`;
    case 'LAUNCH':
      return `${who} ${event.detail} launch`;
    case 'STATEMENT':
      return `${who} ${names.length > 1 ? 'joint ' : ''}statement on ${topic}`;
  }
}
