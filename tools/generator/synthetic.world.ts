import { nameKey, slugify } from '../../src/common/names';
import { COUNTRIES } from './synthetic.countries';
import {
  CountryModel,
  flatString,
  ExistingNodes,
  IdRegistry,
  namedNode,
  OrganizationModel,
  PersonModel,
  PlaceModel,
  PositionModel,
  SyntheticLabel,
  SyntheticNode,
  TopicModel,
  World,
} from './synthetic.model';
import { personName } from './synthetic.names';
import {
  FOREIGN_MINISTRY,
  GOVERNMENT,
  KIND_WEIGHTS,
  OrganizationKind,
  OrganizationTemplate,
  TEMPLATES_BY_KIND,
  TITLES,
  workingGroup,
} from './synthetic.organizations';
import { cumulativeWeights, SeededRandom } from './synthetic.random';
import { TOPICS } from './synthetic.topics';

/**
 * Builds the world events happen in: about 200 real countries, their cities, 100 topics, `organizations`
 * government bodies and `people` officials holding positions in them. Countries, cities and topics the graph
 * already has are reused (linked to, never created or changed). Models only: `worldNodes` makes their nodes, whose
 * evidence the articles give.
 */
export function buildWorld(
  random: SeededRandom,
  sizes: { organizations: number; people: number },
  existing: ExistingNodes,
  ids: IdRegistry,
): World & { reused: { countries: number; places: number; topics: number } } {
  const reused = { countries: 0, places: 0, topics: 0 };

  // Countries: real ISO codes; those already in the graph (the seed's KOR, USA, JPN, PRK, AUS) are reused.
  const existingCountries = new Set(existing.countryIds);
  const countries: CountryModel[] = COUNTRIES.map((data) => {
    const id = ids.reserve(`country:${data.code}`);
    const created = !existingCountries.has(id);
    if (!created) reused.countries += 1;
    return { data, id, created, places: [], people: [], organizations: [], ministries: [], usedTemplates: new Set<string>() };
  });

  // Places: the countries' cities; a city already in the graph in the same country (the seed's Tokyo) is reused.
  const places: PlaceModel[] = [];
  countries.forEach((country, index) => {
    for (const city of country.data.cities) {
      const key = nameKey(city);
      const match = existing.places.find(
        (place) => place.nameKeys.includes(key) && (place.countryIds.length === 0 || place.countryIds.includes(country.id)),
      );
      if (match) reused.places += 1;
      country.places.push(places.length);
      places.push({
        id: match?.id ?? ids.unique(`place:syn-${slugify(city)}`),
        name: city,
        country: index,
        created: !match,
      });
    }
  });

  // Topics: the seed's own topics are reused.
  const topics: TopicModel[] = TOPICS.map((name) => {
    const match = existing.topics.find((topic) => topic.nameKeys.includes(nameKey(name)));
    if (match) {
      reused.topics += 1;
      return { id: match.id, name, created: false };
    }
    return { id: ids.unique(`topic:syn-${slugify(name)}`), name, created: true };
  });

  // Organizations: each country's government first, then ministries (the foreign ministry first), bureaus (PART_OF
  // a ministry), agencies and working groups (PART_OF their country). Major countries have more.
  const countryWeights = cumulativeWeights(countries.map((country) => country.data.weight));
  const kindWeights = cumulativeWeights(KIND_WEIGHTS.map(([, weight]) => weight));
  const organizations: OrganizationModel[] = [];
  for (let i = 0; i < sizes.organizations; i += 1) {
    const countryAt = random.weighted(countryWeights);
    const country = countries[countryAt];
    const template = nextTemplate(random, country, kindWeights);
    const name = `${template.name} of ${country.data.name}`;
    const aliases = template.short ? [`${country.data.name} ${template.short}`] : [];
    // A bureau is PART_OF a ministry (or, before the country has one, its government).
    const parentAt =
      template.kind !== 'BUREAU' ? undefined : country.ministries.length > 0 ? random.pick(country.ministries) : country.organizations[0];
    const parent =
      parentAt === undefined
        ? { id: country.id, name: country.data.name }
        : { id: organizations[parentAt].id, name: organizations[parentAt].name };
    const id = ids.unique(`organization:syn-${slugify(name)}`);
    country.organizations.push(organizations.length);
    if (template.kind === 'MINISTRY') country.ministries.push(organizations.length);
    organizations.push({ id, name, aliases, kind: template.kind, country: countryAt, parent });
  }

  // People: each holds a position in an organization of their country (one in five a former one too).
  const people: PersonModel[] = [];
  for (let i = 0; i < sizes.people; i += 1) {
    const organizationAt = random.int(0, organizations.length - 1);
    const organization = organizations[organizationAt];
    const country = countries[organization.country];
    const { name, aliases, nativeNames } = personName(random, country.data.culture);
    const position = positionIn(random, organizationAt, organization.kind, 1998, 2021);
    let former: PositionModel | undefined;
    if (country.organizations.length > 1 && random.chance(0.2)) {
      const formerAt = random.pick(country.organizations.filter((at) => at !== organizationAt));
      const startYear = Number(position.from.slice(0, 4));
      const earlier = positionIn(random, formerAt, organizations[formerAt].kind, startYear - 12, startYear - 2);
      former = { ...earlier, until: position.from };
    }
    const id = ids.unique(`person:syn-${slugify(name)}`);
    country.people.push(people.length);
    people.push({ id, name, aliases, nativeNames, country: organization.country, position, former });
  }

  return { countries, places, topics, organizations, people, reused };
}

