// Attaches each number to the noun it counts: "320 E5", "E5: 320", "E5 x 320", "devices 1679".
// The recognizer gives numbers; which noun each belongs to is decided here, by the words between them.
import type { EntityMention } from './entities';
import type { NumberMention } from './numbers';
import { PLACE_SINGULARS, PLACES } from './places';

export interface Attachment {
  number: NumberMention;
  entity: EntityMention;
}

/** Words allowed between a number and the noun after it: "320 more E5", "1206 unmanaged IoT devices". */
const RIGHT_FILLERS = new Set([
  'x', '*', 'of', 'the', 'our', 'total', 'more', 'additional', 'extra', 'existing', 'current', 'currently',
  'odd', 'ish', '-', '+', 'or', 'so', 'different', 'separate', 'individual', 'licensed', 'paid', 'purchased',
  'owned', 'full', 'active', 'new', 'such', 'on', 'in', 'old', 'already', 'bought',
]);

/**
 * Words that end a label before a number: "devices and 320" does not make 320 a device count.
 * Anything else may sit between a noun and its number ("E5 licences assigned: 320", "device count is 1679").
 */
const LEFT_BLOCKERS = new Set([
  'and', 'or', 'but', 'plus', 'with', 'without', 'vs', 'versus', 'for', 'per', 'each', 'if', 'when', 'because',
  'so', 'than', 'then', 'also', 'while', 'where', 'which', 'who', 'not', 'no', 'need', 'needs', 'buy', 'want',
  'will', 'would', 'can', 'could', 'should', 'do', 'does', 'did',
  'cover', 'covers', 'covering', 'covered', 'give', 'gives', 'get', 'gets', 'allow', 'allows', 'include',
  'includes', '.', '?', '!', ';', '&', '/', '+', 'every', 'from', 'another',
]);
const MAX_LEFT_GAP = 5;
/** "300 have Microsoft 365 E5", "40 with E5 Security": people counted by the plan they hold. */
const LICENCE_VERBS = new Set(['have', 'has', 'with', 'on', 'using', 'use', 'hold', 'get']);
/** Words that never describe a device ("320 licences devices" is two nouns). */
const NOT_DESCRIPTIVE = new Set(['is', 'are', 'was', 'were', 'be', 'to', 'in', 'on', 'at', 'by', 'the', 'a', 'an', 'we', 'i', 'you', 'they', 'our', 'my', 'have', 'has', 'had', 'licences', 'licenses', 'licence', 'license', 'seats', 'users', 'e', 'x']);

/** Nouns that make a number theirs: "3 sites", "90 days". */
const PLACE_NOUNS = new Set(PLACES);
const PLACE_SINGULAR_NOUNS = new Set(PLACE_SINGULARS);
const FOREIGN_NOUNS = new Set([
  // Places in the plural ("40 sites") come from ./places; the singulars here are the few a count takes ("1 site").
  ...PLACES,
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'site', 'location', 'office', 'building', 'floor', 'branch', 'campus', 'factory', 'plant',
  'tenant', 'tenants', 'country', 'countries', 'region', 'regions',
  'subsidiary', 'subsidiaries', 'vlan', 'vlans', 'subnet', 'subnets', 'percent', 'times', 'steps',
  'company', 'companies', 'customer', 'customers', 'client', 'clients', 'vendor', 'vendors', 'team', 'teams', 'department', 'departments',
  'question', 'questions', 'dollars', 'euros', 'per', 'each',
  'rooms', 'car', 'parks', 'projects', 'pools', 'alerts', 'incidents',
  'tickets', 'notifications', 'emails', 'calls', 'messages', 'routes', 'vessels', 'ships', 'ferries', 'trucks',
  'lorries', 'vans', 'drivers', 'patients', 'guests', 'block', 'blocks', 'batch', 'batches', 'go', 'vehicles', 'recommendations', 'findings', 'pages',
]);

// "6 large-format printers": a hyphenated word is one describing word.
const TOKEN = /[a-z']+(?:-[a-z']+)*|\d+|[^\sa-z\d]/g;

function tokens(gap: string): string[] {
  return gap.match(TOKEN) ?? [];
}

interface Candidate {
  entity: EntityMention;
  cost: number;
}

