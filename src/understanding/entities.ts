// The nouns numbers are counts of: device kinds and licence kinds, found in normalised text.
// Patterns are alternations of literals with bounded optional parts: linear time on any input.

import { mayMatch } from './literalGate';
import { PLACE_SINGULARS, PLACES } from './places';

export type DevicePart = 'generic' | 'network' | 'iot' | 'excluded' | 'total';
export type LicencePlan = 'e5' | 'e5security' | 'standalone' | 'generic' | 'users' | 'mdeP2' | 'ineligible';

export type EntityKind =
  | { type: 'devices'; part: DevicePart }
  | { type: 'licences'; plan: LicencePlan; planName?: string };

export interface EntityMention {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
}

const LIC = String.raw`(?:licen[cs]es?|licenses?|lics?|seats?|subscriptions?|skus?)`;
const PLAN_SUFFIX = String.raw`(?:[\s-](?:user\s|seat\s|device\s)?(?:licen[cs]es?|licenses?|lizenzen|seats?|subscriptions?|users?|plans?|skus?|customers?))?`;
const M365 = String.raw`(?:(?:microsoft|ms|m)\s?365\s|m365\s)`;
const MDE = String.raw`(?:(?:microsoft\s)?(?:mde|defender\sfor\sendpoints?|defender\sendpoint|mdatp|microsoft\sdefender\sfor\sendpoint)\s?)`;

interface Pattern {
  kind: EntityKind;
  re: RegExp;
}

const lic = (plan: LicencePlan, re: string, planName?: string): Pattern => ({
  kind: planName ? { type: 'licences', plan, planName } : { type: 'licences', plan },
  re: new RegExp(re, 'g'),
});
const dev = (part: DevicePart, re: string): Pattern => ({ kind: { type: 'devices', part }, re: new RegExp(re, 'g') });

