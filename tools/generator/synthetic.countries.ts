import { NameCulture } from './synthetic.names';

/** A country of the synthetic world: a real ISO 3166-1 alpha-3 code and English name, with its cities. */
export interface CountryData {
  code: string;
  name: string;
  aliases: string[];
  /** Cities that events take place in; the first is the capital (or seat of government). */
  cities: string[];
  /** Which naming conventions its officials' names follow. */
  culture: NameCulture;
  /** How often it takes part in diplomatic events, relative to the others. */
  weight: number;
}

/**
 * code | English name | cities (capital first) | aliases. The 193 UN member states and 7 more territories with their
 * own ISO code: 200 countries. The seed's KOR, USA, JPN, PRK and AUS keep the seed's names.
 */
const TABLE = `
AFG|Afghanistan|Kabul|
ALB|Albania|Tirana|
DZA|Algeria|Algiers|
AND|Andorra|Andorra la Vella|
AGO|Angola|Luanda|
ATG|Antigua and Barbuda|Saint John's|
ARG|Argentina|Buenos Aires|Argentine Republic
ARM|Armenia|Yerevan|
AUS|Australia|Canberra;Sydney|Commonwealth of Australia
AUT|Austria|Vienna|
AZE|Azerbaijan|Baku|
BHS|Bahamas|Nassau|The Bahamas
BHR|Bahrain|Manama|
BGD|Bangladesh|Dhaka|
BRB|Barbados|Bridgetown|
BLR|Belarus|Minsk|
BEL|Belgium|Brussels|
BLZ|Belize|Belmopan|
BEN|Benin|Porto-Novo|
BTN|Bhutan|Thimphu|
BOL|Bolivia|Sucre;La Paz|
BIH|Bosnia and Herzegovina|Sarajevo|
BWA|Botswana|Gaborone|
BRA|Brazil|Brasília;Rio de Janeiro|Federative Republic of Brazil
BRN|Brunei|Bandar Seri Begawan|Brunei Darussalam
BGR|Bulgaria|Sofia|
BFA|Burkina Faso|Ouagadougou|
BDI|Burundi|Gitega|
CPV|Cabo Verde|Praia|Cape Verde
KHM|Cambodia|Phnom Penh|
CMR|Cameroon|Yaoundé|
CAN|Canada|Ottawa;Toronto|
CAF|Central African Republic|Bangui|
TCD|Chad|N'Djamena|
CHL|Chile|Santiago|
CHN|China|Beijing;Shanghai|People's Republic of China;PRC
COL|Colombia|Bogotá|
COM|Comoros|Moroni|
COG|Congo|Brazzaville|Republic of the Congo
COD|Democratic Republic of the Congo|Kinshasa|DR Congo;DRC
CRI|Costa Rica|San José|
CIV|Côte d'Ivoire|Yamoussoukro;Abidjan|Ivory Coast
HRV|Croatia|Zagreb|
CUB|Cuba|Havana|
CYP|Cyprus|Nicosia|
CZE|Czechia|Prague|Czech Republic
DNK|Denmark|Copenhagen|
DJI|Djibouti|Djibouti City|
DMA|Dominica|Roseau|
DOM|Dominican Republic|Santo Domingo|
ECU|Ecuador|Quito|
EGY|Egypt|Cairo|
SLV|El Salvador|San Salvador|
GNQ|Equatorial Guinea|Malabo|
ERI|Eritrea|Asmara|
EST|Estonia|Tallinn|
SWZ|Eswatini|Mbabane|Swaziland
ETH|Ethiopia|Addis Ababa|
FJI|Fiji|Suva|
FIN|Finland|Helsinki|
FRA|France|Paris|French Republic
GAB|Gabon|Libreville|
GMB|Gambia|Banjul|The Gambia
GEO|Georgia|Tbilisi|
DEU|Germany|Berlin|Federal Republic of Germany
GHA|Ghana|Accra|
GRC|Greece|Athens|Hellenic Republic
GRD|Grenada|Saint George's|
GTM|Guatemala|Guatemala City|
GIN|Guinea|Conakry|
GNB|Guinea-Bissau|Bissau|
GUY|Guyana|Georgetown|
HTI|Haiti|Port-au-Prince|
HND|Honduras|Tegucigalpa|
HUN|Hungary|Budapest|
ISL|Iceland|Reykjavík|
IND|India|New Delhi;Mumbai|Republic of India
IDN|Indonesia|Jakarta;Bali|Republic of Indonesia
IRN|Iran|Tehran|Islamic Republic of Iran
IRQ|Iraq|Baghdad|
IRL|Ireland|Dublin|
ISR|Israel|Tel Aviv|
ITA|Italy|Rome|Italian Republic
JAM|Jamaica|Kingston|
JPN|Japan|Tokyo;Osaka;Hiroshima|
JOR|Jordan|Amman|
KAZ|Kazakhstan|Astana|
KEN|Kenya|Nairobi|
KIR|Kiribati|Tarawa|
PRK|North Korea|Pyongyang|
KOR|South Korea|Seoul;Busan|
KWT|Kuwait|Kuwait City|
KGZ|Kyrgyzstan|Bishkek|
LAO|Laos|Vientiane|Lao PDR
LVA|Latvia|Riga|
LBN|Lebanon|Beirut|
LSO|Lesotho|Maseru|
LBR|Liberia|Monrovia|
LBY|Libya|Tripoli|
LIE|Liechtenstein|Vaduz|
LTU|Lithuania|Vilnius|
LUX|Luxembourg|Luxembourg City|
MDG|Madagascar|Antananarivo|
MWI|Malawi|Lilongwe|
MYS|Malaysia|Kuala Lumpur|
MDV|Maldives|Malé|
MLI|Mali|Bamako|
MLT|Malta|Valletta|
MHL|Marshall Islands|Majuro|
MRT|Mauritania|Nouakchott|
MUS|Mauritius|Port Louis|
MEX|Mexico|Mexico City|United Mexican States
FSM|Micronesia|Palikir|Federated States of Micronesia
MDA|Moldova|Chișinău|Republic of Moldova
MCO|Monaco|Monaco-Ville|
MNG|Mongolia|Ulaanbaatar|
MNE|Montenegro|Podgorica|
MAR|Morocco|Rabat|
MOZ|Mozambique|Maputo|
MMR|Myanmar|Naypyidaw|Burma
NAM|Namibia|Windhoek|
NRU|Nauru|Yaren|
NPL|Nepal|Kathmandu|
NLD|Netherlands|Amsterdam;The Hague|Holland
NZL|New Zealand|Wellington|
NIC|Nicaragua|Managua|
NER|Niger|Niamey|
NGA|Nigeria|Abuja|
MKD|North Macedonia|Skopje|
NOR|Norway|Oslo|
OMN|Oman|Muscat|
PAK|Pakistan|Islamabad|
PLW|Palau|Ngerulmud|
PAN|Panama|Panama City|
PNG|Papua New Guinea|Port Moresby|
PRY|Paraguay|Asunción|
PER|Peru|Lima|
PHL|Philippines|Manila|
POL|Poland|Warsaw|
PRT|Portugal|Lisbon|
QAT|Qatar|Doha|
ROU|Romania|Bucharest|
RUS|Russia|Moscow;Vladivostok;Saint Petersburg|Russian Federation
RWA|Rwanda|Kigali|
KNA|Saint Kitts and Nevis|Basseterre|
LCA|Saint Lucia|Castries|
VCT|Saint Vincent and the Grenadines|Kingstown|
WSM|Samoa|Apia|
SMR|San Marino|City of San Marino|
STP|São Tomé and Príncipe|São Tomé|
SAU|Saudi Arabia|Riyadh;Jeddah|Kingdom of Saudi Arabia
SEN|Senegal|Dakar|
SRB|Serbia|Belgrade|
SYC|Seychelles|Victoria|
SLE|Sierra Leone|Freetown|
SGP|Singapore|Singapore|
SVK|Slovakia|Bratislava|
SVN|Slovenia|Ljubljana|
SLB|Solomon Islands|Honiara|
SOM|Somalia|Mogadishu|
ZAF|South Africa|Pretoria;Cape Town|
SSD|South Sudan|Juba|
ESP|Spain|Madrid|Kingdom of Spain
LKA|Sri Lanka|Colombo|
SDN|Sudan|Khartoum|
SUR|Suriname|Paramaribo|
SWE|Sweden|Stockholm|
CHE|Switzerland|Bern;Geneva|Swiss Confederation
SYR|Syria|Damascus|Syrian Arab Republic
TJK|Tajikistan|Dushanbe|
TZA|Tanzania|Dodoma|
THA|Thailand|Bangkok|Kingdom of Thailand
TLS|Timor-Leste|Dili|East Timor
TGO|Togo|Lomé|
TON|Tonga|Nuku'alofa|
TTO|Trinidad and Tobago|Port of Spain|
TUN|Tunisia|Tunis|
TUR|Türkiye|Ankara;Istanbul|Turkey
TKM|Turkmenistan|Ashgabat|
TUV|Tuvalu|Funafuti|
UGA|Uganda|Kampala|
UKR|Ukraine|Kyiv|
ARE|United Arab Emirates|Abu Dhabi;Dubai|UAE
GBR|United Kingdom|London|UK;Great Britain
USA|United States|Washington;New York;Honolulu|United States of America;U.S.
URY|Uruguay|Montevideo|
UZB|Uzbekistan|Tashkent|
VUT|Vanuatu|Port Vila|
VEN|Venezuela|Caracas|
VNM|Vietnam|Hanoi|Viet Nam
YEM|Yemen|Sanaa|
ZMB|Zambia|Lusaka|
ZWE|Zimbabwe|Harare|
VAT|Holy See|Vatican City|Vatican
PSE|Palestine|Ramallah|State of Palestine
TWN|Taiwan|Taipei|
HKG|Hong Kong|Hong Kong|
MAC|Macao|Macao|Macau
PRI|Puerto Rico|San Juan|
GRL|Greenland|Nuuk|
`;