/**
 * The nodes of the world the generator creates (not the reused ones), label by label in SYNTHETIC_LABELS order, made
 * one at a time so that a million events' people never sit in memory as nodes. Their evidence is empty: the
 * articles give it.
 */
export function* worldNodes(world: World): Generator<{ label: SyntheticLabel; node: SyntheticNode }> {
  for (const country of world.countries) {
    if (country.created)
      yield { label: 'Country', node: namedNode(country.id, country.data.name, country.data.aliases, [], { code: country.data.code }) };
  }
  for (const place of world.places) {
    if (place.created) yield { label: 'Place', node: namedNode(place.id, place.name, [], [], { placeKind: 'CITY' }) };
  }
  for (const topic of world.topics) {
    if (topic.created) yield { label: 'Topic', node: namedNode(topic.id, topic.name, [], [], {}) };
  }
  for (const organization of world.organizations) {
    const { id, name, aliases, kind } = organization;
    yield { label: 'Organization', node: namedNode(id, name, aliases, [], { orgKind: kind }) };
  }
  for (const person of world.people) {
    const description = `${person.position.title} at the ${world.organizations[person.position.organization].name}`;
    yield { label: 'Person', node: namedNode(person.id, person.name, person.aliases, person.nativeNames, { description }) };
  }
}

/** The next unused organization template of a country: its government, then drawn by kind. */
function nextTemplate(random: SeededRandom, country: CountryModel, kindWeights: number[]): OrganizationTemplate {
  const use = (template: OrganizationTemplate) => {
    country.usedTemplates.add(template.name);
    return template;
  };
  if (!country.usedTemplates.has(GOVERNMENT.name)) return use(GOVERNMENT);
  const first = random.weighted(kindWeights);
  for (let k = 0; k < KIND_WEIGHTS.length; k += 1) {
    const kind = KIND_WEIGHTS[(first + k) % KIND_WEIGHTS.length][0];
    if (kind === 'MINISTRY' && !country.usedTemplates.has(FOREIGN_MINISTRY.name)) return use(FOREIGN_MINISTRY);
    const templates =
      kind === 'WORKING_GROUP' ? TOPICS.map(workingGroup) : (TEMPLATES_BY_KIND.find(([other]) => other === kind)?.[1] ?? []);
    const free = templates.filter((template) => !country.usedTemplates.has(template.name));
    if (free.length > 0) return use(random.pick(free));
  }
  // Every template used (only with very many organizations): numbered liaison offices.
  return use({ kind: 'AGENCY', name: `Liaison Office No. ${country.usedTemplates.size + 1}` });
}

/** A position from a month between the years given, a quarter of them ended since. */
function positionIn(random: SeededRandom, organization: number, kind: OrganizationKind, fromYear: number, toYear: number): PositionModel {
  const year = random.int(fromYear, Math.max(fromYear, toYear));
  const from = flatString(`${year}-${String(random.int(1, 12)).padStart(2, '0')}-01`);
  const position: PositionModel = { organization, title: random.pick(TITLES[kind]), from };
  if (random.chance(0.25)) {
    const untilYear = Math.min(year + random.int(1, 8), 2025);
    const until = flatString(`${untilYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`);
    if (until > from) position.until = until;
  }
  return position;
}