const PATTERNS: Pattern[] = [
  lic('ineligible', String.raw`\b(?:office\s?365|o\s?365)\se5\b${PLAN_SUFFIX}`, 'Office 365 E5'),
  lic('ineligible', String.raw`\b${M365}?e5\s(?:compliance|ediscovery|information protection|insider risk)\b${PLAN_SUFFIX}`, 'Microsoft 365 E5 Compliance'),
  lic('e5security', String.raw`\b${M365}?e5\s?-?\s?(?:security|sec)\b(?:\s(?:add-?on|suite))?${PLAN_SUFFIX}`),
  lic('e5', String.raw`\b${M365}?(?:m?e5s?|microsoft\se5)\b${PLAN_SUFFIX}`),
  lic('ineligible', String.raw`\b(?:office\s?365|o\s?365)\se3\b${PLAN_SUFFIX}`, 'Office 365 E3'),
  lic('ineligible', String.raw`\b${M365}?e3\b${PLAN_SUFFIX}`, 'Microsoft 365 E3'),
  lic('ineligible', String.raw`\b${M365}?(?:e1|f1|f3)\b${PLAN_SUFFIX}`, 'Microsoft 365 E1/F1/F3'),
  lic('ineligible', String.raw`\b${M365}?(?:a5|g5|a3|g3)\b${PLAN_SUFFIX}`, 'Microsoft 365 A/G plans'),
  lic('ineligible', String.raw`\b${MDE}(?:p|plan\s?)1\b(?![,.]?\d)${PLAN_SUFFIX}`, 'Defender for Endpoint P1'),
  lic('mdeP2', String.raw`\b${MDE}?(?:p|plan\s?)2\b(?![,.]?\d)${PLAN_SUFFIX}`),
  lic('ineligible', String.raw`\b(?:microsoft\s365\s|m365\s)?(?:business|biz)\spremium\b${PLAN_SUFFIX}`, 'Microsoft 365 Business Premium'),
  lic('ineligible', String.raw`\b(?:microsoft\s)?defender\sfor\sbusiness\b${PLAN_SUFFIX}`, 'Defender for Business'),
  lic(
    'standalone',
    String.raw`\b(?:microsoft\s)?defender\sfor\siot\s?-?\s?(?:eiot|enterprise\siot)(?:\sdevice)?\slicen[cs]es?(?:\s?-?\s?add-?on)?(?:\s${LIC})?`,
  ),
  lic(
    'standalone',
    String.raw`\b(?:standalone|stand-alone|stand\salone|add-?on|per-device|per\sdevice|eiot|e-iot|enterprise\siot|(?:microsoft\s)?defender\sfor\siot|mdiot|d4iot)(?:\s(?:eiot|e-iot|enterprise\siot|iot|device|per-device|add-?on|defender\sfor\siot|standalone|stand-alone))*\s${LIC}`,
  ),
  lic('standalone', String.raw`\b(?:eiot\s|iot\s)?device\slicen[cs]es?\b|\b(?:eiot\s|iot\s)?device\slicenses?\b|\biot\slicen[cs]es?\b|\biot\slicenses?\b`),
  lic('standalone', String.raw`\bstandalones?(?:\s(?:eiot|e-iot|enterprise\siot)(?=\s?[:=]))?\b|\b(?:eiot|e-iot|enterprise\siot)\s(?:add-?ons?|standalones?)\b|(?<!\b(?:p[12]|mde|endpoint|plan [12])\s)\badd-?ons?\b`),
  lic('standalone', String.raw`(?<!\bfor )\beiot\b(?=\s?(?:x|:|=|qty|\||;|,)?\s?\d[\d,.]{0,15}\b(?!\s?(?:devices?|iot)))|(?<=\d\s?x\s?)eiot\b(?!\sdevices?)`),
  lic('standalone', String.raw`\b(?:(?:microsoft\s)?defender\sfor\siot|eiot|enterprise\siot)\s(?:device\s)?add-?ons?\b`),
  lic(
    'users',
    String.raw`\b(?:users?|employees?|staff|people|persons?|mailboxes|user\saccounts|engineers|nurses|doctors|physicians|workers|workforce|headcount|members|colleagues|agents|analysts|developers|students|teachers|contractors|execs|executives|ppl|faculty|crew|personnel|ftes?|of\sthem|of\sthose)\b(?!\s(?:laptops?|phones?|pcs?|computers?|mobiles?|tablets?|desktops?)\b)`,
  ),
  // "license our 400 devices" uses the word as a verb.
  lic('generic', String.raw`\b(?:licen[cs]es|licenses|lizenzen|seats|lics?|lisc|licen[cs]e(?!\s(?:our|the|my|them|it|all|these|those|every|each)\b)|license(?!\s(?:our|the|my|them|it|all|these|those|every|each)\b))\b`),

  dev('excluded', String.raw`\bcomputers?\s?(?:&|and|\+)?\s?mobiles?(?:\sdevices?)?(?:\stab)?`),
  // "nw 77 / iot 0 / cm 450": Computers & Mobile in shorthand, before its count.
  dev('excluded', String.raw`\bcm\b(?=\s?[:=|]?\s?\d)`),
  dev(
    'excluded',
    String.raw`\b(?:windows\s|mac\s|linux\s|managed\s|corporate\s|company\s)?(?:laptops?|desktops?|pcs?|computers?|workstations?|servers?|domain\scontrollers?|notebooks?|macbooks?|macs|tablets?|ipads?|iphones?|smart\s?phones?|mobile\s(?:phones?|devices?)|mobiles|mobile(?=\s?[,.;)\n]|\s(?:and|&|\+)\s|\s?(?:x|:|=)\s?\d|$)|cell\s?phones?|android\s(?:phones?|devices?)|(?:staff|work|company|employee|employees'?|corporate|business|driver|drivers'?|field|engineers'?|carer|carers'?|nurse|nurses'?)\sphones|(?:windows|android)\s(?:tills?|pos|kiosks?|thin\sclients?)|vms|virtual\smachines|thin\sclients?|chromebooks?)\b`,
  ),
  dev(
    'excluded',
    String.raw`\b(?:managed|onboarded|mde|mde-managed|windows|user|client)\s(?:devices?|endpoints?)\b|\bendpoints?\b`,
  ),
  dev('excluded', String.raw`\bc\s?&\s?m\b`),
  // Not counted either: inactive devices, multicast and broadcast groups, public IPs.
  dev('excluded', String.raw`\b(?:inactive|stale|offline)(?:\sdevices?)?\b|\b(?:multicast|broadcast)(?:\s?\/\s?(?:multicast|broadcast))?(?:\sand\s(?:multicast|broadcast))?(?:\sgroups?|\sentries|\saddresses)?\b|\bpublic\s(?:internet\s)?ips?\b`),
  // "so the total is now 1,799": a stated total replaces the parts (only read when devices are mentioned).
  dev('total', String.raw`(?<!(?:licen[cs]es?|licenses?|e5|seats?|users?)\s)\b(?:the |our |a )?(?:new )?total(?:\scount|\snumber)?\b(?!\s(?:of\s)?(?:e5|me5|licen|licenses?|seats?|users?|devices?))(?=\s?(?:(?:is|was|of|comes to|came to|now|stands at|at|=|:)\s?){0,3}(?:about\s|around\s|roughly\s)?\d)`),
  dev('network', String.raw`\bnetzwerk[-\s]?ger(?:ä|ae)te\b`),
  dev('iot', String.raw`\bconference rooms?\b(?=\s?:?\s?\d)`),
  dev('iot', String.raw`\b(?:av|a\/v|audio[- ]?visual) (?:systems?|equipment|devices?|kit)\b`),
  dev('iot', String.raw`\biot[-\s]ger(?:ä|ae)te\b`),
  // "90 forklift telematics units": a counted kind of unit; business, housing or storage units are not devices.
  dev('iot', String.raw`(?<=\d\s)(?!(?:business|housing|storage|rental|residential|apartment|dwelling|retail|office|teaching|organi[sz]ational|travelling|traveling|touring|operating)\b)[a-z]+(?:[- ][a-z]+)?\sunits\b`),
  dev(
    'network',
    String.raw`\bnetwork(?:ing)?(?:\s(?:devices?|gear|equipment|appliances|assets))?(?:\stab)?\b|(?<=\d\s)switch\b|\b(?:routers?|switches|firewalls?|(?:(?:wireless|wi-?fi)\s)?access\spoints?|waps?|(?:(?:wireless|wi-?fi)\s)?aps|wlan\scontrollers?|load\sbalancers?|vpn\sgateways?|net\sdevs?)\b|\bnet\b(?=\s?[:=|]?\s?~?\s?\d)|(?<=\d\s?)net\b|\bnw\b(?=\s?[:=|]?\s?~?\s?\d)|(?<=\d\s?)nw\b`,
  ),
  dev(
    'iot',
    String.raw`\b(?:enterprise\s|e)?iot(?:\s(?:devices?|things|endpoints?|assets))?(?:\stab)?\b`,
  ),
  dev(
    'iot',
    String.raw`\b(?:(?:network|ip|wireless|multifunction|mfp|threedee)\s)?printers?\b|\bmfps?\b|\b(?:photo)?copiers\b|\b(?:ip\s|security\s|cctv\s|surveillance\s|video\s)?cameras?\b|\bcctv\b|\b(?:voip\s|ip\s|desk\s|conference\s|sip\s)?phones?\b|\bvoip\b|\b(?:smart\s)?(?:tvs?|televisions?)\b|\b(?:digital\s|smart\s|conference\sroom\s|meeting\sroom\s|room\s)?(?:displays?|signage|screens?)\b|\bprojectors?\b|\b(?:video\s)?conferenc(?:e|ing)(?:\sroom)?\s(?:systems?|devices?|units?|equipment|bars?)\b|\bteams\srooms?(?:\sdevices?)?\b|\b(?:badge|card)\sreaders?\b|\bdoor\s(?:locks?|controllers?)\b|\baccess\scontrol(?:\sdevices?|\spanels?)?\b|\bsensors?\b|\bthermostats?\b|\bhvac(?:\sunits?|\ssystems?|\scontrollers?)?\b|\bsmart\s(?:speakers?|boards?|plugs?|lights?|bulbs?|locks?)\b|\bmedical\sdevices?\b|\binfusion\spumps?\b|\b(?:barcode\s)?scanners?\b|\bpos(?:\sterminals?|\sdevices?)?\b|\bkiosks?\b|\bups(?:\sunits?)?\b|\bupss\b|\bpdus?\b|\bnas(?:\sdevices?|\sboxes)?\b|\bwhiteboards?\b|\bintercoms?\b|\b(?:[a-z]+(?:-[a-z]+)?\s)?(?:controllers?|readers?|handsets?|plotters?|meters?|kiosks?|(?<!\b(?:cruise|ferry|bus|coach|airport|passenger|container|freight|rail|train|port)\s)terminals?(?!\s(?:staff|workers|operators|users|buildings?|sites?)\b)|gateways?|beacons?|badges?)\b|\b(?:patient\s|vital\ssigns?\s)monitors?\b|\b(?:nurse\scall\s)?stations?\b|\belevators?\b|\blifts\b|\bturnstiles?\b|\b(?:[a-z-]+\s)?panels?\b|(?<=\d\s(?:connected\s|networked\s|smart\s|other\s)?)(?:things|items|bits\sof\skit|kit|entries|rows)\b|\b(?:coffee|attendance|biometric|fax|x-ray|ultrasound|vending|ticket|parking)\s(?:attendance\s)?machines?\b|\blockers?\b|\bfridges?\b|\b(?:lab\s|laboratory\s|vaccine\s|medical\s|ult\s|-80\s)?freezers\b|\bvending\smachines?\b|\bdispensers?\b|\bsmart\s(?!phones?\b)[a-z]{3,}\b|\binfusion\spumps?\b|\bpumps\b|\bhandhelds?\b|\bsmart\s?boards?\b|\bnurse\scall(?:\s(?:units?|systems?|points?|buttons?|stations?))?\b|\bmonitors\b(?=\s?[:=]?\s?\d)|(?<=\d\s(?:[a-z-]+\s){0,2})monitors\b|\b(?:nvr|dvr)s?\b|\bgadgets?\b|\bwearables?\b|\bappliances\b`,
  ),
  dev(
    'generic',
    String.raw`\b(?:unmanaged\s|connected\s|smart\s|other\s|discovered\s|monitored\s|active\s|physical\s|total\s)?(?:devices?|assets?|geräte|geraete|devs?|inventory)\b`,
  ),
];