/** Countries that take part in diplomatic events far more often than the rest. */
const MAJOR = new Set([
  'USA',
  'CHN',
  'RUS',
  'JPN',
  'KOR',
  'PRK',
  'GBR',
  'FRA',
  'DEU',
  'IND',
  'AUS',
  'CAN',
  'ITA',
  'BRA',
  'TUR',
  'IRN',
  'SAU',
  'UKR',
  'ISR',
  'EGY',
  'IDN',
  'ZAF',
  'MEX',
  'PAK',
]);
/** Countries most often targeted by sanctions. */
export const OFTEN_SANCTIONED = ['PRK', 'IRN', 'RUS', 'SYR', 'VEN', 'CUB', 'MMR', 'BLR', 'AFG', 'SDN', 'LBY', 'YEM', 'NIC', 'ZWE'];

const CULTURES: Array<[NameCulture, string]> = [
  ['korean', 'KOR PRK'],
  ['japanese', 'JPN'],
  ['chinese', 'CHN TWN HKG MAC SGP'],
  ['russian', 'RUS BLR KAZ KGZ TJK UZB TKM UKR MDA ARM AZE GEO MNG'],
  ['arabic', 'DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM IRN AFG PAK'],
  ['spanish', 'ARG BOL CHL COL CRI CUB DOM ECU SLV GTM HND MEX NIC PAN PRY PER URY VEN ESP PRI GNQ'],
];
const CULTURE_OF = new Map(CULTURES.flatMap(([culture, codes]) => codes.split(' ').map((code) => [code, culture] as const)));

export const COUNTRIES: readonly CountryData[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, name, cities, aliases] = line.split('|');
    return {
      code,
      name,
      aliases: aliases ? aliases.split(';') : [],
      cities: cities.split(';'),
      culture: CULTURE_OF.get(code) ?? 'western',
      weight: MAJOR.has(code) ? 4 : 1,
    };
  });
