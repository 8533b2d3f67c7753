/**
 * The 100 topics synthetic events address, roughly from the most to the least discussed (events draw them with
 * falling weights). Some are the seed's own topics ("nuclear programme", "hacking" ...): those are reused, not
 * created again.
 */
export const TOPICS: readonly string[] = `
nuclear programme|missile development|trade|maritime security|sanctions enforcement|climate change|energy security
|cyber security|human rights|regional security|counterterrorism|humanitarian aid|arms control|economic cooperation
|hacking|food security|public health|refugees|migration|supply chains|semiconductors|critical minerals
|border disputes|peacekeeping|nuclear non-proliferation|spy satellite|cryptocurrency theft|illegal cyber activities
|development finance|debt relief|infrastructure investment|digital trade|data protection|artificial intelligence
|space cooperation|fisheries|water resources|pandemic preparedness|vaccine distribution|disaster relief
|election observation|rule of law|anti-corruption|money laundering|drug trafficking|human trafficking|piracy
|freedom of navigation|territorial waters|airspace violations|military exercises|defence procurement
|export controls|intellectual property|tariffs|investment screening|currency policy|oil prices|natural gas
|renewable energy|nuclear energy|electricity grids|critical infrastructure|telecommunications|undersea cables
|shipping lanes|ports|aviation safety|education exchanges|scientific research|cultural heritage
|minority rights|press freedom|religious freedom|gender equality|child labour|labour rights
|agricultural subsidies|grain exports|fertilizer supply|deforestation|ocean pollution|plastic waste|biodiversity
|arctic affairs|outer space law|satellite launches|ballistic missile tests|chemical weapons
|biological weapons|landmines|small arms|prisoner exchanges|hostage release|consular affairs|visa policy
|diaspora relations|reunification|ceasefire monitoring|post-conflict reconstruction
`
  .split('|')
  .map((topic) => topic.trim())
  .filter(Boolean);