/** All entity mentions, non-overlapping, earliest and longest first. */
export function findEntities(text: string): EntityMention[] {
  const found: EntityMention[] = [];
  for (const { kind, re } of PATTERNS) {
    if (!mayMatch(re, text)) continue;
    // exec on the shared global pattern: matchAll would copy the pattern on every call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  let reach = -1;
  for (const e of found) {
    if (e.start >= reach) {
      kept.push(e);
      reach = e.end;
    }
  }
  return withListedDevices(text, kept);
}

/** A list item: "scales 560", "audio guide docks: 45", "café tills 6", or "1,050 keycard lock hubs". */
const LABEL_FIRST = /^([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'&+().\/-]*(?: [a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'&+().\/-]*){0,3}) ?(?:[:=]|x)? ?(\d[\d,]{0,15})$/;
const COUNT_FIRST = /^(\d[\d,]{0,15})(?:\+|ish)? ([a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'&().-]*(?: [a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'&().-]*){0,3})$/;
/** Last words that name places, people, money, time, references or the Computers & Mobile tab: not a device kind. */
const NOT_A_DEVICE_NOUN = [
  ...PLACES, ...PLACE_SINGULARS, 'vessels?', 'ships?', 'routes?', 'rooms?',
  'beds?', 'countries', 'units', 'properties', 'tenants?', 'projects?', 'vendors?', 'partners?', 'customers?', 'accounts?',
  'users?', 'employees?', 'staff', 'people', 'persons?', 'students?', 'members?', 'agents?', 'nurses?', 'doctors?',
  'teachers?', 'pupils?', 'children', 'kids', 'residents?', 'passengers?', 'visitors?', 'houses?', 'mitarbeiter\\w*',
  'seats?', 'licen[cs]es?', 'licenses?', 'lics?', 'e3', 'e5', 'me5', 'p1', 'p2', 'eiot', 'standalone', 'add-?ons?',
  'budget', 'price', 'cost', 'eur', 'usd', 'days?', 'weeks?', 'months?', 'years?', 'hours?', 'minutes?', 'date', 'year',
  'q[1-4]', 'fy\\d*', 'tickets?', 'ids?', 'po', 'ref', 'case', 'incident', 'change', 'chg', 'inc', 'model', 'version',
  'percent', 'total', 'gap', 'need', 'needed', 'sum', 'count', 'number', 'files?', 'mb', 'gb', 'tb', 'kb', 'max',
  'sentences', 'comp', 'computers?', 'mobiles?', 'laptops?', 'chromebooks?', 'pcs?', 'desktops?', 'notebooks?',
  'tablets?', 'servers?', 'vms?', 'workstations?', 'c&m', 'macbooks?', 'imacs?', 'iphones?', 'ipads?', 'inactive',
  'stale', 'dormant', 'offline', 'hqs?', 'headquarters', 'vehicles?',
];
/** Chat words that end a "label" in corrections and asides ("sorry 1697", "now 450", "actually 71"). */
const NOT_A_LABEL = [
  'sorry', 'now', 'actually', 'meant', 'update', 'that', 'it', 'is', 'was', 'were', 'are', 'earlier', 'before', 'last',
  'first', 'then', 'about', 'around', 'roughly', 'approx', 'ca', 'only', 'pls', 'please', 'says?', 'said',
];
/** Words that open a clause, not a device kind's name. */
const CLAUSE_START = /^(?:so|do|does|did|i|we|you|they|how|what|why|should|can|could|would|will|shall|may|might|must|if|and|but|or|then)\b/;
const NOT_A_DEVICE_KIND = new RegExp(String.raw`(?:^|[^a-z])(?:${[...NOT_A_DEVICE_NOUN, ...NOT_A_LABEL].join('|')})$`);
/** "14 practices across the Midlands": places or people counted, then where they are. */
const NOT_A_DEVICE_THEN_WHERE = new RegExp(String.raw`^(?:${NOT_A_DEVICE_NOUN.join('|')})\s(?:across|in|at|around|over|throughout)\b`);

