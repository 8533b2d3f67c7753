/** The organization kinds synthetic countries have (a subset of the model's OrganizationKind). */
export type OrganizationKind = 'GOVERNMENT' | 'MINISTRY' | 'BUREAU' | 'AGENCY' | 'WORKING_GROUP';

/** A kind of government body a synthetic country has: how it is named, and the titles its people hold. */
export interface OrganizationTemplate {
  kind: OrganizationKind;
  /** The name before " of <country>": "Ministry of Foreign Affairs". */
  name: string;
  /** A short form the press also uses, before the country's name is put in front: "Foreign Ministry". */
  short?: string;
}

/** Every country's first organization: its government. */
export const GOVERNMENT: OrganizationTemplate = { kind: 'GOVERNMENT', name: 'Government' };
/** The first ministry each country gets: its foreign ministry. */
export const FOREIGN_MINISTRY: OrganizationTemplate = {
  kind: 'MINISTRY',
  name: 'Ministry of Foreign Affairs',
  short: 'Foreign Ministry',
};

const MINISTRIES: OrganizationTemplate[] = [
  ['Ministry of Defence', 'Defence Ministry'],
  ['Ministry of Trade and Industry', 'Trade Ministry'],
  ['Ministry of Finance', 'Finance Ministry'],
  ['Ministry of the Interior', 'Interior Ministry'],
  ['Ministry of Energy', 'Energy Ministry'],
  ['Ministry of Justice', 'Justice Ministry'],
  ['Ministry of Health', 'Health Ministry'],
  ['Ministry of Environment', 'Environment Ministry'],
  ['Ministry of Science and Technology', 'Science Ministry'],
  ['Ministry of Agriculture', 'Agriculture Ministry'],
  ['Ministry of Transport', 'Transport Ministry'],
  ['Ministry of Unification', 'Unification Ministry'],
].map(([name, short]): OrganizationTemplate => ({ kind: 'MINISTRY', name, short }));

const BUREAUS: OrganizationTemplate[] = [
  'Asian Affairs',
  'European Affairs',
  'African Affairs',
  'Middle Eastern Affairs',
  'Western Hemisphere Affairs',
  'Arms Control',
  'Nonproliferation',
  'Consular Affairs',
  'Economic Affairs',
  'Energy Resources',
  'Cyber Policy',
  'Maritime Affairs',
  'Legal Affairs',
  'Intelligence and Research',
  'Political-Military Affairs',
  'Counterterrorism',
  'Human Rights',
  'Climate Policy',
  'Trade Policy',
  'Sanctions Policy',
  'Space Policy',
  'Treaty Affairs',
  'Protocol',
  'Public Diplomacy',
  'Development Cooperation',
  'North Korean Nuclear Affairs',
  'International Organizations',
].map((area): OrganizationTemplate => ({ kind: 'BUREAU', name: `Bureau of ${area}` }));

const AGENCIES: OrganizationTemplate[] = [
  ['National Security Council', 'NSC'],
  ['National Intelligence Service', 'NIS'],
  ['Cyber Security Agency', 'cyber agency'],
  ['Space Agency', 'space agency'],
  ['Atomic Energy Agency', 'nuclear agency'],
  ['Export Control Agency', 'export control agency'],
  ['Development Cooperation Agency', 'aid agency'],
  ['Customs Service', 'customs service'],
  ['Coast Guard', 'coast guard'],
  ['Financial Intelligence Unit', 'FIU'],
  ['Nuclear Safety Commission', 'nuclear regulator'],
  ['Disaster Management Agency', 'disaster agency'],
  ['Meteorological Agency', 'weather agency'],
  ['Investment Promotion Agency', 'investment agency'],
  ['Cultural Exchange Foundation', 'cultural foundation'],
].map(([name, short]): OrganizationTemplate => ({ kind: 'AGENCY', name, short }));

/** Templates by kind, for organizations after a country's government and foreign ministry. */
export const TEMPLATES_BY_KIND: ReadonlyArray<[OrganizationKind, OrganizationTemplate[]]> = [
  ['MINISTRY', MINISTRIES],
  ['BUREAU', BUREAUS],
  ['AGENCY', AGENCIES],
];
/** How often each kind is drawn (WORKING_GROUP last: its names come from the topics). */
export const KIND_WEIGHTS: ReadonlyArray<[OrganizationKind, number]> = [
  ['MINISTRY', 25],
  ['BUREAU', 35],
  ['AGENCY', 25],
  ['WORKING_GROUP', 15],
];

/** A working group named after a topic: "Working Group on Maritime Security". */
export function workingGroup(topic: string): OrganizationTemplate {
  return { kind: 'WORKING_GROUP', name: `Working Group on ${topic.charAt(0).toUpperCase()}${topic.slice(1)}` };
}

/** The titles people hold in each kind of organization. */
export const TITLES: Record<OrganizationKind, readonly string[]> = {
  GOVERNMENT: [
    'President',
    'Prime Minister',
    'National Security Adviser',
    'Deputy National Security Adviser',
    'Chief Cabinet Secretary',
    'Government Spokesperson',
  ],
  MINISTRY: ['Minister', 'Vice Minister', 'Deputy Minister', 'Director-General', 'Spokesperson', 'Special Representative', 'Ambassador'],
  BUREAU: ['Director-General', 'Deputy Director-General', 'Director', 'Special Envoy', 'Deputy Assistant Secretary'],
  AGENCY: ['Director', 'Deputy Director', 'Administrator', 'Commissioner', 'Senior Adviser'],
  WORKING_GROUP: ['Chair', 'Co-Chair', 'Senior Member', 'Head of Delegation'],
};
