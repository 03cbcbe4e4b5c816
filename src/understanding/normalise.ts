// Text clean-up before recognition: one lower-case form the rest of the pipeline reads.
// Every regular expression here is linear (no nested quantifiers), so any input runs in bounded time.
import { distance } from 'fastest-levenshtein';

/** Longer messages are refused politely rather than guessed at. */
export const MAX_QUESTION_CHARS = 2000;

/** Words the recognizer's keywords are built from; near misses are corrected to these. */
const VOCABULARY = [
  'devices', 'device', 'licenses', 'license', 'licences', 'licence', 'licensed', 'licensing', 'security',
  'network', 'printers', 'printer', 'cameras', 'camera', 'phones', 'purchase', 'purchasing', 'trial', 'trials',
  'cancel', 'cancellation', 'legacy', 'prerequisites', 'prerequisite', 'requirements', 'calculate', 'calculation',
  'inventory', 'subscription', 'standalone', 'enterprise', 'disable', 'deactivate', 'activate', 'permissions',
  'administrator', 'microsoft', 'defender', 'endpoint', 'endpoints', 'monitoring', 'monitored', 'computers',
  'laptops', 'desktops', 'workstations', 'servers', 'tablets', 'smartphones', 'mobile', 'eligible', 'eligibility',
  'counted', 'count', 'covered', 'cover', 'covers', 'coverage', 'additional', 'needed', 'need', 'many',
  'pricing', 'price', 'cost', 'costs', 'renamed', 'portal', 'turn', 'switch', 'toggle', 'enable', 'disable',
  'roles', 'role', 'global', 'admin', 'settings', 'discovery', 'buy', 'order', 'seats', 'users', 'standalones',
  'industrial', 'factory', 'scada', 'operational', 'technology', 'calculator', 'inactive', 'multicast',
  'broadcast', 'televisions', 'projectors', 'thermostats', 'sensors', 'routers', 'switches', 'firewalls',
  'access', 'points', 'include', 'included', 'includes', 'exclude', 'excluded', 'management', 'manage',
  'plan', 'plans', 'gap', 'shortfall', 'enough', 'remaining', 'already', 'existing', 'owned', 'total',
  'help', 'hello', 'thanks', 'start', 'started', 'free', 'try', 'evaluate', 'procure', 'acquire',
];
const VOCABULARY_SET = new Set(VOCABULARY);

/** Ordinary words that sit one edit away from a keyword: never "corrected". */
const COMMON_WORDS = new Set([
  'unable', 'devise', 'advice', 'advise', 'device', 'play', 'plays', 'order', 'older', 'cover', 'clover', 'lover', 'cost',
  'most', 'post', 'host', 'lost', 'coast', 'count', 'court', 'mount', 'amount', 'account', 'counter', 'country',
  'plan', 'plane', 'plant', 'planet', 'price', 'prince', 'pride', 'prize', 'role', 'rule', 'roll', 'hole', 'whole',
  'turn', 'tune', 'torn', 'term', 'burn', 'need', 'seed', 'feed', 'need', 'needs', 'deed', 'weed', 'seats',
  'sets', 'seat', 'start', 'smart', 'stars', 'state', 'stuff', 'users', 'uses', 'used', 'user', 'buy', 'but',
  'guy', 'try', 'tray', 'dry', 'cry', 'help', 'held', 'hell', 'helm', 'many', 'mary', 'manly', 'money', 'free',
  'tree', 'three', 'fee', 'flee', 'total', 'metal', 'portal', 'postal', 'mortal', 'gap', 'cap', 'gas', 'map',
  'rap', 'tap', 'switch', 'snitch', 'stitch', 'witch', 'legacy', 'plans', 'planes', 'plants', 'costs', 'posts',
  'hosts', 'coasts', 'counts', 'courts', 'mounts', 'roles', 'rules', 'rolls', 'holes', 'enable', 'unable',
  'cancel', 'camel', 'channel', 'tunnel', 'license', 'licence', 'silence', 'licensed', 'licensee', 'devices',
  'device', 'advised', 'revised', 'devised', 'settings', 'setting', 'sitting', 'settling', 'points', 'joints',
  'paints', 'pints', 'access', 'excess', 'assess', 'success', 'security', 'include', 'includes', 'included',
  'exclude', 'excluded', 'recover', 'covers', 'covered', 'coveted', 'hovers', 'lovers', 'cover', 'manage',
  'manager', 'managed', 'image', 'start', 'started', 'starter', 'order', 'orders', 'ordered', 'border', 'prize',
  'owned', 'owner', 'owners', 'mobile', 'noble', 'global', 'admin', 'audit', 'servers', 'serves', 'servers',
  'served', 'nerves', 'switches', 'witches', 'stitches', 'sensors', 'censors', 'tensors', 'routers', 'routes',
  'routed', 'counted', 'counter', 'mounted', 'printers', 'printer', 'pointers', 'painters', 'points', 'network',
  'networks', 'camera', 'cameras', 'camels', 'trials', 'trial', 'needed', 'heeded', 'seeded', 'weeded',
  'pricing', 'prices', 'priced', 'pricey', 'enough', 'endpoint', 'include', 'included', 'inclined',
]);