/**
 * The items in the same unbroken run of list segments as `known`, when that run holds two plural nouns besides it;
 * otherwise none (a lone device count beside an address or a signature is no inventory list).
 */
function listRunAround<T extends { segment: number; label: string }>(items: T[], known: T): (item: T) => boolean {
  const bySegment = new Map(items.map((item) => [item.segment, item]));
  let first = known.segment;
  let last = known.segment;
  while (bySegment.has(first - 1)) first--;
  while (bySegment.has(last + 1)) last++;
  const plurals = new Set(items.filter((item) => item.segment >= first && item.segment <= last && item !== known && /[a-z]s$/.test(item.label)));
  return plurals.size < 2 ? () => false : (item) => plurals.has(item);
}

/** Items on the known items' lines or on lines next to them with items too; blank lines do not break a run. */
function onLinesRunningWith<T extends { start: number }>(text: string, items: T[], known: T[]): (item: T) => boolean {
  const lineStarts: number[] = [];
  const line = /[^\n]*\S[^\n]*/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) lineStarts.push(m.index);
  const lineOf = (at: number) => {
    let i = 0;
    while (i + 1 < lineStarts.length && (lineStarts[i + 1] as number) <= at) i++;
    return i;
  };
  const itemLines = new Set(items.map((item) => lineOf(item.start)));
  const inRun = new Set<number>();
  for (const item of known) {
    for (let l = lineOf(item.start); itemLines.has(l); l--) inRun.add(l);
    for (let l = lineOf(item.start); itemLines.has(l); l++) inRun.add(l);
  }
  return (item) => inRun.has(lineOf(item.start));
}