function candidatesFor(
  n: NumberMention,
  text: string,
  entities: EntityMention[],
  numbers: NumberMention[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const nextNumberStart = numbers.find((m) => m.start >= n.end)?.start ?? Infinity;
  const prevNumberEnd = [...numbers].reverse().find((m) => m.end <= n.start)?.end ?? -Infinity;

  let foreign = false;
  const right = entities.find((e) => e.start >= n.end);
  if (right && right.start < nextNumberStart) {
    const between = text.slice(n.end, right.start);
    const gap = tokens(between);
    // "(72 of them)" only counts people when a plan follows ("100 of them also with E5 Security").
    const bareOfThem =
      right.text.startsWith('of ') &&
      !/^[^\d.;]{0,20}?\b(?:have|has|with|on|use|are on|hold)\s(?:[a-z0-9]+\s){0,3}?(?:m?e5|e3|licen|licenses?|plan|p[12]|seats?)\b/.test(text.slice(right.end, right.end + 50));
    // "iot: 15,320 net: 4,210": in a "label: number" layout, a noun followed by a colon and a number labels
    // that number, not this one ("1,950 devices: 1,400 cameras" is a total and its breakdown).
    const labelsNext =
      /[a-z]\s?:\s?$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && /^\s?:\s?-?\d/.test(text.slice(right.end, right.end + 5));
    // A number at the end of a line belongs to that line's label, not the next line's.
    // "E5 Security for 125 + ME5 for 375": the count of the plan before "for", not of the next plan.
    const planForBefore = gap[0] === '+' && /\b(?:m?e5|security|sec|licen[cs]es|licenses|standalone|eiot)\sfor\s$/.test(text.slice(Math.max(0, n.start - 20), n.start));
    if (bareOfThem || labelsNext || planForBefore) {
      // not a candidate
    } else if (
      !between.includes('\n') &&
      gap.length <= 3 &&
      // ("7 already-purchased eIoT licences": a hyphenated filler is fillers joined.)
      gap.every((t) => RIGHT_FILLERS.has(t) || t.split('-').every((part) => RIGHT_FILLERS.has(part)) || (right.kind.type === 'licences' && LICENCE_VERBS.has(t)))
    ) {
      // The end of "600 to 700" or "600-700" belongs to the range first, then to a noun after it.
      const rangeEnd = /\d\s*(?:to|-)\s*$/.test(text.slice(Math.max(0, n.start - 6), n.start));
      candidates.push({ entity: right, cost: gap.length + 1 + (rangeEnd ? 2 : 0) });
    } else if (
      // "40 label printers", "1,780 medical IoT devices": one or two describing words before a device noun; a place
      // in the singular describes ("186 office IoT devices"), in the plural it is counted ("40 sites").
      right.kind.type === 'devices' &&
      !between.includes('\n') &&
      gap.length <= 2 &&
      gap.every((t) => /^[a-z][a-z'-]+$/.test(t) && !LEFT_BLOCKERS.has(t) && (!FOREIGN_NOUNS.has(t) || PLACE_SINGULARS.includes(t)) && !NOT_DESCRIPTIVE.has(t))
    ) {
      candidates.push({ entity: right, cost: gap.length + 1.2 });
    } else if (gap[0] !== undefined && FOREIGN_NOUNS.has(gap[0]) && !between.slice(0, between.indexOf(gap[0])).includes('\n')) {
      // "40 sites", but not "E5: 1500\noffice 365 E3": a word on the next line is not this number's noun.
      foreign = true;
    }
  } else {
    const [after, next] = tokens(text.slice(n.end, Math.min(text.length, n.end + 30)).split('\n')[0] ?? '');
    // "9 venues", "9 screening venues": places, also with one describing word before them.
    // "at one service area": a single place, in the singular.
    const place = (word: string | undefined) => word !== undefined && (PLACE_NOUNS.has(word) || (n.value === 1 && PLACE_SINGULAR_NOUNS.has(word)));
    if (after !== undefined && (FOREIGN_NOUNS.has(after) || place(after) || (place(next) && /^[a-z][a-z-]+$/.test(after)))) foreign = true;
  }

  const left = [...entities].reverse().find((e) => e.end <= n.start);
  // "Terminal 1: network 140, IoT 388": a name with its number, heading the counts on its line.
  // (Not "HVAC 30, printers 18: we have 30 E5": a list runs before it on its line.)
  const namesHeading =
    n.value < 100 &&
    left !== undefined &&
    /^\s$/.test(text.slice(left.end, n.start)) &&
    /^\s?:[^\n\d]*\d/.test(text.slice(n.end).split('\n')[0] ?? '') &&
    !/\d/.test(text.slice(0, left.start).split('\n').pop() ?? '');
  // "no E5, 95 staff": a plan said not to be held takes no count.
  const leftNegated = left !== undefined && left.kind.type === 'licences' && /\b(?:no|not|without)\s$/.test(text.slice(Math.max(0, left.start - 8), left.start));
  if (!foreign && !namesHeading && !leftNegated && left && left.end > prevNumberEnd) {
    const gap = tokens(text.slice(left.end, n.start));
    const csvCell = gap.length === 1 && (gap[0] === ',' || gap[0] === ';');
    // "a workforce of 630": people counted after "of".
    const peopleOf = left.kind.type === 'licences' && left.kind.plan === 'users' && gap.join(' ') === 'of';
    // "E5 Security for 20": a plan, then "for" and its count.
    const planFor =
      left.kind.type === 'licences' && !['users', 'generic'].includes(left.kind.plan) && /^for(?: both| all| everyone| everybody| the two| all sites)?$/.test(gap.join(' ')) && candidates.length === 0 &&
      // "eiot licenses for 1.2k-1.4k devices": the start of a range of devices, not the plan's count.
      !/^\s?(?:-|–|to|or)\s?\d/.test(text.slice(n.end, n.end + 6));
    if (gap.length <= MAX_LEFT_GAP && (csvCell || peopleOf || planFor || !gap.some((t) => LEFT_BLOCKERS.has(t) || t === ','))) {
      // Labels with a colon or equals sign ("E5: 320") bind left; otherwise a noun after the number wins ties.
      const explicit = gap.includes(':') || gap.includes('=') || (gap.length === 1 && gap[0] === 'x');
      // "devices 10000 licences E5 2000": a label that opens the message or a list item binds its number.
      const opensItem =
        gap.length === 0 &&
        /(?:^|[,;/\n.]\s*)$/.test(text.slice(0, left.start)) &&
        right !== undefined &&
        right.start < nextNumberStart &&
        right.kind.type !== left.kind.type &&
        // "biz premium 150 devices": a plan that covers nothing needs no count, so the number is the devices'.
        !(left.kind.type === 'licences' && (left.kind.plan === 'ineligible' || left.kind.plan === 'mdeP2'));
      // "hub inventory: 312 zebra label printers": a heading for the whole list, not this count's noun.
      const heading =
        left.kind.type === 'devices' && left.kind.part === 'generic' && candidates.some((c) => c.entity.kind.type === 'devices' && c.entity.kind.part !== 'generic');
      // "210 switches/access points\n160 E5 Security": a noun on the line above is a weaker label than one beside.
      const lineAbove = text.slice(left.end, n.start).includes('\n') ? 2 : 0;
      candidates.push({ entity: left, cost: gap.length + (explicit ? 0.5 : opensItem ? 0.9 : 1.5) + (heading ? 3 : 0) + lineAbove });
    }
  }
  return candidates;
}

/**
 * Chooses one noun per number, one number per noun, attaching as many numbers as possible at the least
 * total distance. Messages hold a handful of numbers, so a small exhaustive search is exact and cheap;
 * past that, a greedy pass keeps the time bounded.
 */
export function attachNumbers(text: string, numbers: NumberMention[], entities: EntityMention[]): Attachment[] {
  const options = numbers.map((n) => candidatesFor(n, text, entities, numbers));

  if (numbers.length > 10) {
    const used = new Set<EntityMention>();
    const out: Attachment[] = [];
    numbers.forEach((n, i) => {
      const best = (options[i] ?? []).filter((c) => !used.has(c.entity)).sort((a, b) => a.cost - b.cost)[0];
      if (best) {
        used.add(best.entity);
        out.push({ number: n, entity: best.entity });
      }
    });
    return out;
  }

  let best: { count: number; cost: number; picks: (Candidate | null)[] } = { count: -1, cost: Infinity, picks: [] };
  const picks: (Candidate | null)[] = [];
  const used = new Set<EntityMention>();
  const search = (i: number, count: number, cost: number): void => {
    if (i === numbers.length) {
      if (count > best.count || (count === best.count && cost < best.cost)) {
        best = { count, cost, picks: [...picks] };
      }
      return;
    }
    for (const c of options[i] ?? []) {
      if (used.has(c.entity)) continue;
      used.add(c.entity);
      picks.push(c);
      search(i + 1, count + 1, cost + c.cost);
      picks.pop();
      used.delete(c.entity);
    }
    picks.push(null);
    search(i + 1, count, cost);
    picks.pop();
  };
  search(0, 0, 0);

  const out: Attachment[] = [];
  best.picks.forEach((pick, i) => {
    const n = numbers[i];
    if (pick && n) out.push({ number: n, entity: pick.entity });
  });
  return out;
}