/** Corrects a word that is one or two edits from a keyword ("licnses", "devcies", "secuirty"). */
export function correctWord(word: string): string {
  if (word.length < 4 || VOCABULARY_SET.has(word) || COMMON_WORDS.has(word)) return word;
  const allowed = word.length >= 7 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (const candidate of VOCABULARY) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    if (candidate[0] !== word[0] && word.length < 7) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : word;
}

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/** The locale's own thousands and decimal separators, from ICU. */
export function localeSeparators(locale: string | undefined): Separators {
  const key = locale ?? 'en-US';
  const cached = separatorCache.get(key);
  if (cached) return cached;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(key).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en-US').formatToParts(12345.6);
  }
  const separators = {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
  separatorCache.set(key, separators);
  return separators;
}

/**
 * Rewrites numbers written with a comma-decimal locale's separators ("1.679", "2,5k", "1 679,5") into the
 * English form the recognizer reads. English-style input is left as it is.
 */
export function toEnglishNumberFormat(text: string, locale: string | undefined): string {
  const { decimal } = localeSeparators(locale);
  if (decimal !== ',') return text;
  return text.replace(/\d{1,3}(?:[.\u00a0\u202f' ]\d{3})+(?:,\d+)?|\d+,\d+/g, (match) =>
    match.replace(/[.\u00a0\u202f' ]/g, '').replace(',', '.'),
  );
}

/** Lower-cases, folds look-alike characters, spaces digits from letters where the recognizer needs it. */
export function normalise(raw: string, locale?: string): string {
  let text = raw.normalize('NFKC');
  // Control characters and emoji become spaces; they carry no figures.
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  text = text.replace(/\p{Extended_Pictographic}/gu, ' ');
  text = text.replace(/[\u2212\u2012\u2013\u2014\u2015]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'");
  text = text.replace(/[\u201c\u201d]/g, '"').replace(/\u00d7/g, ' x ');
  text = toEnglishNumberFormat(text, locale);
  text = text.toLowerCase();
  // Plain digits glued to a plan name: "320e5" is 320 E5 licences, not 320 × 10^5.
  text = text.replace(/(\d)(m?e5|e3)\b/g, '$1 $2');
  text = text.replace(/(\d)x\b/g, '$1 x').replace(/\bx(\d)/g, 'x $1');
  // A hyphen between two numbers is a range or a list, never a minus sign.
  text = text.replace(/(\d)\s*-\s*(?=\d)/g, '$1 to ');
  // Bullets ("- 1679 devices") are not minus signs.
  text = text.replace(/(^|\n)\s*[-*•]\s+/g, '$1 ');
  text = text.replace(/[a-z]+/g, (word) => correctWord(word));
  return text.replace(/[ \t]+/g, ' ').trim();
}