/**
 * "POS 1,120 / scales 560 / cameras 2,240": in a list of counts where some items are known device kinds, the
 * other items with a count are devices too (scales, docks, loggers, incubators), whatever their name.
 */
function withListedDevices(text: string, entities: EntityMention[]): EntityMention[] {
  const items: { start: number; end: number; label: string; segment: number }[] = [];
  let segmentIndex = 0;
  // Commas between list items, not inside "1,120"; slashes only with blanks around them ("POS 1,120 / scales 560").
  const delimiter = /,(?!\d{3}\b)|[;|\n]|\s\/\s|\s-\s|\.\s/g;
  let from = 0;
  const addItem = (to: number) => {
    segmentIndex++;
    let segment = text.slice(from, to);
    let offset = from;
    // "stores: POS 1,120", "logistics firm: 700 scanners": a heading before the first item.
    const heading = /^[^:\d]{1,60}:\s?(?=[a-z][^:]*\d|\d[\d,]*\s[a-z])/.exec(segment.trimStart());
    const lead = segment.length - segment.trimStart().length;
    offset += lead;
    segment = segment.trim();
    if (heading) {
      offset += heading[0].length;
      segment = segment.slice(heading[0].length);
    }
    // "depot chargers 38 (all showing as IoT)": a note after the count.
    segment = segment.replace(/ ?\([^()]*\)[.?!]*$/, '').replace(/[.?!)]+$/, '');
    const labelFirst = LABEL_FIRST.exec(segment);
    // "so do I buy 100?" is a question, not a list item.
    if (labelFirst && CLAUSE_START.test(labelFirst[1] as string)) return;
    if (labelFirst) items.push({ start: offset, end: offset + (labelFirst[1] as string).length, label: labelFirst[1] as string, segment: segmentIndex });
    const countFirst = labelFirst ? null : COUNT_FIRST.exec(segment);
    if (countFirst) {
      const label = countFirst[2] as string;
      const at = offset + segment.length - label.length;
      items.push({ start: at, end: at + label.length, label, segment: segmentIndex });
    }
  };
  for (let m = delimiter.exec(text); m !== null; m = delimiter.exec(text)) {
    addItem(m.index);
    from = m.index + m[0].length;
  }
  addItem(text.length);
  if (items.length < 3) return entities;
  const overlapping = (item: { start: number; end: number }) => entities.filter((e) => e.start < item.end && e.end > item.start);
  const knownDevices = items.filter((item) => overlapping(item).some((e) => e.kind.type === 'devices' && e.kind.part !== 'excluded' && e.kind.part !== 'total'));
  // Only a real inventory list: two items or more already read as device kinds, or one with two or more
  // plural nouns right beside it ("33 connected washers, 33 connected dryers, 2 routers").
  if (knownDevices.length === 0) return entities;
  // Two known kinds: the items on lines that run on from theirs ("Corporate IT, Fab 2" under a sign-off is not one).
  const inList = knownDevices.length >= 2 ? onLinesRunningWith(text, items, knownDevices) : listRunAround(items, knownDevices[0] as (typeof items)[number]);
  const added = items
    .filter((item) => overlapping(item).length === 0 && !NOT_A_DEVICE_KIND.test(item.label) && !NOT_A_DEVICE_THEN_WHERE.test(item.label) && inList(item))
    .map((item): EntityMention => ({ kind: { type: 'devices', part: 'iot' }, start: item.start, end: item.end, text: item.label }));
  if (added.length === 0) return entities;
  return [...entities, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
