// Text clean-up before recognition: one lower-case form the rest of the pipeline reads.
// Every regular expression here is linear (no nested quantifiers), so any input runs in bounded time.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { germanToEnglish } from './german';
import { flattenTables } from './tables';
import { rewrite } from './literalGate';
import { PLACE_SINGULARS, PLACES_PATTERN } from './places';

/** Longer messages are refused politely rather than guessed at. */
export const MAX_QUESTION_CHARS = 4000;

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

/** Real words one edit from a keyword that users still mean as the keyword. */
const ALWAYS_CORRECT = new Map([
  ['trail', 'trial'],
  ['trails', 'trials'],
  ['licsense', 'license'],
  ['enabel', 'enable'],
  ['lisence', 'license'],
  ['lisences', 'licenses'],
  ['liscense', 'license'],
  ['liscenses', 'licenses'],
  ['licens', 'license'],
  ['licenes', 'licenses'],
  ['waht', 'what'],
  ['wat', 'what'],
  ['wht', 'what'],
  ['wher', 'where'],
  ['devises', 'devices'],
  ['devise', 'device'],
  ['lisense', 'license'],
  ['lisenses', 'licenses'],
  ['licience', 'licence'],
  ['camz', 'cameras'],
  ['cams', 'cameras'],
  ['hav', 'have'],
  ['nd', 'and'],
  ['whta', 'what'],
]);

let dictionary: Set<string> | null | undefined;

/**
 * English words (the `word-list` package, ~275k words), loaded on the first near miss only: a correctly
 * spelled word is never "corrected" into a keyword ("unable" is not "enable", "activity" not "activate").
 */
function englishWords(): Set<string> | null {
  if (dictionary !== undefined) return dictionary;
  dictionary = null;
  // The package is ESM-only, so find its data file by walking up to node_modules.
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'word-list', 'words.txt');
    if (existsSync(file)) {
      dictionary = new Set(readFileSync(file, 'utf8').split('\n'));
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return dictionary;
}

/** Levenshtein distance, counting one swap of neighbouring letters ("coutn") as a single edit. */
function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length) {
    const i = [...a].findIndex((c, k) => c !== b[k]);
    if (i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
  }
  return d;
}

// Corrections are pure and words repeat (English is Zipfian): remember them, bounded so odd input cannot grow it.
const corrections = new Map<string, string>();
const MAX_REMEMBERED_CORRECTIONS = 20_000;

/** Corrects a word that is one or two edits from a keyword ("licnses", "devcies", "secuirty"). */
export function correctWord(word: string): string {
  const known = corrections.get(word);
  if (known !== undefined) return known;
  const corrected = correctUncached(word);
  if (corrections.size >= MAX_REMEMBERED_CORRECTIONS) corrections.clear();
  corrections.set(word, corrected);
  return corrected;
}

function correctUncached(word: string): string {
  const forced = ALWAYS_CORRECT.get(word);
  if (forced) return forced;
  if (word.length < 4 || VOCABULARY_SET.has(word)) return word;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (const candidate of VOCABULARY) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    if (candidate[0] !== word[0]) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance > allowed) return word;
  return englishWords()?.has(word) ? word : best;
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
  // Only the locale's own group separator (and its no-break space forms): "E5 320" must stay two tokens.
  return text.replace(/\b\d{1,3}(?:[.\u00a0\u202f']\d{3})+(?:,\d+)?(?![.,]?\d)|\b\d+,\d+(?![.,]?\d)(?:k\b)?/g, (match) =>
    match.replace(/[.\u00a0\u202f']/g, '').replace(',', '.'),
  );
}

// Built once: these patterns share the unit words and the not-counted kinds.
const UNIT = String.raw`(?:${[...PLACE_SINGULARS.filter((p) => !p.includes(' ')), 'branche', 'room', 'station'].join('|')})`;
const PER_UNIT_TIMES = new RegExp(String.raw`\b(\d{1,4}) (?:(?:high|primary|secondary|middle|main|small|large|big|regional|branch|satellite|retail|law|field|remote|district|partner) )?(?:${UNIT}|ship|vessel)s? (?:x|\*|times|each with|with) (?:roughly |about |around |approx\.? |~ ?)?(\d{1,3}(?:,\d{3})?|\d{1,5}) ((?:[a-z/&-]+ ){0,2}?[a-z/&-]+) (?:each|per (?:${UNIT}|one))\b`, 'g');
/** "11 devices per store, 38 stores": the count per place, then the places. */
const PER_UNIT_THEN_UNITS = new RegExp(String.raw`\b(\d{1,5}) ((?:iot |network )?devices) (?:per|in each|at each|for each|a) (${UNIT}),? (?:and |across |over |x |times |with )?(\d{1,4}) \3(?:e?s)\b`, 'g');
/** "58 shops x 6 IoT devices each (...) + 1 router per shop": one more kind per place, the places counted before. */
const PLUS_PER_UNIT = new RegExp(String.raw`\b(\d{1,4}) (${UNIT})s\b([^.?!]{0,120}?)\+ ?(\d{1,3}) ([a-z]+(?: [a-z]+)?) (?:per|in each|at each|for each|a) \2\b`, 'g');
const UNITS_EACH_WITH_DEVICES = new RegExp(String.raw`\b(\d{1,4}) (?:[a-z]+ )?${UNIT}s,? each (?:with|has|have) (?:~ ?|about |around |roughly |approx\.? )?(\d{1,3}(?:,\d{3})?|\d{1,5}) ((?:iot |network )?devices)\b(?! (?:and|\+|&|plus) (?:~ ?|about |around )?\d)`, 'g');
const UNITS_COMMA_EACH = new RegExp(String.raw`\b(\d{1,4}) (?:site|office|building|store|branche|branch|location|floor|clinic|school|warehouse|plant|campus|campuse|hospital|hotel)s?,? (\d{1,3}(?:,\d{3})?|\d{1,5}) ((?:iot |network )?devices) each\b`, 'g');
const UNITS_TIMES_EACH = new RegExp(String.raw`\b${UNIT}(?:e?s)? (\d{1,4}) ?(?:x|\*) ?(\d{1,5}) ((?:[a-z/&-]+ ){0,2}?[a-z/&-]+) each\b`, 'g');
const UNITS_COMMA_PER_UNIT = new RegExp(String.raw`\b(\d{1,4}) (${UNIT})s?\)?[,:] (\d{1,5}) ((?:[a-z/&-]+ ){0,2}?[a-z/&-]+) (?:(?:per|each|in each|on each|at each|a) (${UNIT})|(?:at |in |on |for )?each one)\b`, 'g');
const UNITS_HAVE_EACH = new RegExp(String.raw`\b(\d{1,4}) ${UNIT}(?:e?s) (?:all |each )?(?:have|has|hold|with|contain) (?:~ ?|about |around |roughly |approx\.? |approximately )?(\d{1,3}(?:,\d{3})?|\d{1,5}) ((?:[a-z/&-]+ ){0,2}?[a-z/&-]+) each\b`, 'g');
const UNITS_EACH_WITH_A = new RegExp(String.raw`\b(\d{1,5}) (?:guest |hotel |patient |class|meeting )?(?:${UNIT}|suite|bed|desk|classroom|lane|gate|bay|cabin|apartment)s,? each (?:one )?(?:with|has|having|containing|equipped with) (an? [a-z]+(?: (?!and\b)[a-z]+)?(?:(?:, an?|,? and an?) [a-z]+(?: (?!and\b)[a-z]+)?){0,3})\b`, 'g');
/** Words that name a device kind in "each with a smart TV and a thermostat". */
const DEVICE_WORD = /\b(?:tv|television|thermostat|camera|phone|printer|sensor|display|screen|projector|speaker|lock|reader|controller|panel|kiosk|monitor|pump|tablet|terminal|scanner|beacon|intercom|hub|plug|bulb|light|access point|ap|switch|router|whiteboard|board)s?$/;
const COMPUTERS = String.raw`(?:laptops|computers|pcs|desktops|notebooks|workstations|servers)`;
// Built once: a RegExp constructed inside normalise() is recompiled after every full GC.
const EACH_UNIT_LIST_THEN_UNITS = new RegExp(String.raw`\b(?:each|per) (${UNIT}),? (?:has|have|with|contains|gets|we have|there are) ((?:\d{1,4} [a-z][a-z -]{1,30}?(?:, | and |, and )){1,6}\d{1,4} [a-z][a-z -]{1,30}?)(?:\.|;|,) (?:and )?(?:we have |there are |across )?(\d{1,4}) \1(?:e?s)\b`, 'g');
const UNITS_THEN_ONE_KIND = new RegExp(String.raw`\b(\d{1,4}) (${UNIT}|branche|campuse|depot|store|greenhouse|librar(?:y|ie))(?:e?s)\b([^.!?\d]{0,30}[.;,]) (?:each|every) \2(?: has|:) ((?:\d{1,4} [a-z][a-z -]{1,30}?(?:, | and |, and )){1,6}\d{1,4} [a-z][a-z]+(?: [a-z]+)?)`, 'g');
const PHONES_BESIDE_COMPUTERS = new RegExp(String.raw`\b(?:(?:\d[\d,.]*k?|[a-z]+ (?:hundred|thousand)(?: [a-z]+ hundred)?) ${COMPUTERS}|${COMPUTERS}\s?[:=-]?\s?\d[\d,.]*k?)(?:,|\.|;| and|, and|\/| \/| \+)? (?:(?:~ ?|about |around )?\d[\d,.]*k? phones\b|phones\s?[:=-]?\s?(?=\d))|\b(?:\d[\d,.]*k? phones|phones\s?[:=-]?\s?\d[\d,.]*k?)(?:,|\.|;| and|, and|\/| \/) (?:\d[\d,.]*k? ${COMPUTERS}|${COMPUTERS}\s?[:=-]?\s?\d)`, 'g');
/** "computers: 900\nphones: 700", "- laptops 1300\n- phones 900" in a list of the inventory's tabs (no device kinds listed beside them). */
const PHONES_BELOW_COMPUTERS = new RegExp(String.raw`\b${COMPUTERS}\s?[:=]?\s?\d[\d,.]*k?[ \t]*\n\s*phones\s?[:=]?\s?(?=\d)|\bphones\s?[:=]?\s?\d[\d,.]*k?[ \t]*\n\s*${COMPUTERS}\s?[:=]?\s?\d`, 'g');
const DEVICE_KINDS_LISTED = /\b(?:printers?|cameras?|cams|tvs?|scanners?|readers?|sensors?|displays?|screens?|kiosks?)\b/;
// Rules about places (./places), built once.
/**
 * "36 classrooms with 1 projector, 1 smartboard and 2 cameras each", "15 schools x (40 printers + 12 smartboards)",
 * "12 surgeries, each with the same kit: 2 printers, 1 router".
 */
const PLACE_ITEM = String.raw`\d{1,5} (?!(?:m365 |microsoft 365 )?(?:m?e5|e3|licen|lics?\b|seats?\b|users?\b|staff\b|people\b|employees\b))[a-z][a-z-]*(?: (?!and\b|each\b|per\b|in\b|at\b|x\b)[a-z][a-z-]*){0,2}`;
const PLACES_TIMES_ITEMS = new RegExp(String.raw`\b(\d{1,4}) (?:[a-z]+ )?(${PLACES_PATTERN}|classrooms|rooms|labs|halls|ships|vessels|buses|coaches|trams|trains|trucks|vans|lorries|vehicles),? ?(each (?:with|has|have)|with|x|×|\*|@|:)(?: the same (?:kit|set-?up|equipment|hardware|devices)| identical (?:kit|set-?up|equipment|hardware|devices))?:? \(?(${PLACE_ITEM}(?:(?:, | and |, and | ?\+ ?| & )${PLACE_ITEM}){0,5})\)?( each| per (?:[a-z]+)| in each| at each)?(?: ?\([^()]*\d[^()]*\))?`, 'g');
/** "wedding venues (5 sites) - each site has ...". */
const PLACES_IN_BRACKETS_THEN_EACH = new RegExp(String.raw`\((\d{1,4}) (${PLACES_PATTERN})\)\s?[-:,]?\s?(?=each\b)`, 'g');
const PLACES_EACH_HOLD = new RegExp(String.raw`\b(?:\d|two|three|both)(?: of our| our)? (?:${PLACES_PATTERN})(?: (?:have|has|hold|with)|[:,]) (\d[\d,]{0,15}) and (\d[\d,]{0,15})(?= (?:[a-z+]+ ){0,2}devices\b)`, 'g');
/** "our 3 coworking sites", "3 rinks": how many places a per-place list of figures should have. */
const PLACES_COUNTED = new RegExp(String.raw`\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ )?(?:${PLACES_PATTERN})\b`);
const PLACE_COUNT_EACH = new RegExp(String.raw`\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (${PLACES_PATTERN})(?=,? (?:each|every|per)\b|[^.!?\d]{0,40}[.;,] each (?:${PLACE_SINGULARS.join('|')}|one) (?:has|have)\b)`, 'g');
const PLACES_EACH_HAVE_SPLIT = new RegExp(String.raw`\b(\d{1,4}) (?:[a-z]+ )?(?:${PLACES_PATTERN}|terminals|stations|labs|halls)(?:,| and| where)? each (?:(?:${PLACE_SINGULARS.join('|')}|lab|hall|one) )?(?:(?:has|have|with|one has) )?(?:~|about |around |roughly |approx\.? |exactly |precisely )?(\d{1,5}) ((?:iot|network) devices|(?:[a-z]+ )?(?:printers|cameras|phones)|access points) (?:and|\+|&|plus) (?:~|about |around |roughly )?(\d{1,5}) ((?:iot|network) devices|switches|access points|aps|(?:[a-z]+ )?(?:printers|cameras|phones))\b`, 'g');
const ACROSS_PLACES = new RegExp(String.raw`\b(across|over|in|at) (\d{1,4}) (${PLACES_PATTERN}|car parks|countries|regions)\b`, 'g');
const SEVERAL_PLACES = new RegExp(String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:[a-z]+ ){0,2}(${PLACES_PATTERN}|countries|regions|tabs|stations)\b`, 'g');
/** "site A", "depot 3", "HQ": a place named in a per-place list. */
const NAMED_SITE = String.raw`(?:(?:${[...PLACE_SINGULARS, 'wing'].join('|')}) [a-z0-9]{1,10}|hq|headquarters)`;
const NAMED_SITES_THEN_DEVICES = new RegExp(String.raw`\b(?:${NAMED_SITE}:? \d[\d,]{0,15}(?:, |,| and |; )){1,8}(?:and )?${NAMED_SITE}:? \d[\d,]{0,15}(?= devices\b)`, 'g');
const NAMED_SITES_LIST = new RegExp(String.raw`\b(?:${NAMED_SITE}\s?(?:[:=]|has|with)? \d[\d,]{0,15}(?:\.\d+k|k)?(?: devices)?(?:, |,| and |; )){1,8}(?:and )?${NAMED_SITE}\s?(?:[:=]|has|with)? \d[\d,]{0,15}(?:\.\d+k|k)?(?: devices)?`, 'g');
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const OLDER_DOCUMENT = /\b(?:(?:inventory|portal|tab|device count) (?:showed|said|had|listed)|audit|quote|handover note|notes|asset register|register|cmdb|spreadsheet|survey|report|questionnaire|estimate|figure|(?:[a-z]+ )?export said|(?:i|we) asked (?:you )?about this)\b/;
const OLDER_MARK = /\b(?:old|older|previous|prior|back in|period|said|out of date|outdated|stale|moved on|(?:has|have) grown|since then|(?:we'?ve|we have|has|have) since|years?|ago|(?:19|20)\d\d|estimated?|assumed|(?:a|rough) guess|never signed|not signed|(?:don'?t|do not) trust|dated)\b/;
const TODAY_MARK = /\b(?:today|currently|current|latest)\b|(?<!\b(?:stale|out of date|outdated|obsolete|wrong) )\bnow\b/;
const TAB_FIGURE = /(?:\d[\d,]*|hundred|thousand|[a-z]+ty|[a-z]+teen) (?:iot|network)(?: devices)?\b|\b(?:iot|network)(?: devices)?(?: tab)?\s?[:=-]?\s?\d/;
const PORTAL_CHOSEN = /\b(?:use|go with|going with|take|stick with|rely on) the (?:defender |portal'?s? |tabs'? )?(?:portal )?(?:figures|numbers|counts?)\b/;
const DISOWNED = /\b(?:please )?(?:ignore|disregard) (?:it|that|this|them|those)\b|\bno longer (?:valid|accurate|right)\b|\b(?:don'?t|do not) trust (?:it|that|this|them)\b/;
const QUOTED_LICENCES = /\b\d[\d,]*(?= (?:[a-z-]+ ){0,3}(?:licen[cs]es|licenses)\b)/g;
const DEVICE_FIGURE = /\b\d[\d,.]*k?(?:\s?(?:-|to)\s?\d[\d,.]*k?)?(?:\+|-ish)?(?=["']?\s(?:[a-z-]+ )?(?:devices|things)\b)/g;

function withoutOlderDocumentFigures(text: string): string {
  // Sentences at even indices, the breaks between them at odd ones.
  // (Not after "p." or "no." in "(Dec 2023, p. 14)".)
  const parts = text.split(/((?<=[.!?;])(?<!\b(?:p|pp|no|nr|ref|approx|ca|vs|fig|[a-z])\.)\s+|\n)/);
  return parts
    .map((sentence, i) => {
      if (i % 2 === 1 || !OLDER_DOCUMENT.test(sentence) || TODAY_MARK.test(sentence)) return sentence;
      // "... but that number included every PC, so please ignore it": disowned, whatever else is given.
      const elsewhere = parts.filter((_, j) => j !== i && j % 2 === 0).join(' ');
      // "Asset register: 845 devices ... I want to use the portal figures": set aside in another sentence.
      if (!OLDER_MARK.test(sentence) && !PORTAL_CHOSEN.test(elsewhere) && !DISOWNED.test(sentence)) return sentence;
      if (!TAB_FIGURE.test(elsewhere) && !DISOWNED.test(sentence)) return sentence;
      // A quote never signed holds no licences either.
      const unsigned = /\b(?:never|not|didn'?t|did not) (?:signed|sign|accepted|accept|bought|buy)\b/.test(sentence);
      return sentence.replace(DEVICE_FIGURE, 'some').replace(unsigned ? QUOTED_LICENCES : /$^/, 'some');
    })
    .join('');
}

/** A number word, as dictated figures are spelled ("one thousand six hundred and four"). */
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;
/** "our count is 1,679", "the gadget count from IT is 3,402", "the count is one thousand six hundred and four". */
const COUNT_STATED = new RegExp(
  String.raw`(?:\b(?:our|the|my) |^)(?:total |device |gadget |asset |kit )?(?:count|total)(?: from [a-z]+| according to [a-z]+)? (?:is|was|=|:) ?` +
    String.raw`(\d[\d,]{0,15}\b(?![.,]?\d|\s?k\b)|(?:a )?${NUMBER_WORD}(?:(?: and | |-)${NUMBER_WORD})*\b(?!(?: and | |-)${NUMBER_WORD}))` +
    String.raw`(?! ?(?:e5|me5|licen|licenses|seats|users|iot|network|devices?|[a-z]+ devices|servers?|laptops?|computers?|pcs?|phones?|mobiles?|workstations?)\b)(?! (?:on|in|at|last|yesterday|this)\b)`,
  'g',
);
const SMALL_NUMBER_WORDS = [...DIGIT_WORDS, 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** "45 days", "6 weeks", "3 months" in days, for the 30-day inactivity rule. */
const inDays = (k: string, unit: string) => Number(k) * (unit.startsWith('w') ? 7 : unit.startsWith('mo') ? 30 : 1);
const PLACE = String.raw`(?:the |our |a |each )?(?!and\b|so\b|we\b|total\b|all\b|use\b|stock\b|scope\b)[a-z][a-z'-]*(?: (?!and\b|so\b|we\b|how\b|with\b)[a-z][a-z'-]*){0,2}`;
const PLACE_SPLIT = new RegExp(String.raw`\b(\d[\d,]{0,15}) ((?:iot |network )?devices) (?:at|in|on) ${PLACE}(?:(?:,| and|, and|;| plus|, plus) (?:another |a further )?\d[\d,]{0,15}(?: more)? (?:at|in|on) ${PLACE}){1,8}\b`, 'g');
const UNITS_THEN_EACH = new RegExp(String.raw`\b(\d{1,4}) (${UNIT})(?:e?s)?\b([^.!\d]{0,30}?|\s?\([^()\d]{0,40}\)\.\s)\b(?:each|every) (?:one |of them |\2 )?(?:(?:has|have|with|holds?) |w\/ ?)?(?:~ ?|about |around |roughly |approx\.? |exactly |precisely )?(\d{1,5})\b(?![^.?!]{0,80}\btotal\b)(?! (?:iot |network )?devices? (?:and|\+|&|plus) \d[\d,]* (?:iot |network )devices)`, 'g');
const NOT_COUNTED_AHEAD = String.raw`(?=(?:[a-z&/ ]{0,25})?(?:laptops?|desktops?|pcs?|computers?|mobiles?|servers?|workstations?|tablets?|smartphones?|ipads?|iphones?|multicast|broadcast|public (?:internet )?ips?|inactive|stale|endpoints?|c&m))`;
const PART_OF_THEM_NOT_COUNTED = new RegExp(String.raw`(\d[\d,.]{0,15}k?) of (?:them|those|these|which|the [a-z]+ entries|the entries) (?:are\s|being\s|is\s)?${NOT_COUNTED_AHEAD}`, 'g');
const OF_WHICH_NOT_COUNTED = new RegExp(String.raw`\bof which (\d[\d,.]{0,15}) (?:are\s|is\s)?${NOT_COUNTED_AHEAD}`, 'g');
const AND_N_NOT_COUNTED = new RegExp(String.raw`([,;] |\bbut |\band |\()(\d[\d,.]{0,15}) (?:are|is)\s${NOT_COUNTED_AHEAD}`, 'g');

/** The last part of a German compound device noun, in English words the entity patterns know. */
const GERMAN_DEVICE_PARTS: Record<string, string> = {
  drucker: 'printers', scanner: 'scanners', pumpen: 'pumps', monitore: 'patient monitors', kameras: 'cameras',
  telefone: 'phones', sensoren: 'sensors', leser: 'readers', automaten: 'ticket machines', kassen: 'pos terminals',
  kioske: 'kiosks', beamer: 'projectors', steuerungen: 'door controllers',
};

/** "badge reader" -> "badge readers", "switch" -> "switches", "display" -> "displays". */
function pluralNoun(noun: string): string {
  if (/s$/.test(noun)) return noun;
  if (/(?:ch|sh|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Lower-cases, folds look-alike characters, spaces digits from letters where the recognizer needs it. */
const FIGURE_NOUN = String.raw`(iot devices|network devices|devices|e5 security|me5|m365 e5|e5|standalone licen[cs]es)`;
/** The noun an earlier figure was given with ("1,600 devices", "IoT 900"), to carry over to its correction. */
function nounOf(before: string, figure: string): string | undefined {
  const n = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(String.raw`\b${n} ${FIGURE_NOUN}\b`).exec(before);
  if (after) return after[1];
  const label = new RegExp(String.raw`\b(iot|network|e5 security|me5|m365 e5|e5)(?: devices)?:? ${n}\b`).exec(before);
  if (!label?.[1]) return undefined;
  return label[1] === 'iot' || label[1] === 'network' ? `${label[1]} devices` : label[1];
}

/** A device figure: "797 IoT", "Network devices tab: 515". */
const LICENCE_FIGURE = /\d[\d,]*\s?(?:x\s?)?(?:m365 |microsoft 365 )?(?:m?e5|e5 security|licen[cs]es|licenses|seats)\b|\b(?:m?e5|e5 security|licen[cs]es|licenses)\b\s?[:=x]?\s?\d/i;
const OWN_FIGURE = /\d[\d,]*\s?(?:iot|network|devices?)\b|\b(?:iot|network|devices?)\b[^\n\d]{0,30}\d/i;

/** A run of "Place: count" entries, announced as devices per place before it or after it. */
const PLACE_COUNTS =
  /(?:(\b(?:figures|counts?|numbers|devices|inventory) (?:per|by) (?:location|site|office|building|place)s?\b[^:\n]{0,60}):\s*)?((?:[a-z][a-z0-9 .'-]{0,25}:\s?(?:\d{1,3}(?:,\d{3}|\s\d{3})+|\d+)\b[,;.]?\s*){2,10})(\((?:network and iot|iot and network|network \+ iot|iot \+ network) devices[^)\n]{0,40}\))?/g;
const PLACE_COUNT_ENTRY = /([a-z][a-z0-9 .'-]{0,25}):\s?(\d{1,3}(?:,\d{3}|\s\d{3})+|\d+)\b/g;

/** "customer A", "client B:", "A =": where one party's figures start. */
const PARTY_MARK = /\b(?:customer|client|tenant|subsidiary) ([a-d1-4])\b|(?:^|[.;:]\s*)([ab]) (?==|:|has\b|have\b)|\bfor ([ab]) (?=i |we )/g;
/** The party a question is about: "for customer B?", "does B need", "customer A first", "start with A". */
const ASKED_PARTY =
  /\b(?:for|does|do) (?:customer |client |tenant )?([a-d1-4])\b(?= need| require| have to|\s?\?)|\b(?:customer|client|tenant) ([a-d1-4]) first\b|\bstart with (?:customer |client |tenant )?([a-d1-4])\b|\bwhat does (?:customer |client |tenant )?([a-d1-4]) need\b|\bhow many does (?:customer |client |tenant )?([a-d1-4])\b/g;

/** The party asked about by name: "what does Northwind need", "start with T3", "just Litware please". */
const ASKED_NAME =
  /\b(?:does|do|would|will) (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20}) (?:need|buy|require|have to)\b|\bwhat (?:does|do|should) (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20}) (?:need|buy|order)\b|\bstart with (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20})\b|\bjust (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20}),? please\b|\b(?:i )?only need (?:the )?(?:customer |client |tenant )?([a-z][a-z0-9-]{0,20}) (?:gap|figures?|numbers?|calc(?:ulation)?)\b|\bthe question is about (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20})\b|\bdo the calc(?:ulation)? for (?:customer |client |tenant )?([a-z][a-z0-9-]{0,20})\b/g;
/** Where a named party's figures start: "Fabrikam (", "tenant X:", "T1 70 E5", "Litware's sister company". */
const NAME_MARK =
  /(?:^|[\s,;.(:])(customer |client |tenant |company )?([a-z][a-z0-9-]{0,20})(?:(?= ?\(| ?:| ?=| \d| has\b| have\b| (?:mde|e5|me5|m365)\b)|('s) (?=(?:sister|parent|other) (?:company|tenant|organi[sz]ation|business)))/g;
/** Words that take a party's place in those shapes without being one. */
const NOT_A_PARTY = new Set(['we', 'i', 'you', 'they', 'it', 'that', 'this', 'he', 'she', 'one', 'each', 'everyone', 'the', 'a', 'an', 'us', 'our', 'my', 'their', 'customer', 'client', 'tenant', 'company', 'devices', 'device', 'iot', 'network', 'e5', 'me5', 'licences', 'licenses', 'licence', 'license', 'seats', 'inventory', 'total', 'tab', 'tabs', 'p2', 'only', 'mde', 'security', 'and', 'with', 'has', 'have', 'of', 'on', 'in', 'at', 'for', 'to', 'x', 'is', 'are', 'about', 'around', 'roughly', 'approx', 'plus', 'users', 'staff', 'sites', 'site', 'standalone', 'eiot', 'them', 'those', 'these', 'both', 'all', 'what', 'how', 'many', 'more', 'extra']);

/**
 * "Customer A: 310 E5, 1,400 devices. Customer B: 45 E5, 260 devices. Does B need extra licences?": a partner
 * describing two customers and asking about one. Only the asked customer's figures stay.
 */
function askedPartyOnly(text: string): string {
  // "The question is about Tailspin", "Please do the calc for Adatum": a party asked about by name alone.
  if (!/\b(?:customer|client|tenant|subsidiary|clients|customers|tenants)\b|\bthe question is about [a-z]|\bdo the calc(?:ulation)? for [a-z]/.test(text)) return text;
  let marks = [...text.matchAll(PARTY_MARK)].map((m) => ({ at: m.index + (m[0].length - m[0].trimStart().length), id: m[1] ?? m[2] ?? m[3] ?? '' }));
  let asked = new Set([...text.matchAll(ASKED_PARTY)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
  if (new Set(marks.map((m) => m.id)).size < 2 || asked.size !== 1) {
    // Parties by name: "Fabrikam (E5 x 200, ...) and Northwind (...). What does Northwind need?", "T1 70 E5 / 390
    // devices, T2 ..., start with T3", "Litware: 5 ME5 ... Litware's sister company has 200 E5. Just Litware please".
    asked = new Set([...text.matchAll(ASKED_NAME)].map((m) => m.slice(1).find((g) => g !== undefined) ?? '').filter((id) => !NOT_A_PARTY.has(id)));
    marks = [...text.matchAll(NAME_MARK)]
      .filter((m) => m[1] !== undefined || !NOT_A_PARTY.has(m[2] ?? ''))
      .map((m) => ({ at: m.index + (m[0].length - m[0].replace(/^[\s,;.(:]+/, '').length), id: m[3] ? `${m[2]}'s other` : (m[2] ?? '') }));
  }
  if (new Set(marks.map((m) => m.id)).size < 2 || asked.size !== 1) return text;
  const [id] = [...asked];
  if (!marks.some((m) => m.id === id)) return text;
  let out = '';
  let from = 0;
  marks.forEach((m, i) => {
    if (m.id === id) return;
    const next = marks[i + 1]?.at ?? text.length;
    const sentenceEnd = text.slice(m.at).search(/[.?!\n](?:\s|$)/);
    const end = Math.min(next, sentenceEnd < 0 ? text.length : m.at + sentenceEnd + 1);
    if (m.at < from) return;
    out += text.slice(from, m.at);
    from = end;
  });
  return out + text.slice(from);
}

/** Product names spelled out by dictation; a cheap test before the rewrites. */
const SPOKEN_NAMES = /\b[a-z]\. [a-z]\.|\bem [a-z]\b|\bm ?s 365\b|\b(?:i|eye)[ .-]{1,2}(?:o|oh)[ .-]{1,2}(?:t|tee)\b|\b(?:e|eat|ee|me)[ .-]{1,2}(?:5|five|3|three)\b|\b(?:three six five|3 6 5)\b|\bplan (?:one|two)\b|\bp (?:one|two|1|2)\b|\bm d e\b|\bo[ .-]{1,2}t\b/;

export function normalise(raw: string, locale?: string): string {
  // Zero-width characters and byte-order marks are invisible: drop them before anything reads the text.
  let text = raw.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  // "Gareth Pryce": a name after a first name is not a typo of a keyword ("price").
  const surnames = new Set([...text.matchAll(/\b[A-Z][a-z]+ ([A-Z][a-z]+)\b/g)].map((m) => (m[1] as string).toLowerCase()));
  // Bullets ("- 1679 devices") are not minus signs.
  text = rewrite(text, /(^|[\r\n])[ \t]*[-*•][ \t]+/g, '$1 ');
  // "1) IoT devices: 1,456": a numbered item, not a count.
  text = rewrite(text, /(^|[\r\n])[ \t]*\d{1,2}[.)][ \t]+(?=[A-Za-z])/g, '$1 ');
  // Line breaks stay (a number never belongs to the label on the next line); other control characters and
  // emoji become spaces.
  text = rewrite(text, /\r\n?/g, '\n');
  // Rows pasted from a spreadsheet ("HQ<tab>120<tab>340"): cells kept apart, as in a table with bars, so two
  // columns of figures are not read as one number with a space for thousands.
  // (A single line of tab-separated words, "1679<tab>devices<tab>320<tab>E5", is a sentence.)
  if ((text.match(/^[^\n\t]*\t[^\n\t]*\t[^\n]*$/gm) ?? []).length >= 2) {
    text = rewrite(text, /^[^\n\t]*\t[^\n\t]*\t[^\n]*$/gm, (row) => row.split(/[ ]*\t+[ ]*/).join(' | '));
  }
  text = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
  text = rewrite(text, /\p{Extended_Pictographic}/gu, ' ');
  text = rewrite(text, /[\u2212\u2012\u2013\u2014\u2015]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'");
  text = rewrite(text, /[\u201c\u201d]/g, '"').replace(/ ?\u00d7 ?/g, ' x ');
  // "1'679" (Swiss grouping): one number, whatever the locale.
  text = rewrite(text, /\b(\d{1,3})((?:'\d{3})+)(?!['\d])/g, (_m, head: string, groups: string) => head + groups.replace(/'/g, ''));
  // Shouting and padding ("!!!!!", "......") carry nothing but length.
  text = rewrite(text, /([!?.,;:*=_~#-])\1{3,}/g, '$1$1');
  // Quoted lines ("> 473 + 1206 = 1679, 320 ME5 cover 1600") repeat someone else's figures: drop them. A quoted
  // question the user answers on the next line ("> How many E5 licences do you have?\n420") labels that answer.
  text = rewrite(text, /^[ \t]*>[ \t]*([^\n]*\bhow many\b[^\n]*?\b(e5(?: security)?|me5|licen[cs]es|licenses|devices)\b[^\n]*\?)[ \t]*\n[ \t]*(?=\d)/gim, (_m, _q: string, noun: string) => `${noun}: `);
  // "> 1,045 IoT\nsorry that should be 1,450": the quoted figure, corrected.
  text = rewrite(text, /^[ \t]*>[ \t]*\d[\d,]* ([a-z][a-z ]{1,30})[ \t]*\n[ \t]*(?:sorry,? |oops,? )?(?:that|it) should (?:be|have been|read) (\d[\d,]*)\b[.,]?/gim, '$2 $1.');
  text = rewrite(text, /^[ \t]*>[^\n]*\d[^\n]*(?:=|→|\bcover|\byou(?:'ll| will)? need|\bso,? \d|\.\.\.|…|\bgap\b|(?<!\b(?:zero|no|0) )\bstandalone\b)[^\n]*(?:\n|$)/gim, '\n');
  // "> First pass gave 539 network devices ..." under a reply that gives its own device figures: the older
  // message's figures, not the sender's latest.
  if (/^[ \t]*>/m.test(text)) {
    const unquoted = text.split('\n').filter((line) => !/^[ \t]*>/.test(line)).join('\n');
    // A quoted licence count beside the sender's own device figures ("forwarding a note from procurement: > We have
    // 150 E5") completes them: kept when the sender gives no licence figure.
    const ownLicences = LICENCE_FIGURE.test(unquoted);
    if (OWN_FIGURE.test(unquoted)) {
      // "> We have 95 E5 and the audit last year found 300 devices": the licences kept, the older devices not.
      // "> 210 network, 390 IoT\nIoT is 455 now": a reply that updates one tab keeps the quoted figure of the other.
      const ownTabs = (['iot', 'network'] as const).filter((tab) => new RegExp(String.raw`\b${tab}\b`, 'i').test(unquoted));
      const otherTab = ownTabs.length === 1 ? (ownTabs[0] === 'iot' ? 'network' : 'iot') : undefined;
      text = rewrite(text, /^[ \t]*>[^\n]*\d[^\n]*(?:\n|$)/gm, (line) => {
        const kept = otherTab ? new RegExp(String.raw`\b(\d[\d,]*) ${otherTab}\b|\b${otherTab}(?: devices)?\s?[:=]?\s?(\d[\d,]*)`, 'i').exec(line) : null;
        const other = kept ? `${kept[1] ?? kept[2]} ${otherTab} devices. ` : '';
        if (ownLicences || !LICENCE_FIGURE.test(line)) return `${other}\n`;
        return OWN_FIGURE.test(line) ? `${other}${(LICENCE_FIGURE.exec(line) as RegExpExecArray)[0]}.\n` : line.replace(/^[ \t]*>/, '');
      });
    }
    // "> Please tell me your device count and how many ME5 licences you have.\n\nwe have 320 ME5": the bot's
    // prompt quoted above the answer names plans, not the user's figures.
    if (/\d/.test(unquoted)) {
      text = rewrite(text, /^[ \t]*>[^\n]*(?:\n|$)/gm, (line) => (/\d/.test(line.replace(/\b(?:m?e[35]|m365|365|p[12])\b/gi, '')) ? line : '\n'));
    }
  }
  // "Lab instruments (networked): 59", "printers (check-in and boarding pass): 188": a note between a list item's
  // label and its figure; a note naming a plan ("E5 (Security): 50") stays.
  // "Phones (Intune managed): 230": managed phones are mobiles; "Defender for IoT (Enterprise IoT): 100" the licences.
  text = rewrite(text, /\bphones \((?:intune|mdm|company|corporate|staff|managed)[^()\n]{0,20}\)/gi, 'mobile phones');
  text = rewrite(text, /\b((?:standalone )?(?:microsoft )?defender for iot) \((?:enterprise iot|eiot|e-iot)\)/gi, '$1 eiot licences');
  if (/\)[ \t]?:/.test(text)) text = rewrite(text, /[ \t]?\((?![^()\n]*\b(?:e5|me5|e3|security|licen|p[12]|standalone|eiot|iot|network|mobiles?|computers?|tabs?|c&m|not)\b)[^()\n\d]{1,80}\)(?=[ \t]?:[ \t]?\d)/gi, '');
  // Arrows and leader dots between a label and its value read as a colon.
  // Only the first blank of a run may start the leading blanks, so a long run is scanned once, not once per
  // blank (a plain leading \s* made 100 000 spaces take seconds). Same matches as /\s*(?:...)\s*/g.
  text = rewrite(text, /(?:(?<!\s)\s+)?(?:->|=>|→|≈|\.{2,}|…)\s*/g, ': ');
  // Quotes around a product name are not part of it; apostrophes inside words stay.
  text = rewrite(text, /(^|[\s(,;])['"`]+|['"`]+(?=[\s),.;:!?]|$)/g, '$1 ');
  // Dates are not counts: mask them before locale separators or hyphens between digits are read.
  text = rewrite(text, /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ' date ');
  text = toEnglishNumberFormat(text, locale);
  // Field names from exports: "networkDevices", "IoTDevices", "licence_e5".
  text = rewrite(text, /\bIoT(?=[A-Z][a-z])/g, 'IoT ');
  text = rewrite(text, /([a-z]{2}|\d)([A-Z])(?=[a-z]{2})/g, '$1 $2').replace(/([a-z0-9])_(?=[a-z0-9])/gi, '$1 ');
  // A CSV header row over one row of values: "device_count,e5_licenses\n1388,250" -> "device count: 1388, e5 licenses: 250".
  text = rewrite(text, /^([a-z][a-z0-9 ]{0,30}(?:,[a-z][a-z0-9 ]{0,30}){1,5})\r?\n((?:\d[\d.]{0,15})(?:,\d[\d.]{0,15}){1,5})$/im, (whole, head: string, row: string) => {
    const labels = head.split(',');
    const values = row.split(',');
    return labels.length === values.length ? labels.map((l, i) => `${l.trim()}: ${values[i]}`).join(', ') : whole;
  });
  text = flattenTables(text);
  // Slack and Markdown emphasis ("*1679* devices", "_320_ E5", "`1,679`") is not part of the words; struck-out
  // text ("~300~ 350 E5") was taken back.
  if (/[*_`~]/.test(text)) {
    text = rewrite(text, /(^|[\s(:,])(~~?)(?=\S)[^~\n]{1,80}?(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1');
    text = rewrite(text, /(^|[\s(:,])([*_`]{1,2})(?=\S)([^*_`\n]{1,80}?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3');
  }
  // Chat mentions ("@eiot-bot") name the bot, not a count or a product.
  text = rewrite(text, /(^|\s)@[\w.-]+(?: bot\b)?/gi, '$1');
  text = text.toLowerCase();
  text = germanToEnglish(text);
  // "900 IoT devices active plus 60 that haven't talked in 45 days (I know those don't count)": left out, not a part.
  text = rewrite(text, /\bplus \d[\d,]* (?=(?:more )?(?:that|which|who) (?:haven'?t|have not|hasn'?t|has not) (?:talked|been seen|reported|checked in|been online|communicated)\b)/g, 'plus some ');
  // "18 people on Microsoft 365 E5, the rest (72) on E3": the other people, on the other plan.
  text = rewrite(text, /\bthe rest \((\d[\d,]*)\)/g, 'the other $1 people');
  // "MDE P. 1": the plan's letter spelled with a dot.
  text = rewrite(text, /\b(mde|defender for endpoint) p\. ?([12])\b/g, '$1 p$2');
  // Dictated text spells product names out: "I o T", "m three six five e five", "eat five", "e 3", "plan two".
  if (SPOKEN_NAMES.test(text)) {
    // Letters spelled one at a time: "M. D. E. P2", "M. E. five", "em E five", "m s 365".
    text = rewrite(text, /\bm\. ?d\. ?e\.?(?= )/g, 'mde');
    text = rewrite(text, /\b(?:m\.|em) ?e\.?[ -]{1,2}(?:5|five)\b/g, 'me5');
    text = rewrite(text, /\bm ?s 365\b/g, 'm365');
    text = rewrite(text, /\b(?:i|eye)[ .-]{1,2}(?:o|oh)[ .-]{1,2}(?:t|tee)\b\.?/g, 'iot');
    text = rewrite(text, /\bm d e\b/g, 'mde');
    text = rewrite(text, /\bo[ .-]{1,2}t\b\.?(?= (?:sensors?|devices?|networks?|systems?|environments?|security|equipment|kit|side|assets?)\b)/g, 'ot');
    text = rewrite(text, /\b(microsoft|m) (?:three six five|3 6 5)\b/g, (_m, m: string) => (m === 'm' ? 'm365' : 'microsoft 365'));
    text = rewrite(text, /\b(?:(m|me) )?(?:e|eat|ee)[ .-]{1,2}(?:5|five)\b|\b(me) (?:5|five)\b(?! (?:minutes|mins|seconds|secs|more minutes))/g, (_m, m?: string, me?: string) => (m || me ? 'me5' : 'e5'));
    text = rewrite(text, /\b(?:e|ee)[ .-]{1,2}(?:3|three)\b/g, 'e3');
    text = rewrite(text, /\b(endpoint|mde) plan (one|two)\b/g, (_m, product: string, n: string) => `${product} plan ${n === 'one' ? 1 : 2}`);
    text = rewrite(text, /\bp (one|two|1|2)\b/g, (_m, n: string) => `p${n === 'one' || n === '1' ? 1 : 2}`);
  }
  // "network devices total is 1,002 and IoT devices total is 3,998": each tab's own total, not the grand total.
  text = rewrite(text, /(?<!\b(?:network|iot)(?: devices)?\s?(?:[+&/]|and)\s?)\b(network|iot)( devices?)? total\b(?= (?:is|was|=|:|of|comes to) \d)/g, '$1$2 count');
  // "two point five thousand": the recognizer reads no number in it; "2.5 thousand" it reads.
  text = rewrite(text, /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) point (zero|one|two|three|four|five|six|seven|eight|nine)(?= (?:thousand|k)\b)/g, (_m, whole: string, tenth: string) => `${SMALL_NUMBER_WORDS.indexOf(whole)}.${DIGIT_WORDS.indexOf(tenth)}`);
  // "We have P1 on about 900 devices": the endpoints Defender for Endpoint runs on, not IoT devices.
  text = rewrite(text, /\b((?:mde |defender for endpoint )?(?:p1|p2|plan 1|plan 2)) (on|for|across) (?:about |around |roughly |~ ?)?(\d[\d,]{0,15}) (?:devices|machines)\b/g, '$1 $2 $3 endpoints');
  // "I've left out the laptops (260) and the counter staff handhelds (400)": figures the user set aside.
  text = rewrite(text, /\b(?:i'?ve|we'?ve|i have|we have) (?:left out|excluded|not counted|not included|taken out)\b[^.\n]{0,120}/g, (clause) => clause.replace(/\d[\d,]*/g, 'some'));
  // "how much licence need for 3400 iot devices?": "how many" as some writers put it (not a price: no cost word).
  text = rewrite(text, /\bhow much ((?:standalone |eiot |add-?on )?(?:licen[cs]es?|licenses?|add-?ons?))\b(?![^.?!]{0,40}\b(?:cost|costs|price|pay|charge|euros?|dollars?|pounds?)\b)/g, 'how many $1');
  // "Network devices 117, IoT devices 268. Do I need to round 65 up to 100?": beside the tabs' figures, the user's
  // own gap ("do I round 1,234 up to 1300?" alone is the device count).
  if (/\bround\b/.test(text) && /\b(?:network|iot)(?: devices)?\W{0,5}\d|\d[\d,]* (?:network|iot)\b/.test(text)) text = rewrite(text, /\bround (?:the )?\d[\d,]{0,15} up\b/g, 'round it up');
  // "E5 times one twenty", "me5 two forty", "wait no two thirty": a dictated hundred.
  text = rewrite(text, /\b(times|x|is|are|got|have|about|around|roughly|e5|me5|security|no|that|says|shows|like|iot|network|devices|tab) (one|two|three|four|five|six|seven|eight|nine) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!-| hundred| thousand)/g, '$1 $2 hundred $3');
  // "printers 140 no 145 printers": a figure corrected aloud.
  text = rewrite(text, /\b\d[\d,]{0,15},? no,? (?=\d)/g, '');
  // "four thousand four fifty": the hundreds said in pairs after the thousands.
  text = rewrite(text, /\bthousand (one|two|three|four|five|six|seven|eight|nine) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!-| hundred| thousand)/g, 'thousand $1 hundred $2');
  // "the devices total is uh fourteen fifty so ...": hundreds in pairs after "is".
  text = rewrite(text, /\b(is|are|was|uh|um|like|about|around) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!-| hundred| thousand)/g, '$1 $2 hundred $3');
  // "three to four thousand devices": a range of thousands.
  text = rewrite(text, /\b(one|two|three|four|five|six|seven|eight|nine) to (one|two|three|four|five|six|seven|eight|nine|ten) (thousand|hundred)\b/g, '$1 $3 to $2 $3');
  // "iot four twelve", "e5 three fifteen": dictated right after its label (after "is" it could be a time of day).
  text = rewrite(text, /\b(iot|network|devices|tab|e5|me5|times|x) (one|two|three|four|five|six|seven|eight|nine) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?!-| hundred| thousand)/g, '$1 $2 hundred $3');
  // "at three", "at 3pm": a time of day (a bare "at 55" is a count).
  text = rewrite(text, /\bat (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?(?:am|pm|o'?clock)\b|(?=\s*(?:[.,;!?](?:\s|$)|$)|\s(?:today|tomorrow|tonight|this|next)\b))|\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)? ?(?:am|pm)\b/g, 'at that time');
  // "between fifteen hundred and two thousand devices": a range, not 1,502,000.
  text = rewrite(text, /\bbetween ([a-z]+(?:teen|ty)(?:[ -][a-z]+)? hundred) and ((?:[a-z]+ )?(?:[a-z]+) thousand)\b/g, 'between $1 to $2');
  // "nine thousand devices on the IoT tab no wait that's including the computers ... it's 6,420": withdrawn.
  text = rewrite(text, /\b(?:\d[\d,]{0,15}|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)(?:[ -][a-z]+)? (?:hundred|thousand))(?= (?:[a-z]+ ){0,6}?(?:no wait|wait no|wait|actually|sorry|hang on|hold on),? (?:that'?s|that is|it'?s) (?:including|with|counting|incl) (?:the )?(?:computers|laptops|pcs|phones|mobiles)\b)/g, 'some');
  // "across 40 buildings, yes forty": the figure said again for emphasis, not another one.
  text = rewrite(text, /(\b\d[\d,]{0,15} [a-z]+),? (?:yes|yep|yeah|really|i know|that'?s right),? (?:[a-z]+(?:[- ][a-z]+)?|\d[\d,]{0,15})(?=[)!.]|$)/g, '$1');
  // "E5 Security 90 + ME5 10 -> 100 total": the user's own sum of licences, not another figure.
  text = rewrite(text, /(\b(?:m?e5|e5 security|e5 sec) \d[\d,]{0,15})\s?(?:->|=>|=|→|:)\s?\d[\d,]{0,15} (?:total|in total|altogether|combined)\b/g, '$1');
  // "400 phones in the mobile tab": a count on the Computers & Mobile tab.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?!(?:are|is|of|were)\b)(?:[a-z]+ ){0,2}(?:(?:which|that) (?:show|appear|are listed|sit)(?: up)? )?(?:in|on|under) (?:the )?(?:computers? (?:&|and) )?mobiles?(?: tab\b|(?<=computers? (?:&|and) mobiles?)\b)/g, '$1 computers & mobile');
  // "~40ish IoT devices": the tilde already says "about".
  text = rewrite(text, /~ ?(\d[\d,]{0,15})-?ish\b/g, '~$1');
  // "1600 devices on the computers tab": the Computers & Mobile tab, not counted.
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices (?:on|in|under) the (?:computers?|computers? (?:&|and) mobiles?|c&m) tab\b/g, '$1 computers & mobile');
  // "400 cabs with telematics boxes (they show as IoT)": IoT devices, whatever they sit in.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z-]+ ){1,4}\((?:(?:they|which|these|those|all) (?:show|appear|count|are listed)(?: up)? )?(?:as|in|on|under) (?:the )?iot(?: tab| devices)?\)/g, '$1 iot devices');
  // "devices 3.500 (three thousand five hundred)": the words say how the separator is meant.
  text = rewrite(text, /\b(\d{1,3})\.(\d{3}) \(((?:[a-z]+[ -]){0,5}thousand(?:[ -][a-z]+){0,5})\)/g, '$1$2');
  // "400 devices (300 IoT + 100 laptops)": the countable part of a total that holds computers.
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices \((\d[\d,]{0,15}) (iot|network)(?: devices)? ?(?:\+|and|&) ?(\d[\d,]{0,15}) (laptops|computers|pcs|desktops|phones|mobiles|servers|workstations|tablets)\)/g, '$2 $3 devices and $4 $5');
  // "16,200 devices in inventory: 4,000 laptops, 3,000 phones, rest is network and IoT": what is left counts.
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices([^.:\d]{0,30}): ((?:\d[\d,]{0,15} (?:laptops|computers|pcs|desktops|mobile phones|phones|mobiles|tablets|servers|workstations)(?:, | and |; ))+)(?:and )?(?:the )?rest (?:is|are) (?:all )?(?:network|iot)(?: (?:and|&|\+) (?:network|iot))?(?: devices)?/g, (whole, all: string, between: string, list: string) => {
    const out = [...list.matchAll(/\d[\d,]{0,15}/g)].reduce((sum, m) => sum + Number(m[0].replace(/,/g, '')), 0);
    const rest = Number(all.replace(/,/g, '')) - out;
    return rest > 0 ? `${rest} network and iot devices${between}; not counted: ${list.replace(/(?:, | and |; )$/, '')}` : whole;
  });
  // "How many devices does each M365 E5 cover? we have 40 of them": the plan just named.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security))\b([^.?!]{0,60}[.?!]+\s?)(?:we|i) (?:have|own|got|hold) (\d[\d,]{0,15}) of them\b/g, '$1$2we have $3 $1');
  // "Helix brought 300 E5 licences with them and we had 45 of our own": more of the plan just named.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security))\b([^.?!]{0,40}?\b(?:and|,|plus) )(?:we|i) (?:had|have|own|brought) (\d[\d,]{0,15}) of our own\b/g, '$1$2we had $3 $1');
  // "price for 200 extra eIoT devices", "we need 150 more devices covered": devices to buy for, not the inventory.
  text = rewrite(text, /\b(for|need|cover|covering|license|licence) (?:another |an? )?\d[\d,]{0,15} (?:extra|more|additional) (?:eiot |iot )?devices\b/g, '$1 some extra devices');
  // "Following up on the 2024 audit (which said 600 devices), our count now: ...": the audit's older figure.
  text = rewrite(text, /\b(audit|count|survey|review|report)(?: from (?:19|20)\d\d)? \((?:which|that) (?:said|showed|counted|found|reported|had|gave) (?:roughly |about |around |~ ?)?\d[\d,]{0,15} (?:iot |network )?devices\)/g, '$1');
  // "Our contractor did an audit last March and counted 410 IoT devices, but the inventory today shows ...".
  text = rewrite(text, /\b(?:our |the |a )?(?:[a-z]+ )?(?:did|ran|carried out|performed) (?:a|an|the) (?:device |asset )?(?:audit|count|survey|inventory) (?:last (?:year|quarter|month|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|a year ago)[^.;!?\n]{0,40}?\b(?:counted|found|reported|recorded|listed|said) (?:roughly |about |around |~ ?)?\d[\d,]{0,15} (?:iot |network )?devices\b[^;.!?\n]{0,20}?,? but (?=[^.!?\n]{0,30}\b(?:today|now|currently)\b)/g, 'but ');
  // "Last term's audit said we had 2,100 devices ... the actual Device inventory: Network devices 84, IoT devices 215":
  // with both tabs' figures given, an audit's or report's count is the older one.
  if (/\b(?:audit|survey|review|assessment|register|census|cmdb)\b/.test(text) && /\bnetwork(?: devices)?(?: tab)?\s?[:=]?\s?\d|\d[\d,]* network\b/.test(text) && /\biot(?: devices)?(?: tab)?\s?[:=]?\s?\d|\d[\d,]* iot\b/.test(text)) {
    text = rewrite(text, /\b(audit|survey|review|assessment|register|census|cmdb)((?: [a-z']+| \((?:19|20)\d\d\)){0,2}) (said|found|showed|counted|reported|estimated|listed)((?: [a-z']+){0,3}) (?:roughly |about |around |~ ?)?\d[\d,]{0,15} (devices|assets|in total)\b/g, '$1$2 $3$4 some $5');
  }
  // "Total count from the two tabs is 920": the two tabs together.
  text = rewrite(text, /\b(?:the )?(?:total|combined) (?:count |figure |number )?(?:from|of|across|on|for) (?:the |both )?(?:two )?tabs (?:is|=|:|comes to) (\d[\d,]{0,15})\b/g, '$1 devices');
  // "If it's under 50 I can approve it myself": a threshold, not a figure.
  text = rewrite(text, /\bif it'?s (?:under|below|less than|over|more than|above) \d[\d,]{0,15}\b/g, 'if it is small');
  // "91 non-PC devices": devices that are not computers.
  text = rewrite(text, /\bnon-(?:pc|computer|laptop|endpoint)s? (?=devices\b)/g, '');
  // "The IoT devices count looks like roughly 2.4k, maybe 2.6k": two guesses.
  text = rewrite(text, /\b(count|figure|number|total)(?: [a-z]+){0,3} (?:~ ?|about |around |roughly )?(\d[\d,]{0,15}(?:\.\d+)?k?), (?:maybe|or maybe|perhaps|possibly) (\d[\d,]{0,15}(?:\.\d+)?k?)\b/g, '$1 $2 to $3 devices');
  // "How many IoT devices does one E5 licence cover?": the rule asked, not one licence held.
  text = rewrite(text, /\b(does|do|would|will) (?:one|1|a single) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) (licen[cs]e|license|seat)\b/g, '$1 each $2 $3');
  // "2500 devices in the Computers & Mobile tab and 0 anywhere else": nothing that counts.
  text = rewrite(text, /\b(?:and )?(?:0|zero|none|nothing) (?:anywhere else|elsewhere|on the other tabs|in the other tabs|on the iot or network tabs?)\b/g, 'and 0 iot devices');
  // "on top of the 40 standalone ones we already own": licences.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:standalone |eiot |add-?on )+)ones\b/g, '$1 $2licences');
  // "Inventory: 473 network and 1206 IoT? No - those are the numbers from Microsoft's example, ours are ...".
  text = rewrite(text, /[^.?!\n:]{0,80}\?+\s?no\b[^.?!\n]{0,10}(?:(?:those|these|that) (?:are|were|is|was)|that'?s) (?:the |from )[^.?!\n]{0,30}\bexample\b(?: (?:from|in) the (?:docs?|documentation))?,?/g, ' ');
  // "We expect another 900 IoT devices when the new waterpark opens next spring": later devices, not today's.
  // "we expect 14 more OCT scanners but please just calculate for today": the same, set aside in so many words.
  text = rewrite(text, /\b(expect|expecting|will add|are adding|plan to add|planning to add|will get) (?:another |an extra |a further )?\d[\d,]{0,15} more ((?:[a-z-]+ ){0,2}[a-z]+s)(?=,? but (?:please |can you |could you )?(?:just|only) (?:calculate|work (?:it )?out|do the (?:maths?|numbers)) (?:for )?(?:today|now)\b)/g, '$1 more $2');
  text = rewrite(text, /\b(?:expect|expecting|will add|are adding|plan to add|planning to add|will get|should get) (?:another |an extra |a further )?\d[\d,]{0,15} (?:more )?((?:iot |network )?devices)(?= (?:when|next|by|after|in|once|from)\b)/g, 'expect more $1');
  // "Currently 150 ME5, but from January we're cutting back to 120 ME5": a later figure, not today's.
  text = rewrite(text, /,? but (?:from|in|after|starting) (?:january|february|march|april|may|june|july|august|september|october|november|december|next (?:month|year|quarter))\b,? (?:we'?re|we are|we will|we'?ll) (?:cutting|reducing|dropping|going|moving|shrinking)(?: back| down)? to \d[\d,]{0,15} (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b[^.?!\n]*/g, '');
  // "300 E5 but actually half of them are E3 so 150 E5 and 150 E3": the share is restated as figures next.
  text = rewrite(text, /\b(?:half|some|a few|most) of (?:them|those) (?:are|were) (?:actually )?(?:office 365 |m365 |microsoft 365 )?e3,? so (?=\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b)/g, 'sorry, ');
  // "E5 Security for 74 users, nothing else that's E5": the plan just counted is all there is.
  text = rewrite(text, /,? (?:and )?(?:nothing else|no other (?:licen[cs]es|plans?|skus?)) (?:that'?s|that is|is|on) (?:m365 |microsoft 365 )?(?:m?e5)\b/g, '');
  // "floor 7 alone has 60 printers lol. total across the building: 410 IoT devices": a part of the total given later.
  text = rewrite(text, /\balone (has|have|had|holds) \d[\d,]{0,15} (?=[^]{0,120}\btotal\b)/g, 'alone $1 some ');
  // "1 E5 licence per person for 60 people": sixty licences.
  text = rewrite(text, /\b(?:1|one|an?) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) (?:licen[cs]e|license|seat) (?:per|for each|for every) (?:person|user|employee|head|staff member|member of staff),? (?:for|across|covering) (?:all |our |the )?(\d[\d,]{0,15}) (people|users|employees|staff)\b/g, '$2 $1 licences for $2 $3');
  // "does every E5 user bring some devices ..., and how much per user?": with no money word, the devices per licence.
  if (/\bdevices\b/.test(text) && !/\b(?:cost|costs|price|prices|pricing|pay|paid|charge|charged|money|budget|eur|euros?|usd|dollars?|gbp|pounds?)\b|[£$€]/.test(text)) {
    text = rewrite(text, /\bhow much per (user|licen[cs]e|license|e5|seat)\b/g, 'how many devices per $1');
  }
  // "E5 for all 510 office and shore staff": where the people work, not a count of offices.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:office|shore|field|site|store|warehouse|frontline|remote|depot)(?: and (?:office|shore|field|site|store|warehouse|frontline|remote|depot|sea|onboard))? (staff|employees|workers|users|people)\b/g, '$1 $2');
  // "E5 Security for half of our 600 users and E3 for the other half": half of a stated headcount is exact.
  text = rewrite(text, /\b((?:m?e5|e5 security)(?: licen[cs]es| licenses)?) for half (?:of )?(?:our|the|all) (\d[\d,]{0,15}) (users|staff|people|employees|seats)\b/g, (whole, plan: string, n: string, noun: string) => {
    const people = Number(n.replace(/,/g, ''));
    return people % 2 === 0 ? `${plan} for ${people / 2} ${noun}` : whole;
  });
  // "we found 3 more E5 Security licences. so 23 E5 Security total": the new total stands, the step is in it.
  text = rewrite(text, /\b\d[\d,]{0,15} more ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5|standalone)(?: licen[cs]es| licenses| seats)?)(?=[^.?!]{0,10}[.!]?\s?so (?:that'?s |it'?s |we have |now )?\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security|standalone|licen)[^.?!]{0,30}\btotal\b)/g, 'some more $1');
  // "network tab re-synced, it's 498 now": the tab's new figure.
  text = rewrite(text, /\b(iot|network)(?: devices)? tab ((?:[a-z-]+ ){0,2}[a-z-]+(?:ed|ing)),? (?:it'?s|it is|now at|now shows|shows) (\d[\d,]{0,15})\b/g, '$1 tab $2, $3 $1 devices');
  // "300 E5 but 40 of them are actually E3, so 260 E5 + 40 E3": the sum after "so" restates the plan's figure.
  text = rewrite(text, /\b\d[\d,]{0,15} ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5))\b([^.?!\d]{0,40}(?:\d[\d,]{0,15}|one) of (?:them|those) (?:are|is) (?:actually |really )?(?:m365 |microsoft 365 )?e3\b,? so \d[\d,]{0,15} \1)\b/g, 'the $1$2');
  // "120 ovens/fridges with IoT sensors": kit counted by the sensors fitted to it.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ([a-z]+(?:\/[a-z]+)+) with (?:iot |smart |connected )?sensors\b/g, '$1 iot devices ($2 with sensors)');
  // "do the 88 network ones count too": the figure named again in the question, not more devices.
  text = rewrite(text, /\bthe \d[\d,]{0,15} (iot|network) ones\b/g, 'the $1 ones');
  // "our MDE is P1": the plan, said the other way round.
  text = rewrite(text, /\b(mde|defender for endpoint) (?:is|are) (?:on )?(p[12]|plan [12])\b/g, '$1 $2');
  // "Sorry, typo above, 1,0500 devices should be 10,500": the corrected figure only.
  text = rewrite(text, /(?<![\w,.])[\d][\d,.]* ((?:iot |network )?devices|(?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)) should (?:be|have been|read) (\d[\d,]{0,15})\b/g, '$2 $1');
  // "add 200 IoT devices to our current 1,400": the current count, of the same devices.
  text = rewrite(text, /\b(add|adding|plus) (\d[\d,]{0,15}) ((?:iot |network )?devices) to (?:our|the) current (\d[\d,]{0,15})\b(?! ?(?:devices|iot|network))/g, '$1 $2 $3 to our current $4 $3');
  // "3 x 40 printers": so many of each, multiplied out.
  text = rewrite(text, /(?<![\w,.])(\d{1,3}) ?x ?(\d{1,5}) (?=(?!(?:m?e5|e3|licen|seats|users)\b)[a-z]+s\b(?! each\b))/g, (_m, a: string, b: string) => `${Number(a) * Number(b)} `);
  // "E5 -> 5 devices? per user or per tenant", "hypothetically 10 e5 seats -> devices covered?": the rule asked.
  text = rewrite(text, /\b((?:m?e5|e5 security)(?: licen[cs]e| license| seat)?) ?[:=] ?(?:5|five) devices ?\?/g, 'how many devices does one $1 cover?');
  text = rewrite(text, /\bhypothetically,? (\d[\d,]{0,15}) ((?:m?e5|e5 security)(?: seats| licen[cs]es| licenses)?) ?[:=,]? ?(?:how many )?devices covered\b/g, 'if we had $1 $2, how many devices covered');
  // "so each E5 user gets us 5 IoT devices, right?": the rule checked back, not a device count.
  text = rewrite(text, /\b(each|every|one|an?|1) ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)(?: user| licen[cs]e| license| seat)?) (?:gets?|gives?|covers?|brings?|includes?) (?:us |you )?(?:5|five) ((?:iot )?devices)(?=,? (?:right|correct|yes|yeah|isn'?t it|is that right)\b)/g, '$1 $2 covers how many $3');
  // "uses 1 ME5 licence per librarian: 48 ME5": the rule of allocation, not a licence.
  text = rewrite(text, /\b(?:1|one|an?) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) (?:licen[cs]e |license |seat )?(?:per|for each|for every) (?=[a-z])/g, '$1 licences per ');
  // "(the rest of the 120 staff are volunteers)": the people without the plan.
  text = rewrite(text, /\bthe (?:rest|remainder|others?) of (?:the |our )?\d[\d,]{0,15} (staff|users|people|employees)\b/g, 'the rest of the $1');
  // "Tenant A has 300 E5, Tenant B has 110 E5 - ... which we can treat as 410 E5": the sum restated.
  text = rewrite(text, /,? (?:which|that) (?:we can |we'?ll |i'?ll |you can )?(?:treat as|call|count as|makes?|comes? to|totals?|gives?) \d[\d,]{0,15} (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b/g, (whole, at: number) =>
    (text.slice(0, at).match(/\b\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b/g) ?? []).length >= 2 ? '' : whole,
  );
  // "it could be anything from 1,200 to 2,400": a range.
  text = rewrite(text, /\banything (?:from|between) (\d(?:[\d,]{0,14}\d)?) (?:to|and) (\d(?:[\d,]{0,14}\d)?)(?![\d,]| ?[a-z])/g, '$1 to $2 devices');
  // "on E3 for half the staff", "E5 for about two-thirds of our 600 staff": a share of the people, not a number.
  text = rewrite(text, /\b(?:about |roughly |around )?(?:half|a third|one third|two-thirds|two thirds|a quarter|three quarters) (?:of )?(?:the |our )?(?:\d[\d,]{0,15} )?(staff|users|people|employees|team|workforce)\b/g, 'part of the $1');
  // "E5 for 1,200 users, well 300 of them are actually on E3, so 900 E5": the user's corrected figure.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) for \d[\d,]{0,15} (?:users|staff|people|seats|employees),? (?:well,? |but |although |though )?\d[\d,]{0,15} of (?:them|those) (?:are|is) (?:actually |really )?on (?:m365 |microsoft 365 )?(?:e3|e1|f3|business premium)\b,? so (\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))\b/g, '$2 $3');
  // "Our E5 count is 450 but 120 of those expire on 30 June ... After that, how many": the count after they lapse.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) count is (\d[\d,]{0,15}),? but (\d[\d,]{0,15}) of (?:those|them) (?:expire|will expire|lapse|will lapse|are expiring)\b([^.?!]*[.?!]\s?)(?=after (?:that|they (?:expire|lapse)|expiry)\b)/g, (_m, plan: string, all: string, going: string, rest: string) =>
    `${plan} count after the expiry is ${Number(all.replace(/,/g, '')) - Number(going.replace(/,/g, ''))}${rest.replace(/^[^.?!]*/, '')}`);
  // "25 standalone licenses that expire next week ... If we let the standalone ones lapse": not counted.
  if (/\bif (?:we|i) (?:let|allow) (?:the |our )?(?:standalone|eiot|add-?on)(?: eiot)?(?: ones| licen[cs]es| licenses)? (?:lapse|expire|go|run out)\b/.test(text)) {
    text = rewrite(text, /\b\d[\d,]{0,15} ((?:standalone |eiot |add-?on )+)(licen[cs]es|licenses)(?= (?:that|which) (?:expire|lapse|run out)| expiring)/g, 'our $1$2');
  }
  // "30 legacy standalone eIoT licences we still own": standalone licences.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:legacy|old|existing|older) (?=(?:standalone|eiot|add-?on)\b)/g, '$1 ');
  // "Our inventory has 1679 devices ... no sorry, that's the number from the Microsoft example I was reading.",
  // "Network 473, IoT 1206... wait no that's the docs example lol.": the example's figures, taken back.
  text = rewrite(text, /(?<=^|[.!?]\s|\n)(?:[^.!?\n]|\.{2,}|…)*?\b(?:no,? )?(?:sorry,? )?(?:that'?s|that is|those are|these are) the (?:(?:numbers?|figures?) (?:from|in) )?(?:the |microsoft'?s |the microsoft )?(?:docs? |documentation |learn |microsoft )?example\b(?: (?:from|in) the (?:docs?|documentation))?[^.!?\n]*[.!?]?/g, ' ');
  // "The new building will add roughly 300 more cameras": later devices, not today's.
  text = rewrite(text, /\b(will|would|is going to|are going to) add (?:roughly |about |around |~ ?)?\d[\d,]{0,15} (?:more|extra|new|additional) /g, '$1 add more ');
  // "Standalone eIoT (bought in 2024): 150": when they were bought, not a figure.
  text = rewrite(text, /\s?\((?:bought|purchased|acquired|added|renewed) (?:in|on|during|last) [^()\d]{0,12}(?:(?:19|20)\d\d)?[^()]{0,8}\)/g, '');
  // "network 2048, IoT 0? no wait, that figure is combined. Combined network + IoT = 2,048": the first reading taken back.
  text = rewrite(text, /(?<=:\s?)[^:.!\n]*?\?+\s?no,? wait,? (?:that|the|this) (?:figure|number|count) (?:is|was) (?:combined|the total|both tabs|for both)\b[^.!?\n]*[.!?]?/g, ' ');
  // "Total devices (network + IoT tabs, computers excluded) = 2,350": a note on what the total holds.
  text = rewrite(text, /\s?\((?:network|iot) ?(?:\+|and|&) ?(?:iot|network)(?: tabs?)?,? (?:computers|c&m|laptops)[^()]{0,25}\bexcluded\)/g, '');
  // "The IoT tab shows 845 but the monthly report says 1,120 IoT devices": the inventory's figure, not the report's.
  text = rewrite(text, /\b(\d[\d,]{0,15} (?:iot|network) devices|(?:the )?(?:iot|network)(?: devices)? tab (?:shows|says|lists|has) \d[\d,]{0,15}),? but (?:the |our )?(?:monthly |weekly |annual |quarterly |old |last |latest )?(?:report|cmdb|spreadsheet|sheet|asset register|register)\b[a-z ]{0,20}? (?:says|shows|lists|has) \d[\d,]{0,15} (?:iot |network )?devices\b/g, '$1');
  // "1,000 E5 licenses... wait, maybe those 1,000 are E3": the plan is not settled.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats)?[.…:,]* ?(?:wait,? |hmm,? )?(?:maybe|perhaps|or maybe) (?:those|they|these|some)(?: \d[\d,]{0,15})? (?:are|were) (?:actually |really )?(?:e3|e1|f3|business premium|mde p[12])\b/g, '$1 licences, a mix of e3 and e5');
  // "The Learn page talks about rounding to 100 so should I be thinking 300 devices?": a rounding guess, not a count.
  text = rewrite(text, /\b(?:should i be thinking|so should (?:i|we) (?:say|use)|does that mean) (?:about |around )?\d[\d,]{0,15} devices\s?\?/g, 'should i round up?');
  // "the network team's spreadsheet says 380 network devices and 1,020 IoT devices, but the Defender inventory says
  // ...": the inventory's figures, not another system's.
  text = rewrite(text, /\b(?:the )?(?:[a-z']+ ){0,3}(?:spreadsheet|sheet|report|cmdb|register|export)\b (?:says|shows|lists|has) [^.;!?]*?,? but (?=(?:the |our )?(?:defender|portal|device inventory|inventory)\b)/g, '');
  // "(the committed-devices one, 1,100 devices if I remember the order right)": the legacy plan's size.
  text = rewrite(text, /\((?:the )?committed[- ]devices? (?:one|plan),? \d[\d,]{0,15} devices[^)]{0,60}\)/g, '(the committed-devices one)');
  // "roughly 800 or so, maybe closer to 900, hard to say": two guesses.
  text = rewrite(text, /\b(\d[\d,]{0,15})(?: or so|ish)?,? maybe (?:closer to |nearer |up to |more like )?(\d[\d,]{0,15})\b(?=[^.?!]{0,20}\b(?:hard to say|not sure|no idea|can'?t say|don'?t know)\b)/g, '$1 to $2 devices');
  // "on-prem servers": one describing word.
  text = rewrite(text, /\bon-prem(?:ise|ises)?\b/g, 'onprem');
  // "trial on our 3 biggest branches": places, not devices.
  text = rewrite(text, new RegExp(String.raw`\b(?:our|the) \d{1,3} (?:biggest|largest|smallest|main|busiest|newest|oldest|first) (${PLACES_PATTERN})\b`, 'g'), 'several $1');
  // "What will 79 extra licences cost us?": licences to buy, not held.
  text = rewrite(text, /\b(what (?:will|would|do|does)|how much (?:will|would|do|does|are|is)|(?:cost|price) (?:of|for)) \d[\d,]{0,15} (?:extra|more|additional|missing) (?:standalone |eiot |add-?on )?(?:licen[cs]es|licenses)\b/g, '$1 the extra licences');
  // "between 900 and 1,100": a range.
  text = rewrite(text, /\bbetween (\d[\d,]{0,15}) and (\d[\d,]{0,15})\b(?![,.]?\d)/g, '$1 to $2');
  // "1,3,40 IoT (the export looks corrupted)\": separators that make no number; asked about, not guessed.
  // (Indian grouping "1,20,000" and CSV rows are read elsewhere.)
  text = rewrite(text, /(?<![\d,])\b\d{1,3},\d,\d{2,3}\b(?![,.]?\d)/g, 'an unreadable number of');
  // Spoken hundreds: "three twenty E5" is 320, "two fifty e five" is 250.
  const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  text = rewrite(text, 
    /\b(one|two|three|four|five|six|seven|eight|nine) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?= (?:e5|me5|e five|me five|m365|microsoft|licen|devices|iot|network|seats|users)\b)/g,
    (_m, h: string, t: string, u?: string) => String((ONES.indexOf(h) + 1) * 100 + (TENS.indexOf(t) + 2) * 10 + (u ? ONES.indexOf(u) + 1 : 0)),
  );
  // "14 homes, each has 25 IoT devices (call bells, ...) plus 3 network devices": both figures per place.
  text = rewrite(text, new RegExp(String.raw`\b(\d{1,4}) (${UNIT})(?:e?s),? each (?:one |\2 )?(?:has|have|with) (\d{1,5}) (iot|network) devices( \([^()]*\))? (?:plus|and|\+) (\d{1,5}) (iot|network) devices\b`, 'g'), (_m, n: string, unit: string, a: string, tabA: string, note: string | undefined, b: string, tabB: string) =>
    `${n} ${unit}s: ${Number(n) * Number(a)} ${tabA} devices${note ?? ''} and ${Number(n) * Number(b)} ${tabB} devices`,
  );
  // "eighteen oh five", "twenty oh eight": hundreds said in pairs with a spoken zero.
  text = rewrite(text, /\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) oh (one|two|three|four|five|six|seven|eight|nine)\b/g, (_m, h: string, u: string) =>
    String((SMALL_NUMBER_WORDS.indexOf(h) >= 0 ? SMALL_NUMBER_WORDS.indexOf(h) : (TENS.indexOf(h) + 2) * 10) * 100 + ONES.indexOf(u) + 1),
  );
  // "fourteen fifty devices", "thirteen eighteen iot", "nineteen twenty devices": hundreds said in pairs.
  text = rewrite(text,
    /\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?= (?:e5|me5|e five|me five|m365|microsoft|licen|devices|iot|network|seats|users)\b)/g,
    (_m, h: string, t: string, u?: string) => {
      const tens = SMALL_NUMBER_WORDS.indexOf(t) >= 0 ? SMALL_NUMBER_WORDS.indexOf(t) : (TENS.indexOf(t) + 2) * 10;
      return String(SMALL_NUMBER_WORDS.indexOf(h) * 100 + tens + (u ? ONES.indexOf(u) + 1 : 0));
    },
  );
  // Dictated plan names: "e five", "me five", "microsoft three sixty five"; "for hundred" is "four hundred".
  text = rewrite(text, /\bthree sixty[- ]five\b/g, '365').replace(/\b(m|me|m365|365) e? ?five\b/g, (_m, p: string) => (p === 'm' || p === 'me' ? 'me5' : `${p} e5`))
    .replace(/\b(?:(m|me) )?e fives\b/g, (_m, p?: string) => (p ? 'me5s' : 'e5s')).replace(/\be five\b/g, 'e5').replace(/\bfor (?=(?:hundred|thousand)\b)/g, 'four ');
  // "two and a half thousand", "1 and a half k": the half of the unit added.
  text = rewrite(text, /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) and a half (thousand|k|hundred)\b/g, (_m, n: string, unit: string) =>
    String((/\d/.test(n) ? Number(n) : SMALL_NUMBER_WORDS.indexOf(n)) * (unit === 'hundred' ? 100 : 1000) + (unit === 'hundred' ? 50 : 500)),
  );
  // "devices 1400? no wait, it's 1500": the figure corrected. "devices: 12500? no wait let me check... ok the IoT
  // tab says 12,480": the doubted figure taken back, the ones after it stand.
  text = rewrite(text, /\b\d[\d,]{0,15}(?:\.\d+)?k?\s?\?+ (?:no|nope|hmm|oh)[,.]? wait[,.]? (?:it'?s |make (?:that|it) )?(?=\d)/g, '');
  text = rewrite(text, /\b\d[\d,]{0,15}(?:\.\d+)?k?\s?\?+ (?=(?:no|nope|hmm|oh)[,.]? wait\b)/g, 'checking ');
  // Indian English: "1 lakh" is 100 000, "2.5 lakh" 250 000, "1 crore" 10 000 000.
  text = rewrite(text, /\b(\d{1,3}(?:\.\d{1,2})?) ?(lakhs?|lacs?|crores?)\b/g, (_m, n: string, unit: string) =>
    String(Math.round(Number(n) * (unit.startsWith('cr') ? 10_000_000 : 100_000))),
  );
  // "each of our 6 sites has 22 IoT devices": the per-place count times the places.
  text = rewrite(text, new RegExp(String.raw`\beach of (?:our|the) (\d{1,4}) (${PLACES_PATTERN}) (?:has|have|holds?) (?:~ ?|about |around |roughly )?(\d{1,5}) ((?:iot |network )?devices)\b`, 'g'), (_m, n: string, places: string, k: string, noun: string) => `several ${places}: ${Number(n) * Number(k)} ${noun}`);
  // "3 locations, IoT devices 140 / 95 / 61": one figure per place, summed.
  text = rewrite(text, new RegExp(String.raw`\b(\d{1,2}) (${PLACES_PATTERN}),? ((?:iot|network) devices)(?: tab)?:? (\d[\d,]{0,15}(?: ?\/ ?\d[\d,]{0,15}){1,11})\b(?! ?\/)`, 'g'), (whole, n: string, places: string, noun: string, list: string) => {
    const values = list.split(/ ?\/ ?/).map((v) => Number(v.replace(/,/g, '')));
    return values.length === Number(n) ? `several ${places}, ${values.reduce((a, b) => a + b, 0)} ${noun}` : whole;
  });
  text = rewrite(text, PLUS_PER_UNIT, (_m, units: string, unit: string, between: string, per: string, noun: string) => `${units} ${unit}s${between}+ ${Number(units) * Number(per)} ${noun}`);
  // "wedding venues (5 sites) - each site has ...": the places counted in brackets.
  text = rewrite(text, PLACES_IN_BRACKETS_THEN_EACH, '$1 $2, ');
  // "36 classrooms with 1 projector, 1 smartboard and 2 cameras each", "48 stores @ 9 devices each (6 cams + 3
  // label printers)", "22 stores each with 1 switch": each item per place, times the places (a breakdown after it
  // is not counted again).
  text = rewrite(text, PLACES_TIMES_ITEMS, (whole, n: string, places: string, link: string, items: string, after: string | undefined, at: number, all: string) => {
    if (!/each|x|×|\*|@/.test(link) && !after) return whole;
    // "120 stores x (4 cameras + 2 kiosks) = 720 devices": the user's own product, read as written.
    if (/^ ?(?:=|equals|makes|gives|is) ?~? ?\d/.test(all.slice(at + whole.length))) return whole;
    const parts = items.split(/, and |, | and | ?\+ ?| & /).map((item) => /^(\d+) (.+)$/.exec(item)!);
    const plural = (noun: string) => (/^(?:iot|network)$/.test(noun) ? `${noun} devices` : /s$/.test(noun) ? noun : /(?:ch|sh|x)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);
    const counted = parts.map(([, k, noun]) => `${Number(n) * Number(k)} ${plural(noun!)}`);
    return `several ${places}: ${counted.length > 1 ? `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}` : counted[0]}`;
  });
  // "Sites: HQ 300, Warehouse 145, Store 55 (IoT + network combined)": one count per site, summed.
  text = rewrite(text, /\b(?:sites?|locations?|per site|by site)\s?:\s?((?:[a-z][a-z ]{0,20}?\s?:?\s?\d[\d,]{0,15}(?:, | and |; )){1,8}[a-z][a-z ]{0,20}?\s?:?\s?\d[\d,]{0,15})(?= ?\((?:iot|network|devices)\b)/g, (_m, list: string) =>
    `${[...list.matchAll(/\d[\d,]{0,15}/g)].reduce((sum, m) => sum + Number(m[0].replace(/,/g, '')), 0)} devices`,
  );
  // "3 sites each with ~40 IoT devices": one kind per place, "each" before the count.
  text = rewrite(text, UNITS_EACH_WITH_DEVICES, (_m, units: string, per: string, noun: string) => `${Number(units) * Number(per.replace(/,/g, ''))} ${noun}`);
  // "95 stores x 12 IoT devices each", "8 floors, 40 printers per floor": per-unit counts multiply out.
  text = rewrite(text, 
    PER_UNIT_TIMES,
    (_m, units: string, per: string, noun: string) => `${Number(units) * Number(per.replace(/,/g, ''))} ${noun}`,
  );
  text = rewrite(text, PER_UNIT_THEN_UNITS, (_m, per: string, noun: string, _unit: string, units: string) => `${Number(per) * Number(units)} ${noun}`);
  // "2 sites, 350 devices each".
  text = rewrite(text, UNITS_COMMA_EACH, (_m, units: string, per: string, noun: string) => `${Number(units) * Number(per.replace(/,/g, ''))} ${noun}`);
  // "1 E5 user licence = 5 devices right? so with 40 E5 ...": the rule restated, not an inventory.
  // "1 E5 covers 5, we have 14 of them": the rule, then the licences held.
  text = rewrite(text, /\b(?:1|one|each|every|a single) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))(?: user| seat)?(?: licen[cs]e| license)? ?(?:=|equals|covers|gives(?: you)?) ?(?:5|five)(?: (?:iot |eiot )?devices)?,? (?:and )?(?:we|i) (?:have|own|got|'ve got) (\d[\d,]{0,15}) of them\b/g, 'each licence covers its devices, we have $2 $1');
  text = rewrite(text, /\b(?:1|one|each|every|a single) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: user| seat)?(?: licen[cs]e| license)? ?(?:=|equals|covers|gives(?: you)?) ?(?:5|five)(?: (?:iot |eiot )?devices\b|(?=[,;.] ))/g, 'each licence covers its devices');
  // "500 ME5 = 2500 devices, correct?": the user's licences with the devices they cover, checked against the rule.
  text = rewrite(text, /(?<!\b(?:do|does|read that|if) )\b(\d[\d,]{0,15}) (m?e5|e5 security|m365 e5)(?: licen[cs]es| licenses| seats)? ?(?:=|equals|covers?|gives?(?: us| me)?|means) ?(\d[\d,]{0,15}) (?:iot |eiot )?devices\b(?! exactly| in the example)/g, (m, n: string, plan: string, d: string) =>
    Number(d.replace(/,/g, '')) === 5 * Number(n.replace(/,/g, '')) ? `${n} ${plan} licences, each licence covers its devices` : m,
  );
  // "Make that 1,650, just found 50 more badge readers": the reason for a corrected figure, already in it.
  text = rewrite(text, /\b(make (?:that|it)|correction:?|actually(?: it'?s)?) (\d[\d,]{0,15})([,.;:]? (?:we |i )?(?:just |have |'ve )?(?:found|added|discovered|onboarded|got|bought|plugged in)) \d[\d,]{0,15} more\b/g, '$1 $2$3 some more');
  // "Moving everyone to E5 is one option", "the inventory shows 3 tabs", "do we really need 300?": not counts.
  text = rewrite(text, /\b(?:is|was|as) one (option|way|route|idea|choice|possibility)\b/g, 'is an $1');
  text = rewrite(text, /\b\d (tabs|columns|options|ways|steps)\b/g, 'several $1');
  text = rewrite(text, /\b(do|would|should) (we|i|they) really need \d[\d,]{0,15}\s?\?/g, '$1 $2 really need that many?');
  // "16 3D printers": a kind of printer, not a 3.
  text = rewrite(text, /\b3-?d(?= (?:printers?|scanners?)\b)/g, 'threedee');
  // "200 rooms, each with a smart TV and a thermostat": one of each kind per unit.
  text = rewrite(text, UNITS_EACH_WITH_A, (m, units: string, items: string) => {
    const kinds = items.split(/, an? |,? and an? /).map((k) => k.replace(/^an? /, ''));
    if (kinds.some((k) => !DEVICE_WORD.test(k))) return m;
    return kinds.map((k) => `${units} ${k.endsWith('s') ? k : `${k}s`}`).join(' and ');
  });
  // "our 12 offices have roughly 90 IoT devices each".
  text = rewrite(text, UNITS_HAVE_EACH, (_m, units: string, per: string, noun: string) => `${Number(units) * Number(per.replace(/,/g, ''))} ${noun}`);
  // "branch offices 14 x 25 devices each".
  text = rewrite(text, 
    UNITS_TIMES_EACH,
    (_m, units: string, per: string, noun: string) => `${Number(units) * Number(per)} ${noun}`,
  );
  text = rewrite(text, 
    UNITS_COMMA_PER_UNIT,
    (whole, units: string, u1: string, per: string, noun: string, u2: string | undefined) => (u2 === undefined || u1 === u2 ? `${Number(units) * Number(per)} ${noun}` : whole),
  );
  // "11 devices on the IoT tab and 3 on the network tab": each figure with its tab, so per-place rules see both.
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices on the (iot|network) tab and (\d[\d,]{0,15}) on the (iot|network) tab\b/g, '$1 $2 devices and $3 $4 devices');
  // "'you've got 96 E5 Security seats, that gives you 480 IoT devices'": the devices the licences cover, not the count.
  text = rewrite(text, /\b((?:m?e5|e5 security)(?: seats| licen[cs]es| licenses)?),? (?:that|which|this) (?:gives|covers|means) (?:you|us) \d[\d,]{0,15} (?:iot )?devices\b/g, '$1');
  // "IoT devices 187 (the strongroom sensors, 12 microfilm scanners, ...)": what the tab holds, not more devices.
  text = rewrite(text, /\b((?:iot|network) devices:? \d[\d,]{0,15}) \(the [^()]*\)/g, '$1');
  // "the 2025 licence review", "IoT monitoring in year one": a year or a plan's phase, not a count.
  text = rewrite(text, /\b(?:19|20)\d\d (licen[cs]e|license) (review|renewal|audit|budget|true-?up|cycle)\b/g, 'the $1 $2').replace(/\bin year (?:one|two|three|four|five|[1-5])\b/g, 'in a later year');
  // "until the new network is in (summer 2026)": a date in brackets.
  text = rewrite(text, /\((?:(?:early|late|mid|spring|summer|autumn|fall|winter|q[1-4]|by|from|until|end of) ?)+(?:20)\d\d\)/g, '(later)');
  // "Last term I told the bursar we had 940 IoT-ish devices": a figure reported back then.
  text = rewrite(text, /\b((?:i|we) (?:told|informed|said to|gave) (?:the |our )?[a-z]+ (?:that )?(?:we had|there were|we have)) (?:about |around |roughly )?\d[\d,]{0,15}(?:-ish)?(?= (?:[a-z-]+ )?devices\b)/g, '$1 some');
  // "we know we're 170 short. How much will those 170 licences cost?": the gap named again, priced.
  text = rewrite(text, /\b(how much (?:will|would|do|does) (?:those|these|the)) \d[\d,]{0,15} ((?:[a-z-]+ )?(?:licen[cs]es|licenses))\b/g, '$1 $2');
  // "(the warehouse alone added about 200 handheld scanners)": part of the figure just given, not more.
  text = rewrite(text, /\((?:the|that|this) [^()\n]{0,40}\badded (?:about |around |roughly )?\d[^()\n]*\)/g, '');
  // "The laptops (220) and phones (190) are under Computers & Mobile": a count in brackets after its noun.
  text = rewrite(text, /\b(laptops|phones|tablets|pcs|mobiles|desktops|chromebooks) \((\d[\d,]{0,15})\)/g, '$2 $1');
  // "(project WH-NET-2, about 8 weeks)": a reference, not network devices.
  text = rewrite(text, /\b[a-z]{2,}-(?:net|iot|nw)-\d+\b/g, 'ref');

  // "We bought 100 of the IoT add-on last year": licences of the add-on, not IoT devices.
  text = rewrite(text, /\b(\d[\d,]{0,15}) of the (?:iot |eiot |enterprise iot |defender for iot )?add-?on\b/g, '$1 eiot add-on licences');
  // "3 sites, 12 E5 each": licences per place, multiplied out.
  text = rewrite(text, new RegExp(String.raw`\b(\d{1,4}) (${UNIT})(e?s),? (\d{1,5}) ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)) each\b`, 'g'), (_m, n: string, unit: string, plural: string, per: string, plan: string) => `${n} ${unit}${plural}, ${Number(n) * Number(per)} ${plan}`);
  // "140 sites. Every site has 8 devices (...)": the per-site total in the next sentence.
  text = rewrite(text, new RegExp(String.raw`\b(\d{1,4}) (${UNIT})(e?s)\. (?:every|each) \2 (?:has|have) (\d{1,5}) devices\b`, 'g'), '$1 $2$3, each $2 has $4 devices');
  // "our 3 offices? each has ~200 IoT devices": a per-unit count after the number of units.
  // "six practices, each one with 25 IoT devices", "two campuses (...). Each campus has 250": the places in digits,
  // so the per-place figures below multiply out.
  text = rewrite(text, PLACE_COUNT_EACH, (_m, n: string, unit: string) => `${SMALL_NUMBER_WORDS.indexOf(n)} ${unit}`);
  text = rewrite(text, 
    UNITS_THEN_EACH,
    // "5 depots, each depot has 300 IoT devices, plus 50 network devices": the product keeps its noun.
    (whole, units: string, unit: string, between: string, per: string, at: number, all: string) =>
      `${units} ${unit}s${between}${Number(units) * Number(per)}${/^ (?:iot |network )devices\b/.test(all.slice(at + whole.length)) ? '' : ' in all, '}`,
  );
  // "(6 label printers, 4 fridge monitors, 2 cctv, 1 router)" after the per-store total: what one store holds, not more.
  text = rewrite(text, /\b(\d[\d,]* in all,\s+(?:[a-z]+ )?devices) \((?:\d+|an?) [^()]*\)/g, '$1');
  // "inactive for 20 days", "offline for 2 weeks": under the 30-day rule these devices still count.
  text = rewrite(text, 
    /\b(?:inactive|offline|not seen|stale|idle|dormant)( for| since| in)? (?:the )?(?:last |past )?(\d{1,3}) (days?|weeks?)\b/g,
    (whole, prep: string | undefined, n: string, unit: string) =>
      inDays(n, unit) < 30 ? `recently quiet${prep ?? ''} ${n} ${unit}` : whole,
  );
  // Indian grouping "1,20,000" and space grouping "18 700" (outside de-DE, where the locale step reads them).
  text = rewrite(text, /\b\d{1,2}(?:,\d{2})+,\d{3}\b/g, (n) => n.replace(/,/g, ''));
  // Not after a letter ("ME5 450") and not text-speak "4"/"2" ("need 4 150 printers").
  text = rewrite(text, /(?<![\w,.])(?<!\b(?:need|needed|licen[cs]es?|licenses?|lics?|buy|get|required|for|want|going|how) )\d{1,3}(?: \d{3})+(?![\d,.]?\d)/g, (n) => n.replace(/ /g, ''));
  text = rewrite(text, /\bnet\b(?= \d| tab\b)/g, 'network');
  // "2 thousand five hundred": the words after a figure's thousands.
  text = rewrite(text, /\b(\d{1,3}) thousand,? (?:and )?(one|two|three|four|five|six|seven|eight|nine) hundred\b/g, (_m, a: string, b: string) =>
    `${a} thousand ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(b) + 1} hundred`,
  );
  // "80 IoT devices on top of the 700 we already had": one figure.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:[a-z]+ ){0,2}devices) on top of (?:the |our )?(\d[\d,]{0,15})\b/g, (_m, a: string, noun: string, b: string) =>
    `${Number(a.replace(/,/g, '')) + Number(b.replace(/,/g, ''))} ${noun}`,
  );
  // "round up to 100 devices", "auf 100 aufrunden": the rounding target is not an inventory.
  text = rewrite(text, /\b(round(?:ed|ing)?(?: it| that| this| (?:my|our|the) [a-z ]{1,20}?)?(?: up)? to(?: the next| a multiple of)?) \d[\d,]{0,15}(?: devices)?\b/g, '$1 the next hundred');
  text = rewrite(text, /\bauf (?:volle |die n(?:ä|ae)chsten )?\d[\d,.]{0,15}(?: ger(?:ä|ae)te)? aufrunden\b/g, 'round up to the next hundred');
  // "1.2m", "2.4M devices" are millions; "2,5 tsd." (de) and "3 thousand 200" are thousands.
  text = rewrite(text, /\b(\d+(?:\.\d+)?) ?(?:m|mil|mln|mio)\b(?!e5|365| 365)/g, '$1 million');
  text = rewrite(text, /\b(\d+(?:\.\d+)?) ?tsd\.?/g, '$1 thousand');
  // "2 thousand 5 hundred and one", "3 hundred and 12": digits with their units, and what follows in digits or words.
  const units = (n: string | undefined) => (n === undefined ? 0 : /\d/.test(n) ? Number(n) : SMALL_NUMBER_WORDS.indexOf(n));
  text = rewrite(text, new RegExp(String.raw`\b(\d{1,3}) thousand,? (?:and )?(\d{1,3}) hundred(?: and)?(?: (\d{1,2}|${SMALL_NUMBER_WORDS.join('|')})(?![\d,.]| ?(?:thousand|hundred)))?\b`, 'g'), (_m, a: string, b: string, c?: string) =>
    String(Number(a) * 1000 + Number(b) * 100 + units(c)),
  );
  text = rewrite(text, /(?<![\d.,])\b(\d) hundred(?: and)? (\d{1,2})\b(?![\d,.]| ?(?:thousand|hundred|k\b))/g, (_m, a: string, b: string) => String(Number(a) * 100 + Number(b)));
  text = rewrite(text, /\b(\d{1,3}) thousand,? (?:and )?(\d{1,3})\b(?! ?(?:thousand|hundred|million|k\b))/g, (_m, a: string, b: string) =>
    String(Number(a) * 1000 + Number(b)),
  );
  text = rewrite(text, /\b(thousand|hundred|million),\s(?=(?:one|two|three|four|five|six|seven|eight|nine|and)\b)/g, '$1 ');
  // "dropped from 260 to 240", "went from 900 in Q1 to 1,180 today": the figure now is the second.
  text = rewrite(text, 
    /\b(dropped|dropping|fell|falling|rose|rising|grew|growing|went|gone|increased|increasing|decreased|decreasing|reduced|reducing|changed|changing|moved|moving|going|cut|jumped|climbed|shrunk|shrank|down|up)((?: up| down)?) from [\d.,]+k?(?: [a-z0-9 ]{1,20}?)? to (?=[\d.,]+)/g,
    '$1$2 to ',
  );
  // "1,200 + 950 + 700 devices": a sum written out is one figure.
  // Only a list of three or more, or two after "have"/"total"/a colon: "E5 x 40 + 230 devices" is two figures.
  text = rewrite(text, 
    /(^|\b(?:have|has|got|total|of|are|is|count|counted|see|shows|says)\s|[:=]\s?|\s)(\d[\d,]{0,15}(?:\s?\+\s?\d[\d,]{0,15})+)\b(?![.,]?\d|\s?k\b)/g,
    (whole, lead: string, sum: string, offset: number) => {
      const parts = sum.split('+');
      // "800+200 devices in the IoT tab": two figures joined into one count of devices.
      const devicesAfter = !/\s/.test(sum) && /^ (?:iot |network )?devices\b/.test(text.slice(offset + whole.length)) && !/\b(?:m?e5|e5 security|licen[cs]es|x)\s?$/.test(text.slice(0, offset + lead.length));
      if (parts.length < 3 && !/\S/.test(lead) && !devicesAfter) return whole;
      // "1,800 + 2,000 E5 Security" is two plans' figures, not one sum.
      if (parts.length < 3 && /^\s?(?:e5 security|e5 sec|me5|m365 e5|standalone|add-?on|eiot)\b/.test(text.slice(offset + whole.length, offset + whole.length + 15))) return whole;
      return `${lead}${parts.reduce((total, part) => total + Number(part.replace(/[,\s]/g, '')), 0)}`;
    },
  );
  // "5-devices-per-E5", "round-to-100": hyphens joining a phrase.
  text = rewrite(text, /-(per|to|of|for)-/g, ' $1 ');
  // "800 of our 2,000 IoT devices are inactive": the whole, and the part that does not count.
  text = rewrite(text, /\b(\d[\d,]{0,15}) of (?:our|the|all|all our) (\d[\d,]{0,15}) ((?:[a-z]+ ){0,2}devices) (?:are|have been|were|is) (?:now )?(?=inactive|stale|dormant|offline)/g, '$2 $3 including $1 ');
  // "Some of the IoT devices (around 250) are guest devices ...": the bracketed figure is the part.
  text = rewrite(text, /\bsome of (?:them|those|these|the (?:[a-z-]+ ){0,2}(?:devices|ones))\s?\((?:around |about |roughly |approx\.? |~\s?)?(\d[\d,]{0,15})\)/g, '$1 of them');
  // "412 of the IoT ones haven't been seen in over 30 days", "35 of the network devices are old switches that
  // have been inactive": the words between the part and its inactivity say what they were, not a count.
  text = rewrite(text, 
    /\b(\d[\d,]{0,15}(?:\.\d{1,2})?k?) of (?:them|those|these|the (?:[a-z-]+ ){0,2}(?:devices|ones|entries|[a-z-]+s))\b[^.?!\d]{0,80}?\b(?:haven'?t been seen|have not been seen|hasn'?t been seen|not (?:been )?seen|(?:been |are |is )?inactive|had no (?:network )?(?:activity|traffic)|no (?:network )?activity|(?:haven'?t|hasn'?t|have not|has not) had (?:any )?(?:network )?(?:activity|traffic)|(?:haven'?t|hasn'?t|have not|has not) (?:communicated|reported|checked in|talked|connected|been active))\b(?:[^.?!\d]{0,12}?(\d{1,3})\+? ?(days?|weeks?|months?)\b)?/g,
    (whole, n: string, k?: string, unit?: string) =>
      k && unit && inDays(k, unit) < 30 ? whole : `including ${n} inactive devices`,
  );
  // "inactive more than 30 days: 43", "inactive>30d=25": a label with its window, then the count.
  text = rewrite(text, /\b(?:inactive|stale|dormant|not seen)\s?(?:>|(?:for )?(?:more than|over) )?\s?(?:30|31)\+?\s?(?:days?|d)\+?(?:\s?\((?:iot|network|exclude|excluded|excl\.?|not counted)(?: devices)?\))?\s?(?:[:=|]|x)?\s?(\d[\d,]{0,15})\b(?! ?(?:days?|d)\b)/g, 'including $1 inactive devices');
  text = rewrite(text, /\b(?:minus|less|excluding|exclude|without) (\d[\d,]{0,15}) (?=inactive|stale|dormant)/g, 'including $1 ');
  // "incl. 60 not seen in 45 days", "91 haven't reported in 31+ days".
  text = rewrite(text, /\bincl\.?\s(?=\d)/g, 'including ');
  // "(60 of them last seen 45 days ago)", "minus 120 cameras not seen in 60 days", "but the 47 conveyor scanners
  // havent reported in 35 days", "but 160 are in closed sites not seen for 6 weeks": the 30-day rule decides.
  text = rewrite(text, /\b(?:(but|minus|less|excluding|including) )?(?:the )?(\d[\d,]{0,15})(?: of (?:them|those|these))?(?: [a-z-]+){0,3}?(?: (?:are|were|is)\b[^.?!\d]{0,40}?)? (?:(?:were |was |are )?last seen|not (?:been )?seen|(?:have|has)n'?t been (?:online|active|seen)|(?:have|has) not been (?:online|active|seen)|(?:have|has)n'?t (?:reported|checked in|communicated|talked(?: on the network)?)|(?:have|has) been (?:offline|inactive|silent)) (?:in |for )?(?:the )?(?:last |past )?(?:over |more than )?(\d{1,3})\+? (days?|weeks?|months?)(?: ago)?\b/g,
    (whole, lead: string | undefined, n: string, k: string, unit: string) =>
      inDays(k, unit) >= 30 ? `${lead === 'but' ? 'but ' : ''}including ${n} inactive devices` : whole,
  );
  text = rewrite(text, /\b(\d[\d,]{0,15})(?: (?:iot|network))?(?: devices?)?(?: that| which)? (?:not (?:been )?seen|(?:have|has)n'?t had (?:any )?(?:network )?(?:activity|traffic)|(?:have|has) not had (?:any )?(?:network )?(?:activity|traffic)|(?:have|has)n'?t (?:reported|checked in|been seen|communicated|talked(?: on the network)?)|(?:have|has) not (?:reported|checked in|been seen)) (?:in|for) (?:over |more than )?(\d{1,3})\+? (days?|weeks?|months?)\b/g,
    (whole, n: string, k: string, unit: string) => (inDays(k, unit) >= 30 ? `${n} inactive` : whole),
  );
  // "Inactive (31+ days) 35 - exclude", "stale (>30 days) IoT 222": a label with its window in brackets.
  text = rewrite(text, /\b(?:stale|dormant)\s?\([^()\d]{0,5}\d{1,3}\+?\s?(?:days?|d)\)\s?(?:iot |network )?:?\s?(\d[\d,]{0,15})\b/g, 'including $1 inactive devices');
  text = rewrite(text, /\binactive\s?\([^()\d]{0,10}\d{1,3}\+?\s?(?:days?|d)\)\s?:?\s?(\d[\d,]{0,15})\b/g, 'including $1 inactive devices');
  // "120 (of them) have had no network activity", "50 of them are multicast": devices that are not counted.
  text = rewrite(text, 
    /(\d[\d,]{0,15}) (?:of (?:them|those|the devices|these) )?(?:(?:iot|network)(?: devices)? )?(?:have|has|had|are|were|'ve|haven'?t|hasn'?t|have not|has not)(?: had| been)? (?:no (?:network )?(?:activity|traffic)|inactive|stale|not (?:been )?seen|seen|talked|communicated|sent (?:any )?traffic|been active)/g,
    'including $1 inactive devices',
  );
  // Any other "N ... dead / stale / offline / inactive (> 30 days)": the 30-day rule decides. With a shorter window,
  // or none for "offline" and "dead", the devices still count.
  text = rewrite(text, 
    /\b(\d[\d,]{0,15})((?: of (?:them|those|these|which|iot|network|the [a-z-]+(?: [a-z-]+)?))?(?: (?:iot|network))?(?: devices?| ones?| (?!users|licen|seats|employees|days|weeks|months)[a-z]{3,15}s)?(?: (?:are|is|were|'re|have been|has been|that are|which are|that have had|which have had|that had|that have|with|show|shows|showing|showed))?(?: (?:now|currently|already|basically|effectively|probably))?) (inactive|dead|stale|offline|dormant|retired|decommissioned|idle|no (?:network )?(?:activity|traffic))\b(?:[^.?!\n\d]{0,25}?(?:>\s?|over |more than |at least |for )?(\d{1,3})\+?\s?(d|days?|weeks?|months?)\b)?/g,
    (whole, n: string, _between: string, word: string, k?: string, unit?: string) => {
      const days = k && unit ? inDays(k, unit) : undefined;
      const excluded = days !== undefined ? days >= 30 : word === 'inactive' || word === 'dormant';
      return excluded ? `including ${n} inactive devices` : whole;
    },
  );
  // "60 of the IoT ones have been offline for 2 weeks (still in the list)": a part of a count already given, which
  // the 30-day rule above kept; it adds nothing.
  text = rewrite(text, /\b\d[\d,]{0,15} of (?:the|those|these|our)(?= (?:iot|network) (?:ones|devices)\b)/g, 'some of the');
  // "Berlin 120, Madrid 85, Warsaw 64, Dublin 201 IoT devices": named counts before one noun add up.
  text = rewrite(text, 
    /\b(?:[a-z][a-z'.-]{1,20} )?(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:, (?:[a-z][a-z'.-]{1,20} )?(?:\d{1,3}(?:,\d{3})+|\d{1,9})){2,9}(?= (?:[a-z/+-]+ ){0,3}devices\b)/g,
    (list) => {
      if (/\b(?:e5|me5|licen|seats?|network|iot|printers?|cameras?|phones?|devices?|users?|and)\b/.test(list)) return list;
      const values = [...list.matchAll(/\d{1,3}(?:,\d{3})+|\d{1,9}/g)].map((m) => Number(m[0].replace(/,/g, '')));
      return String(values.reduce((t, v) => t + v, 0));
    },
  );
  // "140, 95 and 210 IoT devices", "5 sites: 120, 95, 230, 60, 410 IoT devices", "2,400 / 1,850 / 960 medical IoT
  // devices": a list of counts before one noun is their sum.
  text = rewrite(text, 
    /\b(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:(?:, | \/ |,? and | & )(?:\d{1,3}(?:,\d{3})+|\d{1,9})){2,9}(?= (?:[a-z/-]+ ){0,2}devices\b)/g,
    // ("3 different numbers from IT: 850, 910 and 1,020 devices" are readings of one count, not parts of it.)
    (list, at: number, all: string) =>
      /\b(?:different|conflicting) (?:numbers|figures|counts|answers)\b[^.?!\d]{0,30}$/.test(all.slice(Math.max(0, at - 60), at))
        ? list
        : String(list.split(/, | \/ |,? and | & /).reduce((t, x) => t + Number(x.replace(/,/g, '')), 0)),
  );
  // "200 of those 900 are laptops": the part, named against its whole.
  text = rewrite(text, /\b(\d[\d,]{0,15}) of (?:(those|these|them)|the) \d[\d,]{0,15}(?: devices)? (are|is)\b/g, (_m, part: string, word: string | undefined, verb: string) => `${part} of ${word ?? 'those'} ${verb}`);
  // "800 devices, but 500 of them are laptops": the laptops are part of the total.
  // Only for what is not counted; "of which 150 are printers" is a breakdown of counted devices.
  text = rewrite(text, PART_OF_THEM_NOT_COUNTED, 'including $1 ');
  text = rewrite(text, OF_WHICH_NOT_COUNTED, 'including $1 ');
  text = rewrite(text, AND_N_NOT_COUNTED, '$1including $2 ');
  text = rewrite(text, /\bbut (\d[\d,.]{0,15}) (?=(?:are |were )?(?:inactive|stale|dormant)\b)/g, 'but including $1 ');
  // "Figures per location (IoT and network devices only): Site C: 303, Plant 3 offices: 190" and "HQ: 1,397\nLeeds: 439
  // \n(network and IoT devices, computers excluded)": places and their device counts, summed.
  if (/:\s?\d[^:]*:\s?\d/.test(text)) text = rewrite(text, PLACE_COUNTS, (whole, before: string | undefined, list: string, after: string | undefined) => {
    const entries = [...list.matchAll(PLACE_COUNT_ENTRY)];
    if ((!before && !after) || entries.length < 2) return whole;
    if (entries.some((m) => /\b(?:e5|me5|e3|licen|license|seats?|users?|standalone|p[12]|computers?|laptops?|mobiles?|network|iot|devices?|tab)\b/.test(m[1] ?? ''))) return whole;
    const total = entries.reduce((sum, m) => sum + Number((m[2] ?? '').replace(/[ ,]/g, '')), 0);
    return `${before ?? ''} ${total} devices.${after ? ` ${after}` : ''}\n`;
  });
  // "Site A: 310, Site B: 145, Site C: 92 devices": the sites' counts add up.
  text = rewrite(text, 
    NAMED_SITES_THEN_DEVICES,
    (list) => String([...list.matchAll(/:? (\d[\d,]{0,15})(?=,|;| and|$)/g)].reduce((t, m) => t + Number((m[1] ?? '0').replace(/,/g, '')), 0)),
  );
  // "site A 200 devices, site B 350, site C 150", "site 1: 1.2k, site 2: 800": a list of sites adds up.
  text = rewrite(text, 
    NAMED_SITES_LIST,
    (list) => {
      const values = [...list.matchAll(/(?::|=|\s)\s?(\d[\d,]{0,15}(?:\.\d+)?)(k?)(?= devices|,|;| and|$)/g)].map((m) => Number((m[1] ?? '0').replace(/,/g, '')) * (m[2] ? 1000 : 1));
      return values.length >= 2 ? `${Math.round(values.reduce((t, v) => t + v, 0))} devices` : list;
    },
  );
  // "410 and 290 IoT devices respectively": two counts before one noun.
  // "our 2 warehouses have 1,050 and 950 network+IoT devices": one count per place, summed.
  text = rewrite(text, PLACES_EACH_HOLD, (_m, a: string, b: string) =>
    String(Number(a.replace(/,/g, '')) + Number(b.replace(/,/g, ''))),
  );
  text = rewrite(text, /\b(\d[\d,]{0,15}) and (\d[\d,]{0,15})(?= (?:[a-z]+ ){0,2}devices\b[^.?!]{0,15}\brespectively)/g, (_m, a: string, b: string) =>
    String(Number(a.replace(/,/g, '')) + Number(b.replace(/,/g, ''))),
  );
  text = rewrite(text, /-only\b/g, ' only');
  // "not 150 E5 but 170 E5": the figure after "but" is the one meant.
  text = rewrite(text, /\bnot\s\d[\d,.]{0,15}k?\s?(?:[a-z0-9]+\s){0,3}?but\s/g, '');
  // "E5 Security for the SOC team only (45)", "E5 Security for the whole firm (200)": the bracketed count is the plan's.
  text = rewrite(text, /\b(e5 security|m365 e5|microsoft 365 e5|me5|e5)\b((?:(?!devices?\b|iot\b|network\b)[^.?!()\d:]){0,40})\((?!(?:19|20)\d{2}\))(\d[\d,]{0,15})\)/g, '$3 $1$2');
  // "We calculated a gap of 37 devices": a result quoted back, not an inventory.
  text = rewrite(text, /\b(gap|shortfall|difference) (?:of|is|was|came out at|comes? (?:out )?(?:at|to)) (\d[\d,]{0,15})(?= (?:devices|licen|licenses))/g, '$1 of some');
  // "licences(E5) 150": the plan in brackets names the licences.
  text = rewrite(text, /\blicen[cs]es\s?\((m?e5(?: security)?)\)/g, '$1 licences');
  // "laptops/phones 7,300", "Laptops and phones: 2,900": the Computers & Mobile tab by its contents.
  text = rewrite(text, /\b(?:laptops?|pcs|computers|desktops|notebooks)\s?(?:\/|&|\+|\sand\s)\s?(?:smart ?phones|phones|mobiles|tablets)\b(?=\s?:?\s?\d)/g, 'computers & mobile');
  // "3,000 phones (Intune mobiles)": phones the bracket says are mobiles, on the Computers & Mobile tab.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z]+ )?phones \((?:[a-z]+ ){0,2}(?:mobiles?|smartphones|mobile phones|mdm)\)/g, '$1 mobiles');
  // "our count is 1,679 but that includes 320 laptops", "The gadget count from IT is 3,402", "the count is one thousand
  // six hundred and four": the count is of devices (not "the count was 1,020 on Monday and 1,210 on Wednesday").
  text = rewrite(text, COUNT_STATED, 'our count is $1 devices');
  // "IoT devices 2,400 minus 350 not seen >30 days": a part taken out under the 30-day rule.
  text = rewrite(text, /\b(?:minus|less|excluding|exclude|without) (\d[\d,]{0,15}) (?:devices )?(?:not (?:been )?seen|inactive|stale|dormant) (?:for |in )?(?:>\s?|over |more than )?(\d{1,3})\+? ?(d|days?|weeks?|months?)\b/g,
    (whole, n: string, k: string, unit: string) => (inDays(k, unit) >= 30 ? `including ${n} inactive devices` : whole),
  );
  // "96 (network), 455 (IoT), 9,870 (computers & mobile)": the tab in brackets after its count.
  text = rewrite(text, /\b(\d[\d,]{0,15}) \((network|iot)(?: devices| tab)?\)/g, '$1 $2 devices');
  text = rewrite(text, /\b(\d[\d,]{0,15}) \((?:computers? ?(?:&|and) ?mobiles?|c ?& ?m)(?: tab)?\)/g, '$1 computers & mobile');
  // "ME5 + E5 Security: 200 + 50": two plans, then their counts in the same order.
  text = rewrite(text, /\b(e5 security|m365 e5|microsoft 365 e5|me5|e5) ?\+ ?(e5 security|m365 e5|microsoft 365 e5|me5|e5|standalone):? ?(\d[\d,]{0,15}) ?\+ ?(\d[\d,]{0,15})\b/g, '$3 $1 + $4 $2');
  // "Our IoT tab says 1.7k devices and the network tab says 640": a tab and what it shows.
  text = rewrite(text, /\b(iot|network)(?: devices)? tab (?:says|shows|lists|reads|displays|has|is at|is)\s?(\d[\d,]{0,15})\b(?![.,]?\d| ?k\b| devices| (?:iot|network)(?! tab\b)| ?(?:thousand|hundred|million)\b)/g, '$2 $1 devices');
  // "4 sites, each has 150 IoT devices and 40 network devices": both per-site counts multiply out.
  text = rewrite(text, PLACES_EACH_HAVE_SPLIT,
    (_m, units: string, a: string, nounA: string, b: string, nounB: string) => `${Number(units) * Number(a)} ${nounA} and ${Number(units) * Number(b)} ${nounB}`,
  );
  // "do I round 1,234 up to 1300?": the user's device count, and the rounding asked about.
  text = rewrite(text, /\bround (\d[\d,]{0,15}) up to (\d[\d,]{0,15})\b(?! (?:devices|e5|me5|licen))/g, 'round $1 devices up to a hundred');
  // "The upgrade to E5 isn't approved until next year": a plan not held (yet), not an E5 customer.
  text = rewrite(text, /\b(?:the |an |our )?(?:upgrade|upgrading|move|moving|migration|migrating|switch) to (?:m365 |microsoft 365 )?e5\b(?! security)(?=[^.?!\d]{0,40}\b(?:isn'?t|is not|not yet|hasn'?t been|won'?t be|not been|until|pending|unlikely|denied|rejected|on hold)\b)/g, 'a plan change');
  // "does E5 Security give the same 5 devs as M365 E5": the allowance compared, not a count.
  text = rewrite(text, /\bthe same (?:5|five) (?:iot |eiot )?dev(?:ice)?s\b/g, 'the same allowance');
  // "ME5 5-devices thing", "the 5 devices per licence rule": the rule's 5, not a count.
  text = rewrite(text, /\b(?:5|five)[- ]devices?(?= (?:thing|rule|allowance|benefit|entitlement|grant|limit|per (?:licen[cs]e|license|seat|user))\b)/g, 'device-allowance');
  // "is the add-on one licence per device?": the licensing unit, not one licence owned.
  text = rewrite(text, /\b(?:one|1|a single) (licen[cs]e|license) (per|for each|for every|covers one) device\b/g, 'a $1 $2 device');
  // "cost us to cover 340 extra devices": the devices to be bought, not the inventory.
  text = rewrite(text, /\b(cover|covering|licen[cs]e|license|for) (?:an? )?(?:extra|additional|further|more) (\d[\d,]{0,15}) dev(?:ice)?s\b|\b(cover|covering|licen[cs]e|license|for) (\d[\d,]{0,15}) (?:extra|additional|more|further) dev(?:ice)?s\b/g, (_m, v1?: string, _a?: string, v2?: string) => `${v1 ?? v2} the extra devices`);
  // "E5 seats: 75 (some of them are E5 Security)": both kinds cover five devices, so the split changes nothing.
  text = rewrite(text, /\(?(?:some|a few|part|several|most|a handful) of (?:them|those|these|which) (?:are|is) (?:e5 security|m365 e5|microsoft 365 e5|me5|e5)(?: licen[cs]es| licenses| seats)?\)?/g, ' ');
  // "So we buy 5000?": the user's guess at the answer, not a figure of theirs.
  text = rewrite(text, /\bso (?:we|i) (?:just )?(?:buy|need|purchase|order|get) (\d[\d,]{0,15})\s?\?/g, 'so we buy that many?');
  // "estimate for eIoT: 700-800 devices": "eIoT:" names the topic, not standalone licences.
  text = rewrite(text, /\b(estimate|quote|calc|calculation|numbers?|figures?|sizing|count) for (?:eiot|enterprise iot):/g, '$1:');
  // "1,000 E5 seats but they're being cut to 600 next month": two figures, the user must say which counts.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: seats| licen[cs]es| licenses)?),? but (?:they'?re|they are|it'?s|that'?s|those are) (?:being|going to be|getting|to be|about to be) (?:cut|reduced|dropped|lowered|increased|raised|bumped|trimmed) (?:down |up )?to (\d[\d,]{0,15})/g, '$1 to $3 $2');
  // "we have 300 E5, or is it 3000?", "300 E5 - actually maybe 350, not sure", "50 E5, or 80, the invoices don't
  // agree", "120 E5... or 210, the reseller invoice and admin center show different number": two figures, neither settled.
  text = rewrite(text, /(?<!= ?)\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: seats| licen[cs]es| licenses)?|(?:iot |network )?devices)(?:,|:|\.{2,}|…|\?+| -| –)? (?:wait,? |hmm,? |hold on,? )?(?:or is it|or was it|or maybe|sorry,? maybe|sorry,? no,? maybe|actually,? wait,? maybe|[-–—] actually maybe|actually maybe|(?:[-–—] )?actually (?:it )?(?:might|may|could) be|maybe|perhaps|possibly|or possibly|no,|no|sorry,?|or) (\d[\d,]{0,15})\b(?=\s?\?|[^.?!]{0,12}\b(?:not sure|unsure|checking|to confirm|tbc|let me check|i'?ll check|need to check|can'?t read|cannot read|isn'?t sure|isnt sure|aren'?t sure)\b|[^.?!]{0,50}\b(?:(?:don'?t|do not) (?:agree|match)|disagree|(?:show|shows|give|gives|have|has) (?:a )?different (?:numbers?|figures?))\b)/g, '$1 to $3 $2');
  // "iot tab 2200ish maybe 2400 not sure yet": a tab's figure, not settled.
  text = rewrite(text, /\b(iot|network)(?: devices)?(?: tab)?:? (\d[\d,]{0,15})(?:-?ish)?,? (?:or maybe|maybe|perhaps|possibly|or is it) (\d[\d,]{0,15})(?:-?ish)?\b(?=\s?\?|[^.?!]{0,12}\b(?:not sure|unsure|checking|to confirm|tbc)\b)/g, '$2 to $3 $1 devices');
  // "terminal 2 has twelve hundred devices": an airport terminal's number is a name.
  text = rewrite(text, /(?<!\b(?:pos|payment|card|handheld|self-service|check-in|ticket|kiosk) )\bterminal (\d{1,2})(?= (?:has|have|had|is|was)\b|'s\b)/g, 'terminal number');
  // "120 x 3 network devices": a count per place times the places.
  text = rewrite(text, /(?<![\d,.])\b(\d{1,4}) ?[x×*] ?(\d{1,5}) ((?:iot |network )?devices)\b(?! each\b)/g, (_m, a: string, b: string, noun: string) => `${Number(a) * Number(b)} ${noun}`);
  // "each store has 6 cameras, 2 printers, 1 router. 50 stores.": the list per place, then the places.
  text = rewrite(text, EACH_UNIT_LIST_THEN_UNITS, (_m, _unit: string, list: string, places: string) =>
    // "1 badge reader" per branch is 45 badge readers: the noun goes plural with the product.
    list.replace(/\b(\d{1,4}) ([a-z][a-z -]*?)(?=, | and |, and |$)/g, (_n, k: string, noun: string) => `${Number(k) * Number(places)} ${k === '1' ? pluralNoun(noun) : noun}`) + '.',
  );
  // "3 hundred and fifty": a digit before a number word is that word ("three hundred and fifty").
  text = rewrite(text, /\b([1-9]) (hundred|thousand)(?= and [a-z]| [a-z]+ty\b| (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/g, (_m, d: string, w: string) => `${DIGIT_WORDS[Number(d)]} ${w}`);
  // "IoT per site: 150 / 210 / 95": one figure per place, summed.
  text = rewrite(text, /\b((?:iot|network)(?: devices)?|devices)(?: tab)? (?:per|by|for each|at each) (?:site|store|office|building|location|branch|campus|school|hospital|clinic|plant|floor|venue|museum|warehouse)s?:? ((?:\d[\d,]{0,15} ?[/|] ?){1,11}\d[\d,]{0,15}|(?:\d{1,5}, ){1,11}\d{1,5})\b(?! ?[/|]|,\d)/g, (_m, noun: string, list: string) =>
    `${list.split(/ ?[/|] ?|, /).reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0)} ${noun.endsWith('devices') ? noun : `${noun} devices`}`,
  );
  // "our 3 coworking sites? network: 54 / 61 / 48, IoT: 120 / 133 / 97": one figure per place, as many as the places.
  const placeCount = /\d ?\/ ?\d/.test(text) ? PLACES_COUNTED.exec(text) : null;
  if (placeCount) {
    const count = placeCount[1] as string;
    const places = /\d/.test(count) ? Number(count) : SMALL_NUMBER_WORDS.indexOf(count);
    // ("3 sites, IoT 410 / 377 / 295, network 88 / 70 / 51": the colon may be left out.)
    text = rewrite(text, /\b((?:iot|network)(?: devices)?)(?: tab)?\s?[:=]?\s?((?:\d[\d,]{0,15} ?\/ ?){1,11}\d[\d,]{0,15})\b(?! ?\/)/g, (whole, noun: string, list: string) => {
      const values = list.split(/ ?\/ ?/);
      return values.length === places ? `${values.reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0)} ${noun.endsWith('devices') ? noun : `${noun} devices`}` : whole;
    });
  }
  // "network 140 / iot 480 / phones 600", "12 network devices, 300 phones": beside tab figures and no device kinds, plain
  // phones are mobiles.
  if (!DEVICE_KINDS_LISTED.test(text) && /(?<![\d,])\d[\d,]* (?:iot|network)\b|\b(?:iot|network)(?: devices)?\s?[:=x]?\s?\d/.test(text) && !/\b(?:voip|desk|ip|sip|teams|conference|cisco|polycom|yealink|avaya) ?phones?\b/.test(text)) {
    text = rewrite(text, /(?<!mobile )\bphones(?=\s?[:=x]?\s?\d)|(?<=\d[\d,]* )phones\b/g, 'mobile phones');
  }
  // "computers 6,000. phones 1,900", "3000 laptops and 500 phones": next to computers, plain phones are mobiles.
  if (!/\bcomputers? ?(?:&|and|\+|\/) ?mobiles?\b|\b(?:voip|desk|ip|sip|teams|conference|cisco|polycom|yealink|avaya) ?phones?\b|\bphones? \((?:voip|desk|ip|sip)\)/.test(text)) {
    text = rewrite(text, PHONES_BESIDE_COMPUTERS, (m) => m.replace(/\bphones\b/, 'mobile phones'));
    if (!DEVICE_KINDS_LISTED.test(text)) text = rewrite(text, PHONES_BELOW_COMPUTERS, (m) => m.replace(/\bphones\b/, 'mobile phones'));
  }
  // "hey quick one - inventory shows ...": a quick question, not one device.
  text = rewrite(text, /\bquick one\b/g, 'quick question');
  // "1 E5 licence per user, 220 users": the plan's unit, then the users who hold it.
  text = rewrite(text, /\b(?:1|one|an?) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))(?: licen[cs]e| license| seat)? (?:per|for each|for every) (?:user|person|employee|head),? (\d[\d,]{0,15}) (?:users|people|employees|staff|heads)\b/g, '$1 for $2 users');
  // "E5 = 5 devices, right?": the rule restated, not 5 devices.
  text = rewrite(text, /(?<![\d,] )(?<!\d)\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security))(?: licen[cs]e| license| seat)? ?(?:=|equals) ?(?:5|five) (?:iot |eiot )?devices\b/g, 'each $1 licence covers its devices');
  // "629 ME5 — sorry, 579 ME5, not 629": the corrected figure, and the old one not counted again.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)|(?:iot |network )?devices) ?[-–—,;]? ?(?:sorry|oops|correction|i mean|my bad),? (\d[\d,]{0,15}) \2,? not \1\b/g, '$3 $2');
  // "i think we have 250 e5 but finance says 275": the user's figure doubted by another source.
  text = rewrite(text, /\b(?:i think|we think|i believe|i reckon|apparently|supposedly)\b([^.?!\d]{0,30}?)(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: seats| licen[cs]es| licenses)?|(?:iot |network )?devices),? but ([a-z]+(?: [a-z]+)?) (?:says|say|thinks|reckons|counts|shows|has) (?:it'?s |we have |there are )?(\d[\d,]{0,15})\b/g, 'we have$1$2 to $5 $3 by $4');
  // "3 sites. per site ~40 iot devices, 10 network devices", "5 faculties. Each faculty has 80 IoT devices and 20
  // network devices": each split times the places, for any place noun (the plural names the same thing as the singular).
  text = rewrite(text, /\b(\d{1,4}) ([a-z]+)\b([^.?!\d]{0,20})[.;,:] (?:each|every|per) ([a-z]+),? (?:has |have |with )?(?:~ ?|about |around |roughly |approx\.? |exactly )?(\d{1,5}) ((?:iot |network )?devices)(?:,| and|, and) (?:~ ?|about |around |roughly )?(\d{1,5}) ((?:iot |network )?devices)\b/g, (whole, n: string, plural: string, between: string, singular: string, a: string, kindA: string, b: string, kindB: string) => {
    const stem = singular.replace(/y$/, '');
    if (!plural.startsWith(stem) || plural === singular || !/(?:s|es|ies)$/.test(plural)) return whole;
    return `${n} ${plural}${between}: ${Number(n) * Number(a)} ${kindA} and ${Number(n) * Number(b)} ${kindB}`;
  });
  // "we counted 388 things on the IoT tab ... plus 141 switches and APs on Network devices": a tab's figure.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:(?!(?:devices?|million|thousand|hundred|of)\b)[a-z&]+ ){0,4}?(?:on|in|under) (?:the )?(iot|network) (?:devices(?: tab)?|tab)\b/g, '$1 $2 devices');
  // "ski side has 1,130 (gates, cameras, kiosks)": a count whose kinds are listed in brackets is a device count.
  text = rewrite(text, /\b(has|have|is|are|with|plus|and) (\d[\d,]{0,15}) \(((?:[a-z][a-z -]{0,25}, ){1,6}(?:and )?[a-z][a-z -]{0,25})\)/g, (whole, verb: string, n: string, kinds: string, at: number, all: string) => {
    if (!DEVICE_KINDS_LISTED.test(kinds) || /\b(?:laptops?|computers?|pcs|phones?|mobiles?|users?|staff|e5|licen)/.test(kinds)) return whole;
    // "hotel side has 850 iot devices (...), ski side has 1,130 (...)": the same kind as the count before it.
    const kind = /\d iot devices\b[^.?!]*$/.test(all.slice(Math.max(0, at - 120), at)) ? 'iot devices' : 'devices';
    return `${verb} ${n} ${kind} (${kinds})`;
  });
  // "38 network devices (switches, Wi-Fi APs, two firewalls)": what the figure holds, not more devices.
  text = rewrite(text, /\b(\d[\d,]{0,15} (?:iot |network )?devices) \(([^()\d]{3,80})\)/g, (whole, figure: string, inside: string) =>
    /,/.test(inside) ? `${figure} (${inside.replace(/\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, 'some')})` : whole,
  );
  // "Computers & Mobile (includes 140 servers): 2,200", "Computers & Mobile 1,600 (including 300 Surface tablets)":
  // what that tab holds, already inside its figure.
  text = rewrite(text, /\b(computers? (?:&|and) mobiles?(?: devices)?(?: tab)?(?::? \d[\d,]{0,15})?) \((?:includes?|including|incl\.?|with) \d[\d,]{0,15} [a-z][^()]{0,60}\)/g, '$1');
  // "E5 Security for the lab informatics team: 25": the plan's count, given after the team it is for.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)) for (?:the |our )?(?:[a-z-]+ ){1,3}team:? (\d[\d,]{0,15})\b(?![.,]\d| ?(?:devices|users|people|staff))/g, '$2 $1');
  // "wait, I forgot the 25 door controllers. So 365 devices with 65 E5?": the new total already holds them.
  text = rewrite(text, /\bforgot (?:about |to add |to count )?(?:the |our )?\d[\d,]{0,15} [a-z][a-z -]{0,30}?[.,;!]\s?(?:so|that makes|making it|which makes) (?:it |that )?(\d[\d,]{0,15}) devices\b/g, 'forgot some. so $1 devices');
  // "860 handheld scanners (Android, they show under Computers & Mobile)": on that tab, so not counted.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z-]+ ){0,3}(?!devices\b)[a-z-]+ \([^()]{0,40}\b(?:they|these|those|all) (?:all )?(?:show|are|sit|are listed|appear|count|are counted)(?: up)? (?:under|in|on|as) (?:the )?computers? (?:&|and) mobiles?(?: tab)?\b[^()]{0,20}\)/g, '$1 computers & mobile');
  // "615 lift/hotel iot + 44 network": each tab's figure, with words describing the first.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z]+\/[a-z]+ |[a-z]+ ){1,2}(iot|network)(?: devices)? ?\+ ?(\d[\d,]{0,15}) (iot|network)\b/g, (whole, a: string, tabA: string, b: string, tabB: string) => (tabA === tabB ? whole : `${a} ${tabA} devices and ${b} ${tabB}`));
  // "1.5k devices on the iot tab and 0.2k network": that tab's figure.
  text = rewrite(text, /\b(\d[\d,]{0,15}(?:\.\d+)?k?) devices (?:on|in|under) (?:the )?(iot|network)(?: devices)? tab\b(?! ?(?:and|\+|&|\/) ?(?:the )?(?:iot|network))/g, '$1 $2 devices');
  // "Net devs: 143 | IoT devs: 1,287": the tabs.
  text = rewrite(text, /\b(net(?:work)?|iot) devs?\b(?:\.(?= \d))?/g, (_m, tab: string) => `${tab === 'iot' ? 'iot' : 'network'} devices`);
  // "the IoT tab says 2.4k devices": that tab's figure.
  text = rewrite(text, /\b(iot|network)(?: devices)? tab (?:says|shows|lists|reads|displays|has|is at|is)\s?(\d[\d,.]*\s?k) devices\b/g, '$2 $1 devices');
  // "IoT + network: 890 (IoT alone is 640)": a part of the total just given, not another count.
  text = rewrite(text, /(\d) ?\((?:the )?(?:iot|network)(?: devices)?(?: tab)? (?:alone|only|on its own|by itself)(?: is| =|:)? ?(?:~ ?|about |around )?\d[\d,]{0,15}\)/g, '$1');
  // "IoT = 290 (incl. 40 enclosure cams)": a part of the figure just given. Laptops, phones or inactive devices named
  // there are a part that comes out, read later.
  text = rewrite(text, /(\d) ?\((?:including|of which|of them|of those) (?:~ ?|about |around )?\d[\d,]{0,15} ([^()\d]{1,40})\)/g, (whole, digit: string, what: string) =>
    /\b(?:laptops?|computers?|pcs?|desktops?|phones?|mobiles?|tablets?|servers?|workstations?|endpoints?|inactive|stale|dormant|offline|multicast|broadcast|c&m|excluded|not counted|licen|e5|e3|seats?|users?)\b/.test(what) ? whole : digit,
  );
  // "3,260 (network + IoT combined)": the two tabs together.
  text = rewrite(text, /(\d[\d,]{0,15}) \((?:network ?(?:\+|and|&) ?iot|iot ?(?:\+|and|&) ?network)(?: devices)?(?: combined| together| total| tabs)?\)/g, '$1 devices');
  // "Our 2021 audit found 600 devices, but the current Defender portal shows ...": the clause of today stands apart.
  text = rewrite(text, /,? but (?=(?:the |our )?(?:[a-z]+ ){0,3}(?:current|currently|latest|today'?s?|now)\b)/g, '. but ');
  // "Last year we had 35 E5 licences, but after the restructure we're down to 28": the figure now.
  text = rewrite(text, /\b(?:last year|previously|before|in (?:19|20)\d\d),? (?:we|i) had (\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats)?|(?:iot |network )?devices)\b([^.?!\d]{0,60}?)\b(?:we'?re|we are|it'?s|it is|we have|we'?ve) (?:now )?(?:down|up|dropped|grown|gone down|gone up|reduced|cut|shrunk) to (\d[\d,]{0,15})\b(?!\d|[,.]\d| ?[a-z%])/g, (_m, _old: string, noun: string, between: string, now: string) => `now have ${now} ${noun}${between.replace(/,? but\b/, '')}`);
  // "We went from 401 E5 licences last year to 324 at the April renewal": the figure now.
  text = rewrite(text, /\bwent from (\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats| l[a-z]{5,8})?|(?:iot |network )?devices)(?: (?:last year|in \d{4}|before|previously|at the (?:last|previous) renewal))? to (\d[\d,]{0,15})\b/g, 'now have $3 $2 (previously a different figure)');
  // (Not a sentence saying licences were bought then: "... and we bought 100 standalone eIoT licences from that quote".)
  // "Last year's count (ticket X) was 2,367 devices, but that was before ...", "In the 2023 audit we reported 1,535 IoT
  // devices": an older figure, dropped when the message also gives today's. A sentence with a ';' is left whole: its
  // second clause may hold today's figure ("we had 368 E5; after the true-up it's 333").
  if (/(?:(?<![\d,])\d[\d,]*|\b(?:hundred|thousand|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:[- ][a-z]+)?)) (?:iot|network)(?: devices)?\b|\b(?:iot|network)(?: devices)?(?: tab)?\s?[:=-]?\s?\d/.test(text)) {
    text = rewrite(text, /(?<=^|[.!?]\s|\n)(?![^.!?\n]*\b(?:now|today|current|currently|last night|this morning|latest)\b(?! (?:out of date|outdated|stale|wrong|obsolete)))(?![^.!?\n]*;)(?![^.!?\n]*\b(?:we|i) (?:already )?(?:bought|purchased|buy|purchase) \d[\d,]* (?:standalone|eiot|add-?on|defender for iot)\b)[^.!?\n]*\b(?:true-?up|quoted for|previous provider|(?:19|20)\d\d|last (?:year|season|quarter|winter|summer|spring|autumn|month|term|week)(?:'s)?)\b[^.!?\n]*\b(?:listed|said|showed|counted|came to|reported|had|found|quoted|recorded|logged|estimated|assumed|planned for|budgeted for|(?:count|figure|total|number)(?: [a-z]+){0,3} was|it was)\b[^.!?\n]*\d[^.!?\n]*[.!?]?/g, ' ');
    // "Auditors found 520 devices last year.": the same, with the date after the figure.
    text = rewrite(text, /(?<=^|[.!?]\s|\n)(?![^.!?\n]*\b(?:now|today|current|currently|licen[cs]es?|licenses?)\b)(?![^.!?\n]*;)(?=[^.!?\n]*\bdevices?\b)[^.!?\n]*\b(?:found|counted|reported|listed|recorded)\b[^.!?\n]*\d[^.!?\n]*\b(?:last year|last season|a year ago|in (?:19|20)\d\d)\b[^.!?\n]*[.!?]?/g, ' ');
  }
  if (/\b(?:today|currently|current inventory|the current|now (?:shows|says|is|we have)|at the moment|as of today|the portal (?:says|shows)|the inventory (?:says|shows)|tab (?:shows|says|is at)|is at \d|out of date|outdated|stale|no longer (?:right|accurate|valid)|before the new)|(?<![\d,])\d[\d,]* (?:iot|network) devices\b|\b(?:iot|network)(?: devices)?(?: tab)?\s?[:=-]?\s?\d/.test(text)) {
    text = rewrite(text, /(?<=^|[.!?;]\s|\n)(?![^.!?;\n]*\b(?:last night|this morning|finished the (?:device )?count)\b)[^.!?;\n]*\b(?:last year'?s (?:[a-z]+ ){0,2}(?:count|audit|figure|number|inventory|total|sheet|spreadsheet|report|export)|(?:in )?(?:the |our )?(?:\d{4} |last |previous |old )(?:year'?s )?(?:asset |device |hardware |it )?(?:audit|count|inventory|survey|review)s? (?:we )?(?:reported|said|counted|found|showed|had|was)|last year'?s audit|(?:the )?(?:last|previous|old) (?:audit|count) (?:said|reported|showed|found)|(?:we |i )?(?:audited|counted|surveyed|inventoried) (?:it |them |everything )?(?:last year|a year ago|in (?:19|20)\d\d)|(?:spreadsheet|sheet|report|export|count|audit|list|inventory) from (?:last (?:year|summer|spring|autumn|winter|quarter)|a year ago|(?:19|20)\d\d) (?:said|showed|had|listed|put|gave)|(?:old |older )?(?:spreadsheet|sheet|report|export|list) from the (?:year |\d{4} )?(?:audit|count|survey) (?:said|says|showed|shows|had|has|listed|lists)|before (?:the|our) (?:[a-z]+ ){0,2}(?:opening|refit|expansion|move|migration|merger|clean-?up|launch),? (?:we|i|the [a-z ]{1,30}?) had|(?:the |an? )?(?:external |internal |last |previous )?audit in (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:said|found|showed|reported|counted)|(?:we |i )?(?:did|ran|took|made) (?:a|an|the|our) (?:device |asset )?(?:count|audit|inventory|survey) (?:last (?:year|quarter|month|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)|a year ago|in (?:19|20)\d\d))\b[^.!?;\n]*[.!?;]?/g, ' ');
  }
  // "the previous quote (from 2023) was for 500 devices but the studio has grown", "The 2022 internal audit put our IoT
  // estate at roughly 1,200 devices, but that is well out of date": an older document's device figure, dropped when
  // another sentence gives the tabs' figures of today.
  if (OLDER_DOCUMENT.test(text)) text = withoutOlderDocumentFigures(text);
  // "a spreadsheet from 2022 that says 'IoT: 210' but the Defender portal now shows ...": the older document's figure.
  text = rewrite(text, /\b((?:spreadsheet|sheet|report|export|list|audit|cmdb|register|document)\b[^.?!]{0,40}?\b(?:says|said|shows|showed|lists|listed|has|had)\b[^.?!\d]{0,25}?)\d[\d,]{0,15}(?=(?:[^.?!]|\.(?= but\b)){0,42}\bbut (?:the |our )?(?:defender|portal|inventory|device inventory|dashboard)\b[^.?!]{0,20}\b(?:now )?(?:shows|says|lists|has|is)\b)/g, '$1some');
  // "IoT 212, network 46 (the audit had 260 IoT before the clean-up)": an older figure in brackets beside today's.
  text = rewrite(text, / ?\((?:the |our |an? |last year'?s )?(?:audit|count|inventory|survey|spreadsheet|report|export)\b[^()\d]{0,30}\d[^()]{0,40}\b(?:before|last (?:year|month|quarter)|previously|earlier|in (?:19|20)\d\d)\b[^()]*\)/g, '');
  // "3,620 devices. Actually 3,620 includes computers. Without computers it's 3,150": the figure without them.
  text = rewrite(text, /(?:,|\.|\(|;|\band)? ?\(?(?:without|excluding|not counting|minus|less|leaving out) (?:the )?(?:computers|laptops|pcs|endpoints|workstations)(?: (?:and|&) (?:phones|mobiles))?,? (?:it'?s |that'?s |it is |that is |we have |there are |we'?re at |= ?|: ?)?(?:~ ?|about |around |roughly )?(\d[\d,]{0,15})\b(?![.,]\d| ?(?:m?e5|e3|licen|lics?\b|seats?\b|users?\b|staff\b|people\b|%|k\b))\)?/g, (whole, net: string, at: number) => {
    const value = Number(net.replace(/,/g, ''));
    const before = text.slice(0, at);
    const stated = [...before.matchAll(/\b(\d[\d,]{0,15}) devices\b/g)].find((m) => Number(m[1]!.replace(/,/g, '')) > value);
    return stated ? ` (${net} countable devices)` : whole;
  });
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices\b([^\d]{0,12}?), (\d[\d,]{0,15}) (?:devices )?(?:without|excluding|not counting|leaving out) (?:the )?(?:computers|laptops|pcs|endpoints|workstations)\b/g, (whole, all: string, between: string, net: string) =>
    Number(all.replace(/,/g, '')) > Number(net.replace(/,/g, '')) ? `${all} devices${between} (${net} countable devices)` : whole,
  );
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices\b([^]*?)(?:[.,;]? ?(?:actually |hold on,? |wait,? )*\1 (?:includes|contains|counts|is with|is including) (?:the )?(?:computers|laptops|pcs|endpoints|workstations)[^.?!\n]*[.?!]?)?([^]*?) \((\d[\d,]{0,15}) countable devices\)/g, '$4 devices$2$3');
  // "the March audit said 1,050 devices; the portal today shows network 280 and IoT 820": the dated audit's figure
  // gives way to today's (only that clause goes).
  if (/\b(?:today|now|currently|at the moment)\b/.test(text)) {
    text = rewrite(text, /\b(?:the |our )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|q[1-4]|last|previous|old|earlier|(?:19|20)\d\d)(?:'s)? (?:asset |device )?(?:audit|count|survey|inventory|review) (?:said|says|reported|showed|found|counted|came to|was|gave) (?:roughly |about |around |~ ?)?\d[\d,]{0,15} (?:iot |network )?devices\b[^;.!?\n]*[;,]?/g, ' ');
  }
  // "My colleague counted 2,636 network+IoT devices, the portal dashboard says 3,090": two counts, neither chosen.
  text = rewrite(text, /\b(?:my |a )?(?:colleague|co-?worker|teammate|manager|boss) (?:counted|says|said|reckons|thinks|got) (\d[\d,]{0,15}) ((?:network ?(?:\+|and|&) ?iot |iot ?(?:\+|and|&) ?network |iot |network )?devices),? (?:but |while |whereas |and )?(?:the )?([a-z]+(?: [a-z]+)?) (?:says|shows|lists|reports) (\d[\d,]{0,15})\b/g, '$1 to $4 $2 (the $3 differs)');
  text = rewrite(text, /\b([a-z]+(?: [a-z]+)?) (?:says|shows|lists) (\d[\d,]{0,15}) ((?:network |iot )?devices),? but (?:my |a )?(?:colleague|co-?worker|teammate)\b[^.?!\d]{0,40}?\b(?:counted|says|said|got) (\d[\d,]{0,15})\b/g, '$2 to $4 $3 ($1 and a colleague differ)');
  // "energy utility (office IT only)": the sender's sector, set aside; the question is about office IT.
  text = rewrite(text, /\b(?:(?:energy|gas|water|electricity|power) )?(?:utility|utilities)(?: company)?,? \((?:office|corporate) it(?: only)?\)/g, 'organisation (office it)');
  // "Network devices 310 (this includes our core switches)": a note on what a figure holds, with no figure of its own.
  text = rewrite(text, /\((?:this |that |it |which )?(?:includes?|including|incl\.?)\b[^()\d]{0,60}\)/g, ' ');
  // "Computers & Mobile 7,300 (incl. 410 servers)": what that tab holds, not something to take out of the others.
  text = rewrite(text, /\b(computers (?:&|and) mobiles?(?: tab)?:? \d[\d,]{0,15}) \((?:incl\.?|including|includes|inc\.?) \d[\d,]{0,15} [a-z]+\)/g, '$1');
  // "plus 220 servers on Computers & Mobile": a count on that tab, beside the others, not inside them.
  text = rewrite(text, /\b(?:plus|and|with) (\d[\d,]{0,15}) (?:servers|laptops|workstations|pcs|phones|mobiles|endpoints) (?:on|in|under) (?:the )?computers (?:&|and) mobiles?(?: tab)?\b/g, 'and $1 computers & mobile');
  // "the Computers & Mobile tab shows roughly 3,000 entries": that tab's count.
  text = rewrite(text, /\bcomputers (?:&|and) mobiles?(?: tab)? (?:shows|says|lists|has|is at|sits at) (?:roughly |about |around |~ ?)?(\d[\d,]{0,15}) (?:entries|items|rows|records|devices|things)\b/g, '$1 computers & mobile');
  // "IoT tab shows 700 devices. Hmm, the network team's report says 950 for the same tab, not sure which is right".
  text = rewrite(text, /\b(iot|network)(?: devices)? tab (?:says|shows|lists|is at|has) (\d[\d,]{0,15})(?: devices)?([^\d]{0,80}?) (?:says|shows|lists|has|gives) (\d[\d,]{0,15}) for the same tab(?=[^.?!]{0,25}\b(?:not sure|unsure|no idea|don'?t know|can'?t tell) which\b)/g, '$2 to $4 $1 devices$3 differs');
  // "Marco says the IoT tab shows 540 devices, Siobhan says 610": two people's readings, neither chosen.
  text = rewrite(text, /\b([a-z]+) (?:says|said|counted|reckons) (?:the |it'?s |there are |the (?:iot|network)(?: devices)? tab (?:shows|says|has|lists) )?(\d(?:[\d,]{0,14}\d)?) ((?:iot |network )?devices),? (?:but |and |while |whereas )?([a-z]+) (?:says|said|counted|reckons) (\d(?:[\d,]{0,14}\d)?)\b(?!\d|[,.]\d| ?[a-z%])/g, '$2 to $5 $3 ($1 and $4 differ)');
  // "customer said 700 IoT devices on the call but the export they sent me shows 760": two readings, neither chosen.
  text = rewrite(text, /\b(?:customer|client|they|he|she|[a-z]+) (?:said|told me|told us|mentioned|reckoned) (\d[\d,]{0,15}) ((?:iot |network )?devices)([^.?!\d]{0,30}?),? but (?:the |their |our )?([a-z]+(?: [a-z]+){0,4}) (?:shows|says|lists|has|gives) (\d(?:[\d,]{0,14}\d)?)\b(?!\d|[,.]\d| ?[a-z%])/g, '$1 to $5 $2 ($4 differs)');
  // "We have 450 devices... although the IoT tab says 520 and network 60 so idk": a total its tabs disagree with.
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices[.…:,]{0,3} ?(?:although|but|however|though),? (?:the )?(?:(?:iot|network)(?: devices)?(?: tab)? (?:says|shows|has) (\d[\d,]{0,15})|(\d[\d,]{0,15}) (?:iot|network) devices)(?: and (?:the )?(?:network|iot)(?: devices)?(?: tab)? (\d[\d,]{0,15}))?\b(?=[^.?!]{0,20}\b(?:idk|not sure|no idea|don'?t know|unsure)\b)/g, (whole, all: string, a1: string | undefined, a2: string | undefined, b: string | undefined) => {
    const parts = Number((a1 ?? a2 ?? '0').replace(/,/g, '')) + Number((b ?? '0').replace(/,/g, ''));
    const total = Number(all.replace(/,/g, ''));
    return parts === total ? whole : `${Math.min(total, parts)} to ${Math.max(total, parts)} devices`;
  });
  // "Two sources disagree ... the inventory shows 804 IoT devices, but the CSV export my colleague pulled has 861 IoT rows".
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:iot |network )?devices),? but (?:the |our |my )?[a-z][a-z ]{0,50}? (?:has|shows|says|lists|gives) (\d(?:[\d,]{0,14}\d)?) (?:iot |network )?(?:rows|entries|devices|items|lines)\b/g, (whole, a: string, noun: string, b: string) =>
    /\b(?:disagree|not sure which|don'?t know which|no idea which|which (?:one )?is right)\b/.test(text) ? `${a} to ${b} ${noun}` : whole,
  );
  // "procurement said we have 600 E5, and then on Wednesday a different person said it's 650. Nobody has corrected
  // either": two licence counts, neither chosen.
  text = rewrite(text, /\b(\d(?:[\d,]{0,14}\d)?) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))\b([^.?!\d]{0,20}?[,.;]? (?:and )?(?:then )?[^.?!\d]{0,60}?\b(?:said|says|told us|reckons|claims|wrote) (?:it'?s|it is|we have|there are|we own) )(\d(?:[\d,]{0,14}\d)?)\b(?=[^?!]{0,80}\b(?:(?:nobody|no one) has corrected|not sure which|don'?t know which|which (?:one )?is right|neither (?:has been|was) corrected)\b)/g, '$1 to $4 $2');
  // "IoT devices 780, but my colleague Jess swears the IoT tab said 870": two readings, neither chosen.
  text = rewrite(text, /\b(iot|network)(?: devices)?(?: tab)?:? (\d(?:[\d,]{0,14}\d)?),? but (?:my |a |our |the )?(?:colleague|co-?worker|teammate|boss|manager)(?: [a-z]+)? (?:swears|insists|says|said|thinks|reckons|is sure|is certain)\b[^.?!\d]{0,40}?\b(\d(?:[\d,]{0,14}\d)?)\b(?![.,]\d| ?(?:m?e5|licen|%))/g, '$2 to $3 $1 devices');
  // "612 IoT devices, well actually my colleague says 640", "730 network devices... actually Tom says 370?": two
  // readings (a person named only by name counts when the figure is asked as a question).
  text = rewrite(text, /\b(\d(?:[\d,]{0,14}\d)?) (iot|network) devices(?:,|:|\.{2,3}|…)? (?:(?:well,? )?actually|no wait|wait),? (?:(?:my |a |the )?(?:colleague|co-?worker|teammate|boss|manager)\b[^.?!\d]{0,20}?\b|(?=[a-z]+ (?:says|said|thinks|reckons|counted|got) \d[\d,]*\s?\?)[a-z]+ )(?:says|say|said|counted|got|reckons|thinks)(?: it'?s| it is| there are)? (\d(?:[\d,]{0,14}\d)?)\b/g, '$1 to $3 $2 devices');
  text = rewrite(text, /\b(iot|network)(?: devices)?(?: tab)? (?:showed|shows|says|said|had|has) (?:~ ?|about |around )?(\d(?:[\d,]{0,14}\d)?),? (?:well,? )?actually,? (?:my |a |the )?(?:colleague|co-?worker|teammate|boss|manager)\b[^.?!\d]{0,20}?\b(?:says|said|counted|got|reckons|thinks)(?: it'?s| there are)? (\d(?:[\d,]{0,14}\d)?)\b/g, '$2 to $3 $1 devices');
  // "We have 300 E5 ... finance says 300, IT says 350": two sources disagree about the figure named before.
  text = rewrite(text, /\b([a-z]+(?: [a-z]+)?) says (\d(?:[\d,]{0,14}\d)?),? (?:and |but |while |whereas )?([a-z]+(?: [a-z]+)?) says (\d(?:[\d,]{0,14}\d)?)\b(?!\d|[,.]\d| ?[a-z%])/g, (whole, a: string, x: string, b: string, y: string, at: number) => {
    if (x === y) return whole;
    const named = [...text.slice(0, at).matchAll(/\b\d[\d,]{0,15} ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)|(?:iot |network )?devices)\b/g)].pop();
    return named ? `${x} to ${y} ${named[1]} (${a} and ${b} differ)` : whole;
  });
  // "overwhelming the two-person security team": the team's size, not users on a plan (unless the sentence names
  // one: "our 45-person SOC has E5 Security").
  text = rewrite(text, /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:person|people|man|woman|strong)(?= (?:[a-z]+ )?(?:team|department|crew)\b)(?![^.!?]*\b(?:m?e5|e3|business premium|licen[cs]es?|licenses?|seats?)\b)/g, 'small');
  // "a toy manufacturer (office IT, not the factory)": the factory is set aside, the question is about office IT.
  text = rewrite(text, /\(?\b(office it|the office|corporate it|office side),? not (?:the )?(?:factory|factories|plant|plants|shop floor|production(?: side| floor| lines?)?|ot)\)?/g, '$1');
  // "143 IoT devices (the venue CCTV alone is about half of that)": a part of the figure just given, not more devices.
  text = rewrite(text, /(\bdevices) \((?:the |our )?[a-z][a-z ]{0,30}? alone (?:is|are|makes up|make up|accounts? for) (?![^()]*\b(?:laptops|computers|pcs|phones|mobiles|servers|workstations)\b)[^()]{1,40}\)/g, '$1');
  // "Back in April we decommissioned about a hundred old fridge monitors": devices gone, not an inventory (a
  // sentence that also gives a device figure keeps its arithmetic).
  text = rewrite(text, /(?<=^|[.!?]\s|\n)(?![^.!?\n]*\d[\d,]* (?:iot |network )?devices\b)([^.!?\n]*\b(?:decommissioned|scrapped|disposed of|binned)) (?:about |around |roughly |some |~ ?)?(?:\d[\d,]{0,15}|a hundred|a dozen|(?:a |one |two |three |four |five )?hundred)\b/g, '$1 some');
  // "She also mentioned 300 E5 Security, but those belong to our sister company's separate tenant, so please ignore
  // them": licences the user sets aside.
  text = rewrite(text, /\b(?:(?:she|he|they|it) )?(?:also )?(?:mentioned|said|listed|noted) (\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5))\b[^.!?]*\b(?:ignore (?:them|those|that|these)|(?:belong|belongs) to (?:our |a |the )?(?:sister|parent|other|separate)|separate tenant)\b[^.!?]*[.!?]?/g, ' ');
  // "I make that 80 short", "we reckon it's 80 to buy", "My number is 411 standalone licences - am I right?": the
  // user's own working, checked by the bot, not a figure.
  text = rewrite(text, /\b((?:i|we) (?:make|reckon|think|calculate|work out|worked out|get|got) (?:that|it|that'?s|it'?s|it to be|this)(?: at| as)?|my (?:number|figure|answer|calculation|estimate|count) (?:is|was|comes to|came to)) \d[\d,]{0,15} (?=short\b|too few\b|to buy\b|(?:more )?needed\b|missing\b|over\b|under\b|(?:standalone |eiot |extra |additional )*(?:licen[cs]es|licenses)\b)/g, '$1 some ');
  // "we're short 12 devices", "short by 40 devices": the gap, not the inventory.
  text = rewrite(text, /\bshort (?:by )?(\d[\d,]{0,15}) (?:iot |network )?dev(?:ice)?s\b/g, 'short of some devices');
  // "918 devices, 184 E5 -> covered 920 so gap 0?": the user's own working, checked by the bot, not figures.
  text = rewrite(text, /[:,;]? (?:so |and |then )?(?:covered|coverage|gap|shortfall)(?: is| =|:)? \d[\d,]*\b(?![\d,.]| ?(?:devices|iot|network|e5|me5|m365|microsoft|ms 365|standalone|eiot|licen|lics?\b|seats?\b))/g, '');
  // "We have 90 missing devices, what will it cost?": the gap, not the inventory.
  text = rewrite(text, /\b(\d[\d,]{0,15}) missing devices\b/g, 'the missing devices');
  // "Why does the doc say round to 100 when the example is 79 devices?": the documentation's example.
  text = rewrite(text, /\b(?:the |their |its |microsoft'?s )?(?:example|worked example|sample)(?: in the (?:doc|docs|documentation|article))? (?:is|says|shows|uses|gives|has)(?: only)? (\d[\d,]{0,15}) devices\b/g, 'the example figure');
  // "Procurement says 460 E5, but the admin center shows 550": two licence counts, neither chosen.
  text = rewrite(text, /\b([a-z]+(?: [a-z]+)?) (?:says|shows|lists|reports|told me|told us|said) (?:we have |there are |it'?s |they have )?(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats)?)(?:,? but|,) (?:the )?([a-z]+(?: [a-z]+)?)(?: [a-z']+){0,6}? (?:says|shows|lists|reports|has) (?:we have |there are |it'?s )?(\d(?:[\d,]{0,14}\d)?)\b/g, '$2 to $5 $3 ($1 and $4 differ)');
  // "Adding the Network devices and IoT devices tabs together gives 852", "total devices in scope (...) = 2,054".
  text = rewrite(text, /\badding (?:up )?(?:the )?(?:network(?: devices)? and iot(?: devices)?|iot(?: devices)? and network(?: devices)?) tabs?(?: together)? (?:gives|comes to|makes|is)(?: (?:me|us))?(?: a total of)?\s/g, 'devices total: ');
  text = rewrite(text, /\btotal devices in s(?:cope|ocpe|cpoe|opce|cop)\s?(?:\([^()]{0,80}\))?\s?(?:=|:|is|are)\s?/g, 'devices total: ');
  // "Someone told me each E5 licence gives 10 IoT devices. Is that right?": a claim about the rule, not figures.
  text = rewrite(text, /\beach (?:m365 |microsoft 365 )?(m?e5|e5 security)(?: licen[cs]e| license| seat)? (?:gives|covers|includes|allows|gets|is worth)(?: you| us)? \d{1,3} (?:iot |eiot )?devices\b/g, 'each $1 licence covers some devices');
  // "For scale, we have around 1,900 staff across 39 sites": the organisation's size, not licences.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (staff|employees|students|people|users|personnel)( (?:across|on|in|at|over|spread over) (?:\d{1,4}|several|many) (?:sites|campuses|buildings|locations|offices|branches|hospitals|schools|clinics))/g, 'many $2$3');
  text = rewrite(text, /\b((?:for scale|we'?re a (?:fairly |very |quite |pretty )?(?:big|large|small|mid-?sized?) organi[sz]ation),? (?:we have )?(?:around |about |roughly |some )?)(\d[\d,]{0,15}) (staff|employees|students|people|users)\b/g, '$1many $3');
  // "174 ME5, and 364 Enterprise IoT per-device add-ons on top": standalone licences owned.
  text = rewrite(text, /\b(?:enterprise iot |eiot |defender for iot )?per-?device add-?ons?\b/g, 'standalone licences');
  // "41 branches. Each branch has 2 badge readers, 1 queue display and 3 printers", "120 stores. Each store: 2
  // switches, 1 AP", "14 schools. Every school has 22 projectors and 6 printers": the list times the places.
  text = rewrite(text, UNITS_THEN_ONE_KIND, (_m, places: string, unit: string, rest: string, list: string) =>
    `${places} ${unit}s${rest} in all ` + list.replace(/\b(\d{1,4}) /g, (_n, k: string) => `${Number(k) * Number(places)} `),
  );
  // "switches are managed by a third party": a party, not a fraction.
  text = rewrite(text, /\bthird[- ]part(y|ies)\b/g, 'outside part$1');
  // "net/iot/comp = 120/680/1500": labels and figures written as two slashed lists, paired in order.
  text = rewrite(text, /\b([a-z&]+(?:\/[a-z&]+){1,3}) ?[=:] ?(\d[\d,]{0,15}(?:\/\d[\d,]{0,15}){1,3})\b/g, (whole, labels: string, figures: string) => {
    const l = labels.split('/');
    const f = figures.split('/');
    return l.length === f.length ? l.map((label, i) => `${label} ${f[i]}`).join(', ') : whole;
  });
  // "Dashboard says 912 IoT devices but the CSV export says 1,046": two Defender views disagree, neither chosen.
  text = rewrite(text, /\b(?:the )?(?:dashboard|portal|console|inventory)(?: tile| page)? (?:says|shows|lists) (\d[\d,]{0,15}) ((?:(?:iot|network) ?(?:\+|and|&|\/) ?(?:iot|network) |iot |network )?devices),? but (?:the )?(?:csv |excel |device )?(?:export|download) (?:says|shows|has|lists|gives) (\d[\d,]{0,15})\b(?![.,]\d| ?%)/g, '$1 to $3 $2');
  // "E5 licences... 400? or 450, finance isn't sure": the plan named first, then two figures, neither settled.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)(?: licen[cs]es| licenses)?)[.:…\s]{1,4}(\d[\d,]{0,15})\?* or (\d[\d,]{0,15})\b(?=[^.?!]{0,30}\b(?:not sure|isn'?t sure|unsure|checking|don'?t know)\b)/g, '$2 to $3 $1');
  // "4 printers, a card terminal, 2 cameras, the wifi router, 3 iPads": one of a kind, inside a list of counts.
  text = rewrite(text, /(?<=\d[\d,]* (?:[a-z-]+ ){0,2}[a-z]+s?(?:,| and) )(?:a|an|one|the) ((?:[a-z-]+ )?(?:terminal|router|printer|camera|switch|firewall|scanner|display|screen|kiosk|sensor|access point|projector|speaker|reader|controller|nas|ups|tv))(?=, | and |\.| in | at | on |$)/g, '1 $1');
  // "about 150 handheld phones but I assume those don't count": phones on the Computers & Mobile tab.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:handheld |mobile |smart ?)?phones\b(?= but (?:i assume |i think |i guess |i believe )?(?:those|they|these) (?:don'?t|do not|won'?t) count)/g, '$1 mobile phones');
  // "- 2023 audit: 180 devices (old site, obsolete)": a line the user marks as out of date.
  text = rewrite(text, /^[ \t*•-]*(?:year |\d{4} |last year'?s |old )?(?:audit|count|survey|inventory)[^\n:]{0,20}:\s?\d[\d,]{0,15} [a-z ]{0,20}devices[^\n]*\b(?:obsolete|outdated|out of date|no longer valid)\b[^\n]*$/gm, '');
  // "60 E5 in the email and 90 E5 on the call": two sources, neither chosen.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)|(?:iot |network )?devices) (?:in|on|from) the (?:e-?mail|call|meeting|invoice|quote|portal|ticket|spreadsheet) and (\d[\d,]{0,15})(?: \2)? (?:in|on|from) the (?:e-?mail|call|meeting|invoice|quote|portal|ticket|spreadsheet)\b/g, '$1 to $3 $2');
  // "140 van trackers show as IoT devices": a count the user places on a tab.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:[a-z-]+ ){0,2}[a-z]+s) (?:show|appear|are listed|are counted|sit)(?: up)? (?:as|under|on|in) (?:the )?(iot|network)(?: devices)?(?: tab)?\b/g, '$1 $3 devices ($2)');
  // "we have 2 numbers from different reports: 1,340 devices and 1,560 devices": two readings, neither chosen.
  text = rewrite(text, /\b(?:two|2) (?:numbers|figures|counts) from (?:two |different )(?:reports|sources|tools|systems|exports)\b[^.?!\d]{0,5}:? (\d[\d,]{0,15}) ((?:iot |network )?devices) and (\d[\d,]{0,15}) \2\b/g, '$1 to $3 $2');
  // "Inventory export: 1,006 rows in IoT, 94 in network": rows of a tab's export are its devices.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:rows|entries|lines) in (?:the )?(iot|network)(?: tab)?\b/g, '$1 $2 devices');
  text = rewrite(text, /(?<=\d (?:iot|network) devices, )(\d[\d,]{0,15}) in (?:the )?(iot|network)(?: tab)?\b/g, '$1 $2 devices');
  // "network devices ~400 maybe 450": a tab's figure given as two guesses.
  text = rewrite(text, /\b(iot|network)(?: devices)?(?: tab)?:? (?:~ ?|about |around )(\d[\d,]{0,15}),? (?:or maybe|maybe|perhaps|possibly) (\d[\d,]{0,15})\b(?![.,]\d| ?(?:of them|are|is)\b)/g, '$2 to $3 $1 devices');
  // "some E5 maybe 100 or 120": the plan, then two guesses.
  text = rewrite(text, /\bsome ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)),? (?:maybe |perhaps |like |about |around )?(\d[\d,]{0,15}) or (\d[\d,]{0,15})\b/g, '$2 to $3 $1');
  // "we have 60 E5, actually the admin center says 45": another source's figure beside the user's, neither chosen.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)),? (?:but |well,? )?actually,? (?:the |our )?(?:admin cent(?:er|re)|portal|invoice|billing page|reseller|partner|finance|procurement)(?: [a-z]+){0,2} (?:says|shows|lists|has) (\d[\d,]{0,15})\b(?![.,]\d| ?(?:devices|iot|network))/g, '$1 to $3 $2');
  // "We hold 180 Microsoft 365 E5 licences for our 260 staff": the licences, then who holds them.
  text = rewrite(text, /\b(\d[\d,]{0,15} (?:m365 |microsoft 365 )?(?:m?e5 security|m?e5) (?:licen[cs]es|licenses|seats)) for (?:our |the |all )?\d[\d,]{0,15} (staff|users|employees|people)\b/g, '$1 for many $2');
  // "E5 for the 90 office staff only - that's 90 licences": the same figure restated.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:[a-z]+ )?(?:staff|users|employees|people))( only)?\s?[-–,]\s?that'?s \1 (?:licen[cs]es|licenses|seats)\b/g, '$1 $2$3');
  // "the 40-hectare site", "a 3-storey building": a measure, not a count.
  text = rewrite(text, /\b\d[\d,]*-(?:hectare|acre|metre|meter|mile|kilometre|km|foot|feet|storey|story|bed|room)s?\b/g, 'big');
  // "the two come to 842 together": the tabs' sum the user was given.
  text = rewrite(text, /\b(?:and )?(?:the two|both|they) (?:come to|add up to|total|make) (\d[\d,]{0,15})(?: together| in total)?\b/g, 'devices total: $1');
  // "So the gap is 1 device": the user's own working.
  text = rewrite(text, /\b(?:so )?the gap is (\d[\d,]{0,15}) devices?\b/g, 'the gap is small');
  // "about 1,100 Android handheld scanners, and they all show on the Computers & Mobile tab": not counted.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z-]+ ){0,3}[a-z]+s,? and they (?:all )?(?:show|appear|sit|are listed)(?: up)? (?:on|in|under) the computers? (?:&|and) mobiles?(?: tab)?/g, '$1 computers & mobile');
  // "2 opera houses, 1 licence pool": how the licences are shared, not a licence.
  text = rewrite(text, /\b(?:1|one|a single) (licen[cs]e|license) pool\b/g, 'a shared $1 pool');
  // "3,000 phones/laptops": the Computers & Mobile kinds, laptops named first so the figure takes them.
  text = rewrite(text, /\b(phones?|mobiles?|smartphones?)\/(laptops?|pcs?|computers?|desktops?)\b/g, '$2/$1');
  // "2300 total in device inventory, from that 1700 is computers and mobile": a part of the total.
  text = rewrite(text, /\b(?:from|out of) (?:that|those|this|it|them),? (\d[\d,]{0,15}) (?:is|are) (?=computers|laptops|pcs|mobiles?|phones|the computers)/g, 'of which $1 ');
  // "how much I pay for 200 devices extra?": a price asked for devices to buy, not an inventory.
  text = rewrite(text, /\bhow much (?:do |would |will |must |should |shall )?(?:i|we) (?:have to |need to |must |should )?pay for (?:another |an extra |extra )?\d[\d,]{0,15} (?:more |extra |additional )?(devices|licen[cs]es|licenses)\b/g, 'how much do we pay for extra $1');
  // "We have 250 ME5 licences, which I make 1,250 devices": the user's own working, not a device count.
  text = rewrite(text, /\b((?:m?e5|e5 security|licen[cs]es|licenses)),? (?:which|that) (?:i|we) (?:make|reckon|work out as|calculate as|count as) (?:to be |as )?\d[\d,]{0,15} (?:devices|covered)\b/g, '$1');
  // "so do I actually buy 200?": the number the user wonders about buying, not one held.
  text = rewrite(text, /\b((?:do|should|shall|must) (?:i|we) (?:actually |just |then |really )?(?:buy|order|get|purchase)) \d[\d,]{0,15}\s?\?/g, '$1 that many?');
  // "The PO for 50 licences is ready": licences to buy, not held.
  // ("Finance has approved the order (PO 90211, 295 licences)": the same, after the order's number.)
  text = rewrite(text, /\b(?:po|purchase order|quote|order)(?:(?: ref| number| #)? ?\d+,?)? (?:for |of )?\d[\d,]{0,15} (?:licen[cs]es|licenses|seats)\b/g, 'po for some licences');
  // "they want to sell us 200 of the IoT add-on", "the quote is for 'Defender for IoT - Enterprise IoT' x 400": offered, not held.
  text = rewrite(text, /\b((?:want|wants|trying|tried|offered|offering|proposed|proposing|going) to sell (?:us|me)) \d[\d,]{0,15}\b|\bquote (?:is |was )?for [^.?!\n\d]{0,60}? x ?\d[\d,]{0,15}\b/g, (_m, offer?: string) => (offer ? `${offer} some` : 'quote for some licences'));
  // "does one licence cover one device, or is it a pack", "one licence is a bundle of 100": the rule asked about, not
  // a licence held.
  text = rewrite(text, /\b(does|do) (?:one|a single|1|each) ((?:standalone |eiot |enterprise iot )*licen[cs]e) cover (?:one|1|a single) device,? or\b(?! \d| a hundred| (?:a |one )?(?:pack|block|bundle) of \d)/g, '$1 a $2 cover one device, or');
  text = rewrite(text, /\b(?:one|a single|1|each) ((?:standalone |eiot |enterprise iot )*licen[cs]e) (is|=|equals) (?:a |one )?(bundle|pack|block)\b/g, 'a $1 $2 a $3');
  // "30 cameras that haven't been online since march": inactive devices, which do not count.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:[a-z-]+ )?[a-z]+s) (?:that |which )?(?:haven'?t|have not) been (?:online|seen|active|connected) since (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:month|year|spring|summer|autumn|winter))\b/g, '$1 inactive $2');
  // "how many sites does one licence cover": the rule asked, not a licence held.
  text = rewrite(text, /\bhow many ([a-z]+) does (?:one|a single|1|each) ((?:standalone |eiot |enterprise iot )*licen[cs]e) cover\b/g, 'how many $1 does a $2 cover');
  // "IoT 70 licences 18 E5 security": a tab's figure, then the licence label and the plan's count.
  text = rewrite(text, /(?<=\b(?:iot|network)(?: devices)? \d[\d,]{0,15} )licen[cs]es (?=\d[\d,]{0,15} (?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)\b)/g, 'and ');
  // "barcode scanners on wifi 58": where the kind sits, between it and its count.
  text = rewrite(text, /\b([a-z]+s) on (?:the )?(?:wifi|wi-fi|wlan|lan|ethernet|poe|guest wifi)(?=:? \d)/g, '$1');
  // "our 400 stage and building devices", "140 lighting and dimmer controllers": two words describing one count.
  // (Not "900 seats and the devices are ...": people or licences, then another clause.)
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?!(?:iot|network|computers?|mobiles?|laptops?|desktops?|phones?|pcs|servers|inactive|stale|seats|users|licen[cs]es|licenses|staff|employees|people)\b)[a-z]+ and (?!(?:iot|network|computers?|mobiles?|laptops?|desktops?|phones?|pcs|servers|inactive|stale|the|our|my|their|these|those|all)\b)([a-z]+ )?(devices|controllers|sensors|cameras|printers|readers|panels|screens|displays)\b/g, (_m, n: string, word: string | undefined, kind: string) => (kind === 'devices' ? `${n} devices` : `${n} ${word ?? ''}${kind}`));
  // "What will 120 extra devices cost us per month?": devices to be added, priced; not the inventory.
  text = rewrite(text, /\b\d[\d,]{0,15} (extra|additional|more) devices\b(?=[^.?!]{0,30}\b(?:cost|price|charge|pay)\b)/g, 'some $1 devices');
  // "Do I buy it in the Azure portal like the OT plans?": a comparison with OT, not an OT question.
  text = rewrite(text, /\blike (?:the |our )?ot (?:plans?|sensors?|ones?|licen[cs]es|side)\b/g, 'like the other plans');
  // "IoT tab: 140, 95, 210, 77. network tab: 40, 22, 51, 18": one figure per site for a tab, summed.
  text = rewrite(text, /\b(iot|network)(?: devices)?(?: tab)?:\s?(\d[\d,]{0,15}(?:, \d[\d,]{0,15}){1,11})(?=\s?(?:[.;\n]|$))/g, (_m, tab: string, list: string) =>
    `${list.split(', ').reduce((sum, x) => sum + Number(x.replace(/,/g, '')), 0)} ${tab} devices`,
  );
  // "Just the IoT and network tabs: 2,101 and 399": two figures, in the order of the tabs named.
  text = rewrite(text, /\b(iot|network)(?: devices)? and (iot|network)(?: devices)? tabs?(?: (?:are|show|say|have))?:? (\d[\d,]{0,15}) and (\d[\d,]{0,15})\b(?![.,]\d)/g, (whole, a: string, b: string, x: string, y: string) => (a === b ? whole : `${x} ${a} devices and ${y} ${b} devices`));
  // "IoT devices total 710, network 115": that tab's total, not the whole inventory.
  text = rewrite(text, /\b(iot|network) devices total:? (\d[\d,]{0,15})\b/g, '$2 $1 devices');
  // "E5 we get 200": the plan, then its count.
  text = rewrite(text, /(?<!\d )\b((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5)) (?:we|i) (?:get|got|have|has|own) (\d[\d,]{0,15})\b(?![.,]\d| ?(?:devices|iot|network))/g, '$2 $1');
  // "1,800 devices total ... but that includes the computers and phones, roughly 1,200 of them": the part not counted.
  text = rewrite(text, /\b(?:that|it|this|which) includes? (?:the |our |all )?(?:computers|laptops|pcs|endpoints|workstations)(?: and (?:the )?(?:phones|mobiles|tablets))?,? (?:roughly |about |around |approx\.? |~ ?)?(\d[\d,]{0,15}) of (?:them|those)\b/g, 'that includes $1 computers');
  // "Network devices tab: 0 (we did not enable)": an aside about a figure, not a question about turning it on.
  text = rewrite(text, / ?\((?:we |i )?(?:did not|didn'?t|have not|haven'?t|never) (?:enable|enabled|turn on|turned on|switch on|switched on)(?: it| that| them)?\)/g, '');
  // "Computers & Mobile 1,400, phones 600": phones listed with the Computers & Mobile tab are its mobiles.
  text = rewrite(text, /\b(computers? (?:&|and) mobiles?(?: tab)?:? \d[\d,]{0,15}),? (?:and )?(phones?:? (?=\d)|\d[\d,]{0,15} phones\b)/g, (_m, tab: string, phones: string) => `${tab}, ${phones.replace('phones', 'mobile phones').replace(/^phone\b/, 'mobile phone')}`);
  // "IoT 1.950, network 230. I mean 1950": the writer says which reading of the separator is meant.
  text = rewrite(text, /\b(\d{1,3})\.(\d{3})\b(?=[^?!]{0,60}\bi mean,? \1,?\2\b)/g, '$1$2');
  // "we're retiring 30 of the E5 next month - for now, what's the gap?": a later change, not today's figure.
  text = rewrite(text, /\b(retiring|dropping|cancell?ing|removing|losing|giving up) (\d[\d,]{0,15}) of (?:the |our )?((?:m365 )?(?:m?e5 security|m?e5))(?: licen[cs]es| licenses| seats)? (?=next (?:month|week|quarter|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)|at (?:the )?renewal)/g, '$1 some of the $3 ');
  // "Stores rollup ... * TOTAL: 1,165 IoT / 263 network": a totals line that restates the rows above it.
  text = rewrite(text, /(^|\n)[ \t*•-]*total\s?:?\s?(\d[\d,]{0,15}) iot \/ (\d[\d,]{0,15}) network[ \t]*(?=\n|$)/g, (whole, start: string, iot: string, network: string, at: number, all: string) => {
    const sumOf = (tab: string) => [...all.slice(0, at).matchAll(new RegExp(String.raw`\b(\d[\d,]{0,15}) ${tab}\b`, 'g'))].reduce((sum, m) => sum + Number((m[1] as string).replace(/,/g, '')), 0);
    return sumOf('iot') === Number(iot.replace(/,/g, '')) && sumOf('network') === Number(network.replace(/,/g, '')) ? start : whole;
  });
  // "IoT 410 + network 390 = 900 total": the user's own sum, checked against its parts.
  text = rewrite(text, /\b((?:iot|network) \d[\d,]{0,15} ?\+ ?(?:iot|network) \d[\d,]{0,15}) ?= ?(\d[\d,]{0,15})(?: devices)? (?:in )?total\b/g, '$1, so $2 devices total');
  // "four thousand eight hudnred": typos of number words the typo corrector does not reach.
  text = rewrite(text, /\b(?:hudnred|hundered|hunderd|hundrd|hundrad|hunred)\b/g, 'hundred').replace(/\b(?:thousnad|thosand|thousnd|thouand)\b/g, 'thousand');
  // "we need 1,623 devices covered": the devices to cover, not a guess at the answer.
  text = rewrite(text, /\bwe need (\d[\d,]{0,15}) ((?:iot |network )?devices) covered\b/g, 'we have $1 $2 to cover');
  // "e5 security 0 devices iot 2999": a plan with a zero count.
  text = rewrite(text, /\b(e5 security|m365 e5|me5|e5)(?: licen[cs]es)? (?:0|zero|none)\b(?![.,]?\d)/g, '$1: 0,');
  // "12.5k net+iot", "1k net": a "k" figure before the tab's short name.
  text = rewrite(text, /(\dk) (?:net(?:work)? ?(?:\+|&|\/|and) ?iot|iot ?(?:\+|&|\/|and) ?net(?:work)?)\b/g, '$1 devices').replace(/(\dk) net\b/g, '$1 network devices');
  // "850 iot devs... or 950?", "i count 220 iot or maybe 260": two figures, neither settled.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:iot |network )?(?:devices|devs)|iot|network)(?:,|\.{2,3}|:)? (?:or maybe|or possibly|or perhaps|or) (\d[\d,]{0,15})(?=\s?\?|[^.?!]{0,25}\b(?:not sure|unsure|haven'?t decided|havent decided|portal keeps changing|keeps changing|idk|dunno)\b)/g, '$1 to $3 $2');
  // "Laptops and phones come to about 2,100": phones named with laptops are mobiles.
  text = rewrite(text, /\b(laptops|computers|pcs|desktops|notebooks) (and|&|\+) phones(?= (?:come to|total|are|number|add up to)\b)/g, '$1 $2 mobile phones');
  // "(it was 330 before)": the old figure, in brackets.
  text = rewrite(text, /\((?:it was|was|previously|before:?|down from|up from) (?:about |around )?\d[\d,]{0,15}(?: before| last (?:year|month|week))?\)/g, ' ');
  // "... added 120 new scanners last month, which are already included in that number.": not added twice.
  text = rewrite(text, /(?<=^|[.!?]\s|\n)[^.!?\n]*\balready (?:included|counted|in (?:that|the) (?:number|figure|count|total))\b[^.!?\n]*[.!?]?/g, ' ');
  // "test eIoT in 5 pilot stores": places chosen for a pilot, not devices.
  text = rewrite(text, /\b\d{1,3} (pilot|test|trial|selected|chosen) (stores|sites|offices|locations|branches|schools|clinics)\b/g, 'a few $1 $2');
  // "one of the old Enterprise IoT plans": one plan, not a count.
  text = rewrite(text, /\bone of (the|our)\b/g, 'a plan among $1');
  // "1,350 or 1,530 iot devices, can't remember which": two figures, neither settled ("or maybe" needs no doubt
  // after it, below).
  text = rewrite(text, /\b(\d[\d,]{0,15}) or (\d[\d,]{0,15}) ((?:iot |network )?devices)(?=[^.?!]{0,30}\b(?:can'?t remember|not sure|unsure|don'?t know|idk|dunno)\b)/g, '$1 to $2 $3');
  // "about 1,100 devices, maybe 1,300": two guesses, not one figure.
  text = rewrite(text, /\b(\d[\d,]{0,15}(?:\.\d+)?k?) ((?:iot |network )?devices),? (?:but |or |sorry,? no,? )?(?:maybe|perhaps|possibly|or maybe|could be|might be|or even) (?:even |as many as |up to )?(\d[\d,]{0,15}(?:\.\d+)?k?)\b(?! (?:of them|are|is)\b)/g, '$1 to $3 $2');
  // "1,200 students on Chromebooks": the people using computers, not licences or devices.
  text = rewrite(text, /\b\d[\d,]{0,15} (students|pupils|staff|users|employees|people) (on|with|using) (chromebooks|ipads|laptops|tablets|macs|macbooks|pcs|desktops)\b/g, 'many $1 $2 $3');
  // "400 if we exclude guest wifi, 600 if we include it": a figure for each choice, none chosen.
  text = rewrite(text, /\b(\d[\d,]{0,15}) if (we|you|i) ([^,.;?!\d]{1,40}), (\d[\d,]{0,15}) if \2\b/g, '$1 to $4 depending on whether $2 $3');
  // "Our CMDB lists 5,000 devices but Defender shows ...": another system's figure, not the Defender inventory.
  text = rewrite(text, /\b(cmdb|asset register|spreadsheet|servicenow|itam|snipe-?it|lansweeper|intune)((?: [a-z]+){0,2}) (lists|says|shows|has|counts|reports) \d[\d,]{0,15}(?= devices\b[^.?!]{0,40}\b(?:but|while|whereas)\b[^.?!]{0,20}\b(?:defender|the portal|the inventory|device inventory)\b)/g, '$1$2 $3 many');
  // "The Defender inventory says 2,450 devices, but the CMDB export says 2,910": the same, in the other order.
  text = rewrite(text, /(\b(?:defender|the portal|device inventory)[^.?!\d]{0,30}\b(?:says|shows|lists|has|reports) \d[\d,]{0,15} [^.?!\d]{0,30}?devices\b[^.?!\d]{0,10}\b(?:but|while|whereas)\b[^.?!\d]{0,30}\b(?:cmdb|asset register|spreadsheet|servicenow|itam|snipe-?it|lansweeper|intune)(?: [a-z]+){0,2} (?:lists|says|shows|has|counts|reports|gives)) \d[\d,]{0,15}(?![^.?!]{0,40}\b(?:don'?t|do not|not sure|no idea|can'?t tell)\b[^.?!]{0,20}\bwhich\b)/g, '$1 many');
  // "our 25-person security and exec team are on Microsoft 365 E5": 25 E5 users.
  text = rewrite(text, /\b(?:our |the |a )?(\d[\d,]{0,15})[- ](?:person|people|strong|user|member)\b([a-z &,-]{0,40}?) (?:team|teams|group|department|staff)s? (?:are|is|sits?) (?:all )?on ((?:m365 |microsoft 365 )?(?:m?e5(?: security)?))\b/g, '$1 $3 users ($2 team)');
  // "Is it 1 E5 licence per 5 devices?": the rule asked about, not one licence held.
  text = rewrite(text, /\b(?:1|one|a|an) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))(?: licen[cs]e| license| seat)? (?:per|for|covers|for every|for each) (?:5|five) (?:iot |eiot )?devices\b/g, 'each $1 licence covers its devices');
  // "our network tab has 300 devices, the IoT one 790, the Computers one 2,500": each tab and its figure.
  text = rewrite(text, /\bthe (iot|network|computers(?: (?:&|and) mobile)?) one,? (?:has |shows |is |at )?(\d[\d,]{0,15})\b/g, (_m, tab: string, n: string) => (tab.startsWith('computers') ? `${n} computers & mobile` : `${tab} devices ${n}`));
  // "a volume discount over 1,000 licences": a price tier, not licences held.
  text = rewrite(text, /\b((?:volume )?(?:discounts?|pricing|price breaks?|tiers?)) (?:for |over |above |at |beyond |from )(?:more than )?\d[\d,]{0,15}\+? (licen[cs]es|licenses|seats|devices)\b/g, '$1 for many $2');
  // "45,000-seat matchdays", "a 1,200-seat theatre": a venue's capacity.
  text = rewrite(text, /\b\d[\d,]{0,15}-seat(?:er)?(?= (?:stadium|arena|matchdays?|venue|theatre|theater|auditorium|concert hall|cinema|ground|events?)\b)/g, 'large');
  // "75 e5 (or 57? cant remember)", "200 E5... sorry maybe 250 E5, I must check": two figures, neither settled.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:m365 |microsoft 365 )?(?:m?e5|e5 security))\s?(?:\(|[.…]{2,}|,|:)? ?(?:or|sorry,? maybe|sorry,? or maybe|or maybe) (\d[\d,]{0,15})(?: \2)?\b(?=[^.!]{0,8}(?:\?|[^.!]{0,25}\b(?:can'?t remember|cant remember|must check|need to check|have to check|not sure|checking)\b))/g, '$1 to $3 $2');
  // "300 E5 - or maybe that's E3, I'd need to check": the plan is not settled.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats)?,? ?[-–—,]? ?(?:or maybe|maybe|or possibly|possibly|or perhaps|perhaps|or) (?:that'?s |it'?s |they'?re |those are )?(?:e3|e1|f3|business premium|mde p[12]|p[12])\b/g, '$1 licences, a mix of e3 and e5');
  // "the 2025 licensing renewal": a year.
  text = rewrite(text, /\b(?:19|20)\d\d(?= (?:licen[cs]ing|renewal|budget|audit|contract|true-?up|review|roadmap|refresh|financial year|fy|rollout)\b)/g, 'the year');
  // "23 remote masts", "at 12 transmitter sites", "30 sheltered schemes", "12 estates": places, not devices.
  text = rewrite(text, /\b\d{1,4} ((?:remote |transmitter |radio |mobile |cell )?(?:masts|towers|transmitter sites)|(?:[a-z]+ )?(?:schemes|estates|housing blocks|tower blocks))\b/g, 'several $1');
  // "one shared transmitter engineering team": a team, not one transmitter.
  text = rewrite(text, /\bone ((?:[a-z-]+ ){1,3}(?:team|group|department|engineer|person|contract|invoice|account|project))\b/g, 'a $1');
  // "both now sit in one tenant": a single tenant, not one of anything counted.
  text = rewrite(text, /\b(?:in|into|under|on) one (tenant|organi[sz]ation|company|subscription|directory)\b/g, 'in a single $1');
  // "around 600 or maybe 700 IoT devices", "like 400 or 440 devices": two guesses, not one figure (a rule question's
  // "5 or 10 devices per E5" aside).
  text = rewrite(text, /\b(\d[\d,]{0,15}(?:\.\d+)?k?)(?: or maybe| or possibly| or perhaps|, maybe|, perhaps|, possibly|(?<=\d\d) or) (\d[\d,]{0,15}(?:\.\d+)?k?) {1,2}((?:iot |network )?devices|(?:m365 |microsoft 365 )?(?:m?e5|e5 security))\b(?! (?:per|each|for each|with each|covered by)\b)/g, '$1 to $2 $3');
  // "We have 50 E5 but I think some of those are actually E3, not sure how many", "18 e5 (wait some of those might
  // be e3 not sure)": the E5 count is not known.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| licenses| seats)?(?:,? but|\s?\(?(?:wait,? |hmm,? )?) ?(?:i think |i believe |apparently )?(?:some|a few|several|part) of (?:those|them|these) (?:are|might be|may be|could be) (?:actually |really )?(?:e3|e1|f3|business premium|mde p[12]|p[12])\b/g, '$1 licences, a mix of e3 and e5');
  // "E5 for the 1,000 shore staff only (one licence each)": one licence per person, not one licence.
  text = rewrite(text, /\((?:one|1|a) (?:licen[cs]e|license|seat) each\)/g, ' ');
  // "We have 150 of those standalone licences": the standalone licences held.
  text = rewrite(text, /\b(\d[\d,]{0,15}) of (?:those|these|the|our) ((?:standalone|eiot|per-device|add-?on) (?:licen[cs]es|licenses))\b/g, '$1 $2');
  // "(committed devices, 1,700 if I remember correctly)", "the per-100-devices one": the legacy plan's terms.
  text = rewrite(text, /\bcommitted devices,? (?:of |for |was |were |at )?(?:about |around |roughly )?\d[\d,]{0,15}\b|\b\d[\d,]{0,15}\s+committed devices\b/g, 'committed devices');
  text = rewrite(text, /\bper-\d+-devices?\b/g, 'per-block');
  // "our previous IT manager said we had 'about 2k' devices but I've checked the portal": the older figure.
  if (/\b(?:today|now|currently|portal)\b/.test(text)) {
    text = rewrite(text, /\b(?:our )?(?:previous|old|former) (?:it manager|admin|administrator|provider|contractor|msp|partner)(?: said| told us| reckoned| thought| claimed)(?: (?:that )?we had| there were)? +(?:about |around |roughly |~ ?)?\d[\d,.]*k? +devices\b[^.;!?\n]*?(?=\bbut\b)/g, ' ');
  }
  // "E5 for the 1,000 shore staff": that many E5 users.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) for (?:the |our |all |all our )(\d[\d,]{0,15}) (?:[a-z]+ )?(staff|users|employees|people|seats)\b/g, '$1 for $2 $3');
  // "Licensing is just Defender for Endpoint P2, we dropped E5": MDE P2 only, no E5.
  text = rewrite(text, /\bjust (?:microsoft )?defender for endpoint (?:plan )?(?:p2|2)\b/g, 'mde p2 only');
  text = rewrite(text, /\b(?:we )?(?:dropped|cancelled|canceled|got rid of|moved off|no longer have) (?:our )?(?:m365 |microsoft 365 )?e5\b(?! security)/g, 'we have no e5');
  // "one device count across all the sites": a single count, not one device.
  text = rewrite(text, /\bone ((?:device |inventory |overall )?(?:count|number|figure|total|view|list))\b/g, 'a single $1');
  // "a handful of cameras": some, not a count.
  text = rewrite(text, /\ba handful of\b/g, 'some');
  // "budget line 4410-IoT": a reference, not a count.
  text = rewrite(text, /(?<![\d,])\b\d{3,}-(?!(?:seat|seater|capacity|user|person|employee|bed|device)s?\b|ish\b|odd\b|plus\b|something\b|strong\b)(?=[a-z])/g, 'ref-');
  // "is it really just 5 extra licences?": the user's guess at the answer, not licences held.
  text = rewrite(text, /\b(is (?:it|that) (?:really |actually |truly )?(?:just |only )?)\d[\d,]{0,15}(?= (?:extra |more |additional |standalone )?(?:licen[cs]es|licenses)\b)/g, '$1some');
  // "120 stores x (4 cameras + 2 kiosks + 1 printer) = 840 devices": the working of a total; the total stands.
  text = rewrite(text, /\b\d[\d,]{0,15} (?:stores|sites|offices|branches|locations|buildings|schools|hotels|clinics|floors) ?[x\u00d7*] ?\([^()]{0,80}\) ?= ?(?=\d)/g, '');
  // "Priority P2" on a ticket is not MDE P2; "(no trial)" rules the trial out.
  text = rewrite(text, /\bpriority:? p[1-5]\b/g, 'priority level').replace(/\(?\b(?:no|not a|without(?: a)?) trial\b\)?/g, ' ');
  // "NYC 410 devices, Austin 275, Dublin 198": the first of three or more places names the noun; summed.
  text = rewrite(text, /\b([a-z][a-z.'-]{0,20})(?: has| have)? (\d[\d,]{0,15}) devices((?:(?:,|;| and| &) [a-z][a-z.'-]{0,20} \d[\d,]{0,15}\b(?![.,]?\d| ?%| ?(?:[a-z]+ )?(?:e5|me5|licen|licenses|seats|users|devices|laptops|computers|mobiles)\b)){2,8})/g, (whole, first: string, n: string, rest: string) => {
    const entries = [...rest.matchAll(/([a-z][a-z.'-]{0,20}) (\d[\d,]{0,15})/g)];
    const labels = [first, ...entries.map((m) => m[1] ?? '')];
    if (labels.some((l) => /^(?:iot|network|net|computers?|mobiles?|laptops?|e5|me5|e3|licen[cs]es|licenses|total|and|with|have|has|of|so|not|says|said|by|to|only|about|now|then|was|is)$/.test(l))) return whole;
    const total = [n, ...entries.map((m) => m[2] ?? '0')].reduce((sum, v) => sum + Number(v.replace(/,/g, '')), 0);
    return `${total} devices`;
  });
  // "each store has about 30 IoT devices (420 total)": the bracketed total is that part's.
  text = rewrite(text, /\b\d[\d,]{0,15} ((?:iot |network )?devices) \((\d[\d,]{0,15}) (?:in )?total\)/g, '$2 $1');
  // Shorthand for the network tab: "250 netwk + 100 iot".
  text = rewrite(text, /\b(?:netwk|ntwk|netw|ntwrk)\b|\bnetworks(?= \d)/g, 'network');
  // "what do we ned to buy": a typo the dictionary does not catch ("ned" is a word).
  text = rewrite(text, /\b(do (?:i|we|they)) ned (?=to\b)/g, '$1 need ');
  // "am i covered 860 iot devices": the question, then the figures (not "covered 860 devices").
  text = rewrite(text, /\b(am i|are we|r we|are they|is it) covered\s+(?=\d)/g, '$1 covered? ');
  // "devices up 12% this yr, now 940": the figure now, after a growth rate.
  text = rewrite(text, /\b((?:iot |network )?devices) (?:are |have )?(?:up|down|grew|rose|fell)(?: by)? \d{1,3}(?:\.\d)? ?%[^.;?!\d]{0,20}?,? now (?:at )?(?=\d)/g, '$1 now ');
  // "400 iot/60 net", "e5 600 sec 100": terse pairs.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (iot|network|net) ?\/ ?(\d[\d,]{0,15}) (iot|network|net)\b/g, '$1 $2, $3 $4');
  text = rewrite(text, /\b(e5 \d[\d,]{0,15}),? sec (?=\d)/g, '$1, e5 security ');
  text = askedPartyOnly(text);
  // "you said 79, but ...": the bot's earlier answer quoted back, not a figure of the tenant.
  text = rewrite(text, /\b(you said|you told (?:me|us)|your answer was|the bot said) \d[\d,]{0,15}\b/g, '$1 some');
  // "1 IoT device short?": the user's guess at the answer, not an inventory.
  text = rewrite(text, /\b\d[\d,]{0,15} ((?:iot |network )?devices?|licen[cs]es?|licenses?) short\b/g, 'some $1 short');
  // "sorry, 1,700 not 1,600.", "the IoT count is 850 not 900.": a correction of a figure given earlier with its noun.
  text = rewrite(text, /\b(\d[\d,]{0,15}),? not (\d[\d,]{0,15})(?=[.?!;]|$)/g, (m, a: string, b: string, offset: number, whole: string) => {
    const noun = nounOf(whole.slice(0, offset), b);
    return noun ? `correction: ${a} ${noun}` : m;
  });
  // "2,450 IoT devices, not 2,540.", "160 e5, not 150 sorry": the figure with its noun is the one meant.
  text = rewrite(text, /\b(\d[\d,]{0,15} (?:(?:iot |network )?devices|e5 security|me5|m365 e5|e5)),? not \d[\d,]{0,15}(?=[.,;?!]| (?:sorry|my bad|oops)\b|$)/g, '$1');
  // "sorry, 420 not 240 E5": the figure before "not" is the one meant.
  text = rewrite(text, /\b(\d[\d,.]{0,15}k?),? not \d[\d,.]{0,15}k?(?= [a-z])/g, '$1');
  // A year naming a plan or an event ("a 2022 Enterprise IoT plan") is not a count.
  text = rewrite(text, /\b(?:19|20)\d{2}\s(?=(?:enterprise iot|eiot|legacy|plan|contract|subscription|renewal|audit|budget|agreement)\b)/g, 'year ');
  // Glued abbreviations: "mdep2", "b4".
  text = rewrite(text, /\bmdep([12])\b/g, 'mde p$1').replace(/\bb4\b/g, 'before').replace(/\bw\/o\b/g, 'without').replace(/\bw\/\s?/g, 'with ');
  // Product model numbers ("HP M404", "P3265") are not counts.
  text = rewrite(text, /\b(?!m365\b|o365\b|x\d)[a-z]{1,3}\d{3,}[a-z]*\b/g, 'model');
  // Parentheses that only qualify a plan: "Microsoft 365 E5 (no Teams)".
  text = rewrite(text, /\((?:no|without|w\/o|excl\.?|excluding) teams\)|\(eea\)/g, ' ');
  // Labels and phrasings of the device tabs: "net: 4,210", "250 in Network devices", "IoT inventory", "conf room".
  text = rewrite(text, /(^|[\s,;(/])(iot|net|network)(?: tab)?\s?[:=]/g, (_m, lead: string, tab: string) => `${lead}${tab === 'iot' ? 'iot' : 'network'} devices:`).replace(/\biot inventory\b/g, 'iot devices').replace(/\bconf(?:\.|erence)? rooms?\b/g, 'conference room');
  text = rewrite(text, /\b(\d[\d,]{0,15}) in (?:the )?(network|iot) devices(?: tab)?\b/g, '$1 $2 devices');
  // "IoT tab = 311 devices": the tab label and the noun after the figure name one count.
  text = rewrite(text, /(?<![\d+=] ?)\b(iot|network) devices: ?(\d[\d,]{0,15}) devices\b/g, '$2 $1 devices');
  // ("250 devices on the network and IoT tabs combined" is both tabs: left as devices.)
  text = rewrite(text, /\b(\d[\d,]{0,15}) devices (?:in|on|under) (?:the )?(iot|network)(?: devices)?(?: tab)?\b(?! (?:and|\+|&) (?:the )?(?:iot|network)\b)/g, '$1 $2 devices');
  // "each hotel has around 200 IoT devices ..., so 2,400 IoT devices total": the per-unit figure is not added.
  text = rewrite(text, 
    /\beach ([a-z]+) (?:has|have) (?:around |about |roughly |approx\.? |~ ?)?\d[\d,]{0,15}(?=[^.?!]{0,120}\b(?:so|that'?s|which is|=)\s(?:about |around |roughly )?\d[\d,]{0,15}\b[^.?!]{0,30}\btotal\b)/g,
    'each $1 has some',
  );
  // "round up to a multiple of 100, so would that be 100 licences?": the user's guess is not a holding.
  text = rewrite(text, /\b(would|will|is|should) (that|it|this) be (\d[\d,]{0,15}) (licen[cs]es|licenses)\?/g, '$1 $2 be that many $4?');
  // "the IoT tab shows 210 devices": the tab names the kind.
  text = rewrite(text, /\b(iot|network)(?: devices)? tab (?:shows|says|lists|has|reads|displays|is at|is|:)?\s?(\d{1,3}(?:[, ]\d{3}){1,4}|\d{1,15}) devices\b/g, '$2 $1 devices');
  // "around 900 IoT things (printers 340, phones 410, cams 150)": a bracketed breakdown that adds up to the figure
  // before it repeats it.
  text = rewrite(text, /\b(\d[\d,]{0,15})((?: [a-z/&-]+){1,3}) \(([^()]{3,120})\)/g, (whole, n: string, noun: string, inside: string) => {
    const parts = [...inside.matchAll(/\b\d[\d,]{0,15}\b/g)].map((m) => Number(m[0].replace(/,/g, '')));
    return parts.length >= 2 && parts.reduce((a, b) => a + b, 0) === Number(n.replace(/,/g, '')) ? `${n}${noun}` : whole;
  });
  // "400 E5 last year but reduced to 350": the new figure counts what the old one counted.
  text = rewrite(text, 
    /\b(\d[\d,]{0,15}) (e5 security|me5|m365 e5|microsoft 365 e5|e5|iot devices|network devices|devices|standalone licen[cs]es)\b((?:(?!devices?\b|inventory|licen|count|e5|me5)[^.?!]){0,60}?\b(?:reduced|cut|dropped|increased|decreased|went (?:up|down)|grew|upped|raised|lowered|shrunk|shrank)(?: it| them| that)? to (\d[\d,]{0,15}))\b(?! ?(?:[a-z]+ )?(?:devices|licen|e5|me5|seats|iot|network))/g,
    '$1 $2$3 $2',
  );
  text = rewrite(text, /\bdevices \((?:net|network) ?(?:\+|&|and|\/) ?iot\)|\bdevices \(iot ?(?:\+|&|and|\/) ?(?:net|network)\)/g, 'devices');
  // "we do NOT want to cancel anything, just pause": a cancel ruled out is not asked for.
  text = rewrite(text, /\b(?:do not|don'?t|dont|not|never) (?:want to |need to |wish to |plan to |trying to )?cancel\b/g, 'keep');
  // "a 2,000-seat E5 org", "1500ish devices", "the E5 5-device allowance", "/eiot calc".
  // "a 300 seat recruitment company, everyone on E5": the company's size in people.
  text = rewrite(text, /\b(\d[\d,]{0,15})[- ]seats? (?=(?:[a-z]+ ){0,2}(?:company|firm|business|organi[sz]ation|org|agency|practice|shop|startup|charity|group|school|university|college|bank|consultancy|outfit)\b)/g, '$1 users ');
  text = rewrite(text, /(\d)-(seat|user|person|employee|bed|device)s?\b(?! (?:allowance|entitlement|limit|cap|rule|ratio))/g, '$1 $2s')
    .replace(/(\d)\s?-?ish\b/g, '$1')
    .replace(/\b(?:\d|five)[- ]devices? (allowance|entitlement|limit|cap|rule|ratio)\b/g, 'device $1')
    .replace(/^\s*\/eiot\s+/, '')
    .replace(/^(?:calc|calculator)\s*\??$/, 'calculate');
  // "1,764 network+IoT": one figure for both tabs is a device total.
  text = rewrite(text, /(\d) (?:network ?(?:\+|&|\/|and) ?iot|iot ?(?:\+|&|\/|and) ?network)(?: devices)?\b/g, '$1 devices');
  // "SCADA network in Hall 7": a place's number is a name.
  text = rewrite(text, /\b(hall|bldg|room|floor|wing|zone|aisle|bay|gate|dock|line|level|cell|stage|phase|tray|clinic|site|store|school|building|campus|plant|warehouse|depot|hospital|ward|lab)[\s-](\d{1,3})\b(?![,.]\d|\s?[:=]|\s\d|[-–]\d|\s(?:devices?|printers?|cameras?|phones?|iot|network|net|e5|me5|licen|[a-z]+s\b))/g, '$1 number');
  // "400 devices at HQ and 250 at the warehouse", "130 devices on floor 1, 95 on floor 2": one count per place.
  text = rewrite(text, PLACE_SPLIT, (m, _first: string, noun: string) => {
    const total = [...m.matchAll(/\d[\d,]{0,15}/g)].reduce((sum, n) => sum + Number(n[0].replace(/,/g, '')), 0);
    return `${total} ${noun} in all, ${m.replace(/\d[\d,]{0,15} (?:(?:iot |network )?devices )?(?:more )?/g, '')}`;
  });
  // "the other one", "this one": a pronoun, not a count.
  text = rewrite(text, /\bthe other one\b/g, 'the other item');
  // "the azure one or the security one": two things offered, not counts.
  text = rewrite(text, /\bthe ([a-z]+) one or the ([a-z]+) one\b/g, 'the $1 item or the $2 item');
  // "the docs mention one, our portal says the other": one of two things named, not a count.
  text = rewrite(text, /\b(mentions?|says?|shows?|uses?|calls?|names?|lists?) one\b(?=[,;]?[^.?!\d]{0,60}\bthe other\b)/g, '$1 item');
  // "the committed-devices one our previous IT manager arranged": a plan picked out by its kind.
  text = rewrite(text, /\bthe ([a-z]+-[a-z]+) one\b/g, 'the $1 item');
  text = rewrite(text, /\b(this|that|each|every|any|the first|the second|the newer|the older|legacy|old|new|current|other|same) one\b(?=\s*(?:[,.;:?!)'"]|$|\s(?:and|or|but|is|was|says|said|shows|has|have|from|in|on)\b))/g, '$1 item');
  text = rewrite(text, /\b(e5 security|m365 e5|microsoft 365 e5|me5|e5)\s(?:none|nil|zero)\b/g, 'no $1');
  text = rewrite(text, /\biomt\b/g, 'iot');
  // "about 10% inactive": a share, not a count; the device figure is then unclear.
  text = rewrite(text, /\b(\d[\d,]{0,15}) \(\d{1,2}(?:\.\d)? ?%\)/g, '$1');
  // Text-speak: "licences 2 buy" is "to buy", "count 4 eiot" is "for eiot".
  text = rewrite(text, /(?<=\b(?:licen[cs]es?|licenses?|lics?|need|want|wants|how|going|have|got|like|able|trying|plan|easy|possible|steps?|roles?|rights|permission|permissions|way) )2 (?=(?:buy|purchase|order|get|cover|know|ask|count|use|start|try|enable|disable|turn|be|manage|set|setup|configure|see|find|check|activate|deactivate|cancel)\b)/g, 'to ')
    .replace(/(?<!\b(?:i|we) (?:count|counted) )(?<=\b(?:count|counted|counts|licen[cs]e?s?|licenses?|lics?|trial|tril|need|needed|required|pay|price|cost|eligible|available) )4 (?=(?:eiot|iot|enterprise|the|my|our|us|me|it|them|all|a|an|each|every|this|that)\b)/g, 'for ');
  // Chat shorthand: "hw many", "2 many", "r" for "are", "30+ days", "half a million", "AP's".
  text = rewrite(text, /\bhv\b/g, 'have').replace(/\bhw (?=many|much)/g, 'how ').replace(/\b2 many\b/g, 'too many').replace(/(\d)\+ ?(?=days?|weeks?|months?|d\b)/g, '$1 ')
    .replace(/(?<=\b(?:much|many|what|which|licen[cs]es|licenses|they|we|you|devices|who)) r\b/g, ' are').replace(/\bhalf a mil(?:lion)?\b/g, '500000')
    .replace(/\bap'?s\b/g, 'access points');
  // "E5 for everyone (850)": the bracketed figure is the plan's count.
  text = rewrite(text, /\b(m?e5(?: security)?) for (?:everyone|everybody|all(?: (?:users|staff|employees))?|every user|the whole company|all of us) \((?:~ ?|about |around )?(\d[\d,]{0,15})\)/g, '$2 $1');
  // "(already removed the 210 inactive)": a subtraction already made is not made twice.
  text = rewrite(text, /\((?:already |we (?:already )?)?(?:removed|excluded|took out|subtracted|filtered out)[^()]{0,60}\)/g, ' ');
  // "grew 35% this year to 2,700": the figure now is the one after "to".
  text = rewrite(text, /\b(grew|rose|increased|dropped|fell|decreased|went (?:up|down)|jumped|climbed)(?: by)? \d{1,3}(?:\.\d)? ?%(?: (?:this|last) (?:year|quarter|month)| year on year| yoy)? to (?=\d)/g, '$1 to ');
  // "the 2023 refresh", "mid-2022": years. "committed devices 1,700": the old plan's commitment, not an inventory.
  text = rewrite(text, /\b(the|our|this|last|next|a|an|mid|early|late)[ -]((?:19|20)\d{2})\b(?!\s?(?:devices?|licen|e5|me5|seats?|users?|iot|network))/g, '$1 year')
    .replace(/\bcommitted devices:? ?\d[\d,]{0,15}\b/g, 'committed devices');
  // "MDE P2 on 800 devices": the endpoints Defender for Endpoint protects, not IoT.
  text = rewrite(text, /\b((?:mde|defender for endpoint)(?: plan 2| p2)?) (?:on|for|covering) (\d[\d,]{0,15}) (?:devices|machines|laptops|computers)\b/g, '$1 for $2 endpoints');
  // "across 14 schools": the number of places is not a count of devices.
  text = rewrite(text, ACROSS_PLACES, '$1 several $3');
  // "ME5 250 + E5 Sec 50 = 300 licences": the stated total repeats the parts.
  text = rewrite(text, /(?<!\b(?:m?e|m365 e|p))(\d[^=\n]{2,40})=\s?\d[\d,]{0,15} (?:licen[cs]es|licenses|lics?|seats|in total|total)\b/g, '$1');
  // "the gap = devices minus 5x licences": a formula, not figures.
  text = rewrite(text, /\b(?:minus|times|-) ?5 ?x (?:licen[cs]es|licenses|e5)\b/g, ' formula ');
  // "1000 E5 for 1000 users": one figure said twice.
  text = rewrite(text, /(?<!\b(?:microsoft|office|m|o)\s?)\b(\d[\d,]{0,15}) (m?e5(?: security)?)(?: licen[cs]es| licenses)? for (?:all )?(?:our )?\1 (?:users|people|staff|employees|seats)\b/g, '$1 $2');
  // "11 network devices, all inactive for more than 30 days": none of them counts.
  text = rewrite(text, /\b(\d[\d,]{0,15}) ((?:[a-z]+ ){0,2}devices),? all (?:of them )?(?:are |have been )?inactive (?:for )?(?:more than |over )?(?:3\d|[4-9]\d|\d{3}) days\b/g, '$1 $2 including $1 inactive devices');
  // "for another 40", "network devices another 100": "another" adds a figure here.
  text = rewrite(text, /\bfor another (?=\d)/g, 'for ').replace(/\b(devices) another (?=\d)/g, '$1 ');
  // "2,800 Chromebooks under Computers & Mobile", "4,000 phones (those show under Computers & Mobile)".
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z-]+ ){0,2}(?:under|on|in) (?:the )?computers (?:&|and) mobile(?: tab)?/g, '$1 computers & mobile');
  text = rewrite(text, /\b(\d[\d,]{0,15}) [a-z-]+\s?\((?:those|these|they|which) (?:show|are|appear|sit|live|count)s? (?:up )?(?:under|on|in) (?:the )?computers (?:&|and) mobile[^)]{0,20}\)/g, '$1 computers & mobile');
  // "before I buy anything, ...": context, not a purchase request. "before 31/12": a date.
  text = rewrite(text, /\bbefore (?:i|we) (?:buy (?:anything|any licen[cs]es)?|do (?:any|the) (?:maths?|calculations?))/g, 'first')
    .replace(/\b(before|by|on|until|due|from|after|pulled|as of|dated|exported|taken) \d{1,2}\/\d{1,2}\b(?!\/)/g, '$1 date');
  // "two manufacturing sites", "three tabs": how many places or tabs, not devices.
  text = rewrite(text, SEVERAL_PLACES, 'several $1');
  // "11 stations + HQ", "14 compressor stations": places, not devices.
  text = rewrite(text, /\b\d{1,4} ((?:(?:ambulance|fire|police|compressor|pumping|pump|train|railway|radio|base|charging|substation) )?(?:stations|substations))\b(?! (?:each|have|has|with) (?:~ ?|about |around )?\d)/g, 'several $1');
  // "network gear across all four: 88": the places just listed, not a count.
  text = rewrite(text, / (?:across|for|in|at|over) (?:all|the) (?:two|three|four|five|six|seven|eight|nine|ten)(?= ?[:=] ?\d)/g, '');
  // "30 or 90 days?": both are durations.
  text = rewrite(text, /\b(\d{1,3}) or (\d{1,3}) (days?|weeks?|months?)\b/g, '$1 $3 or $2 $3');
  // "eIoT is one line item": "one" as an article.
  text = rewrite(text, /\bone (?=(?:line|item|thing|question|quick|small|big|last)\b)/g, 'a ');
  // "224.x entries": an address range. "cover 1 device or 100 devices?": the licensing model, not figures.
  text = rewrite(text, /\b\d{1,3}(?:\.\d{1,3}){0,2}\.x\b/g, 'address').replace(/\b(?:1|one) device or (?:for )?(?:100|a hundred)(?: devices)?\b(?! ?[a-z])/g, 'one device or a block');
  // "the committed-devices one": a pronoun.
  text = rewrite(text, /\bthe ((?:[a-z-]{3,20} )?[a-z-]{3,20}) one\b(?=\s*(?:[,.;:!?)]|$)| (?:that|which|we|you|i)\b)/g, 'the $1 item');
  // "(The US tenant has 8,000 devices but that's a different project.)": set aside by the user.
  text = rewrite(text, /\([^()]{0,120}\b(?:different project|separate project|not relevant|ignore (?:that|this|it)|out of scope|different tenant|another tenant)\b[^()]{0,60}\)/g, ' ');
  // "zero ME5", "about 400 a day": no licences; a rate, not a count.
  text = rewrite(text, /\bzero (m?e5(?: security)?)\b/g, 'no $1').replace(/\b\d[\d,]{0,15} (?:a|per) (?:day|week|month|hour)\b/g, 'many');
  // CSV pivots: "IoT = 2,281 rows, NetworkDevice = 419 rows, Endpoint = 6,930 rows".
  text = rewrite(text, /\bendpoints?\s?[:=]\s?(?=\d)/g, 'computers & mobile: ').replace(/(\d) rows\b/g, '$1 devices');
  // "-80 freezers": the freezers' temperature, not a count.
  text = rewrite(text, /(?:^|(?<=[\s(,;:]))-\d{2} ?(?:°c?|c)? freezers\b/g, 'ultra-cold freezers');
  // "2 licence types: 200 M365 E5 and 300 E3": how many kinds, not how many licences.
  text = rewrite(text, /\b(?:\d|two|three|four) (?:different |old |separate )?(licen[cs]e|license|plan|subscription|device|m?e5) (types|kinds|categories|classes|flavou?rs|variants|sorts|agreements|contracts|renewals)\b/g, 'several $1 $2');
  // "a 3-screen cinema", "a 5-star hotel": the size of the place, not a count of devices.
  text = rewrite(text, /\b\d{1,2}-(?:screen|star|storey|story|floor|bed|room|seat|lane|court|pitch|hole) (?=cinema|multiplex|hotel|building|hospital|venue|theatre|theater|arena|stadium|complex|office|club|resort|ward|practice|site|bowling)/g, '');
  // "security dot microsoft dot com": an address, spoken.
  if (text.includes(' dot ')) text = rewrite(text, /\b([a-z0-9-]+) dot (com|net|org|microsoft|azure|office)\b/g, '$1.$2').replace(/(?<![a-z0-9-])([a-z0-9-]+\.[a-z]+) dot (com|net|org)\b/g, '$1.$2');
  // "Our big Microsoft licence is E5, we've got 1,050 of them": the plan's count.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5 security|m?e5))\b([^.?!\d]{0,30}?[,;?-] ?(?:and )?(?:we'?ve got|we have|we own|we hold|there are) )(\d[\d,]{0,15}) of (?:them|those)\b/g, '$1$2$3 $1');
  // "47 Android handhelds (Computers & Mobile tab)": a kind the user places on the tab that is not counted.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:[a-z-]+ ){0,3}[a-z-]+ \((?:on |in |under )?(?:the )?(?:computers? (?:&|and) mobiles?|c&m)(?: tab)?\)/g, '$1 mobile devices');
  // "How much devices one E5 covers? we have 140 of them": the allowance asked about, then the count held.
  text = rewrite(text, /\b(how (?:many|much) (?:iot )?devices (?:does |do |can |will )?)(?:one|1|a single) ((?:m365 |microsoft 365 )?m?e5(?: security)?)(?: licen[cs]e)? (covers?|cover)\b/g, '$1each $2 licence $3');
  // "does one E5 cover 5 devices?": the allowance asked about, not an inventory.
  text = rewrite(text, /\b((?:does|do|will|would|can) (?:one|1|a|each|a single) (?:m365 |microsoft 365 )?(?:m?e5(?: security)?|e5 security)(?: licen[cs]e| license| seat)? (?:cover|covers|give|include)) (?:5|five|10|ten) (?:iot )?devices\b/g, '$1 that many devices');
  // "it is for 1 device or more?": the rule asked about, not one device counted.
  text = rewrite(text, /\b(for|covers?) (?:1|one) device or (?=(?:for )?(?:more|several|many)\b)/g, '$1 a single device or ');
  // "Our E5 bundle = 120 seats": the plan, whatever the user calls it.
  text = rewrite(text, /\b((?:m365 |microsoft 365 )?(?:m?e5|e5 security)) (?:bundle|package|suite|subscription|plan|sku)\b(?= ?(?:=|:|is|has|of|x)? ?\d)/g, '$1');
  // "we also bought 40 of the standalone IoT licences": the licences counted.
  text = rewrite(text, /\b(\d[\d,]{0,15}) of the ((?:[a-z-]+ ){0,3}(?:licen[cs]es|licenses))\b/g, '$1 $2');
  // "the old plan (the 'committed devices' one)": which one, not a count.
  text = rewrite(text, /\b(devices|licen[cs]es|licenses|plan)['"]?\s+one\b(?=\s?[).,;]|$)/g, '$1 plan');
  // "Site A: 120 network/IoT devices, Site B: 95": the second place's figure counts the same devices.
  text = rewrite(text, /\b(site|building|campus|floor|office|store|school|terminal|block|wing|clinic|branch|depot|warehouse) ([a-z0-9]{1,2}): (\d[\d,]{0,15}) ((?:[a-z/&+-]+ ){0,2}devices)(,|;| and) \1 ([a-z0-9]{1,2}): (\d[\d,]{0,15})\b(?![.,]?\d| ?[a-z])/g, '$1 $2: $3 $4$5 $1 $6: $7 $4');
  // "Standalone eIoT licences (bought 2024): 500": a note with a year, not a count.
  text = rewrite(text, /\s?\((?:[a-z]+ ){0,2}(?:19|20)\d\d\)(?=\s?[:=])/g, '');
  // "1 stadium (42,000 seats)", "a 42,000-seat stadium": the place's capacity, not licences.
  text = rewrite(text, /\b(stadiums?|arenas?|theatres?|theaters?|venues?|grounds?|halls?|auditoriums?|cinemas?|churches|church|cathedrals?|concert halls?) \((?:capacity:? |about |around |~ ?)?\d[\d,]{0,15}(?:\+)?(?: seats?| capacity| seater| people| spectators)?\)/g, '$1');
  text = rewrite(text, /\b\d[\d,]{0,15}-(?:seat|seater|capacity) (?=stadium|arena|theatre|theater|venue|ground|hall|auditorium|cinema)/g, '');
  // "the vendor reckons we have "600-ish" sensors but I'm going with the portal figures": the other figure set aside.
  text = rewrite(text, /\b\d[\d,]{0,15}(?:-ish)?(?=\s*["']?\s+(?:[a-z-]+ ){0,2}(?:sensors|devices|things|cameras|printers)\b[^.?!]{0,40}?\bbut (?:i'?m|i am|we'?re|we are|i'?ll|we'?ll|i will|we will) (?:going|go|stick|sticking|use|using) with the (?:portal|inventory|defender|tab|tabs)(?: figures?| numbers?)?\b)/g, 'some');
  // "network devices 1,1O4 (sorry, 1,104)": the mistyped figure, then the right one.
  text = rewrite(text, /\b\d[\d,]*[oil][\d,]*\d?\s?(?:[-,]\s?)?\(?(?:sorry|i mean|oops|typo),? (\d[\d,]*)\)?/g, '$1');
  // "They inflate the IoT figure by about 150": a difference, not a count.
  text = rewrite(text, /\b((?:inflate|inflates|increase|increases|reduce|reduces|bump|bumps|push|pushes) (?:the |our )?(?:[a-z]+ )?(?:figure|count|number|total)) by (?:about |around |roughly |~ ?)?\d[\d,]*/g, '$1 somewhat');
  // "a figure for the 155 licences we're short": the gap, not licences held.
  text = rewrite(text, /\b\d[\d,]* ((?:[a-z-]+ )?(?:licen[cs]es|licenses)) (?=(?:we'?re|we are|we'?ll be|we will be) (?:short|missing|lacking)\b)/g, 'the $1 ');
  // "our finance director thinks it's 10 and I think it's 5": guesses at the rule, not counts.
  text = rewrite(text, /\b(thinks?|reckons?|believes?|guess(?:es)?) it'?s \d{1,3}\b(?! ?(?:e5|me5|licen|devices|seats))/g, '$1 otherwise');
  // "sorry, 410 not 140 (the ME5 seats)": the corrected figure, named in brackets.
  text = rewrite(text, /\b(\d[\d,]*) not \d[\d,]* \((?:the )?((?:m365 |microsoft 365 )?m?e5(?: security)?(?: seats| licen[cs]es| licenses)?|(?:iot |network )?devices)\)/g, '$1 $2');
  // "2 hundred network devices and 5 hundred and 40 IoT devices. Hmm, to be precise: 203 network, 541 IoT": the
  // rough sentence gives way to the precise one.
  text = rewrite(text, /(?<=^|[.!?]\s|\n)[^.!?\n]*\d[^.!?\n]*[.!?]\s*(?:hmm,? |ok,? |so,? |well,? )?(?=(?:to be (?:precise|exact)|more precisely|precisely)[:,]?\s)/g, '');
  // "We're adding 260 new IP cameras next month": devices to come, not today's.
  text = rewrite(text, /\b((?:we'?re|we are|we will be|we'?ll be) (?:adding|installing|getting|deploying)) \d[\d,]* (?=(?:new |more |extra |additional )?(?:[a-z-]+ ){0,2}[a-z-]+s\b[^.?!]{0,40}\b(?:next|in (?:the )?(?:coming|next)|this coming|later|soon)\b)/g, '$1 some ');
  // "with 2x the cameras": a multiple, not a count.
  text = rewrite(text, /\b\d ?x (?=the |as many )/g, 'several times ');
  // "licences tbd, still waiting on procurement": who will say, not a purchase question.
  text = rewrite(text, /\b(?:still )?(?:waiting (?:on|for)|asking|checking with|chasing) (?:procurement|purchasing|finance)\b/g, 'still waiting on them');
  // "that's 85 more on top of 1,005 devices": one figure.
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:more|extra|additional|new) on top of (?:the |our )?(\d[\d,]{0,15}) ((?:[a-z]+ ){0,2}devices)\b/g, (_m, a: string, b: string, noun: string) =>
    `${Number(a.replace(/,/g, '')) + Number(b.replace(/,/g, ''))} ${noun}`,
  );
  // "64 devices -> 64 licences right?": the user's answer, checked, not licences held.
  text = rewrite(text, /\b(\d[\d,]{0,15} (?:[a-z]+ )?devices): (\d[\d,]{0,15}) ((?:[a-z]+ )?(?:licen[cs]es|licenses))(?= right\b| correct\b| yes\b|\s?\?)/g, '$1, so we need $2 $3');
  // "E3 for everyone (4,000 seats)": the seats of that plan.
  text = rewrite(text, /\b(e3|e1|f3|business premium|p1|mde p1)([^.()\d]{0,30}) \((\d[\d,]{0,15}) (seats|users|licen[cs]es|licenses)\)/g, '$1$2 ($3 $1 $4)');
  // "E5 licences for 1/2 of our 600 staff": a share.
  text = rewrite(text, /\b1\/2 of\b/g, 'half of').replace(/\b1\/3 of\b/g, 'a third of').replace(/\b1\/4 of\b/g, 'a quarter of');
  // "the small SOC team (two people, part-time)": a team's size, not licences.
  text = rewrite(text, /\((?:just |only )?(?:\d|one|two|three|four|five|six) (?:people|persons|staff|analysts|engineers), (?:part-time|full-time|on call|on shifts|mostly [a-z]+)\)/g, '');
  // "18 network devices (one router and one switch per practice)": how the figure is made up, not more devices.
  text = rewrite(text, new RegExp(String.raw`(\d[\d,]* (?:[a-z]+ )?devices) \([^()]*\bper (?:${PLACE_SINGULARS.join('|')})\b[^()]*\)`, 'g'), '$1');
  // "our pilot at Station 7", "Hangar 2": a place's name, not a count.
  text = rewrite(text, /\b(at|in|from|for) (station|hangar|gate|ward|block|unit|building|site|depot|store|branch|terminal) (\d{1,3})\b(?!\s?(?:[:=]|devices|iot|network|e5|me5|licen|cameras|printers|sensors))/g, '$1 $2 number');
  // "2,5 thousands IoT devices": the plural of a unit is the unit.
  text = rewrite(text, /(?<=\d) thousands\b(?= (?:iot|network|devices|e5|me5|licen))/g, ' thousand');
  // "so 2,315 rounds up to 2,400 right?": the user's device count, and the rounding asked about.
  text = rewrite(text, /\b(\d[\d,]{0,15}) rounds? up to (?:the next hundred|\d[\d,]{0,15})\b/g, '$1 devices, round up to the next hundred');
  // "is it 5 per ME5 only or 5 per E5 Security too?": the allowance asked about.
  text = rewrite(text, /\b(is it |or |just |only )(?:5|five) per ((?:m365 |microsoft 365 )?m?e5(?: security)?|e5 security)\b/g, '$1the allowance per $2');
  // "Enterprise IoT is one of them": among the things just listed, not a count.
  text = rewrite(text, /\b(is|was) one of (?:them|those|these)\b/g, '$1 among them');
  // "ferry company w/ 2 terminals. Terminal A: ...", "passengers a year through 3 terminals": passenger terminals, places.
  if (/\bterminal [a-z0-9]{1,2}\s?:|\b(?:passengers?|airport|ferry|ferries|cruise|port)\b[^.?!]{0,60}\b\d{1,2} terminals\b/.test(text)) text = rewrite(text, /\b(\d{1,2}) terminals\b/g, '$1 sites');
  // "14 flood-defence pumping stations": places, not devices.
  text = rewrite(text, /\b(pumping|pump|lift|booster|railway|train|fire|police|petrol|bus|lifeboat|coastguard) stations\b/g, '$1 sites');
  // "Does the Computers & Mobile tab count? It has 3,000 devices on it": that tab's figure.
  text = rewrite(text, /\b(computers? (?:&|and) mobiles?|c&m)( tab)?\b([^.?!]{0,20}[.?!]\s*)(it (?:has|shows|lists)) (\d[\d,]{0,15}) devices\b/g, '$1$2$3$4 $5 computers & mobile devices');
  // "Computers & Mobile alone accounts for 2,900 of those": that tab's figure.
  text = rewrite(text, /\b(computers (?:&|and) mobiles?|c&m)( tab)? (?:alone |on its own )?(?:accounts? for|makes? up|takes? up|is|are) (?=\d)/g, '$1$2 ');
  // "cost center 4410", "the cost code (THR-22)": a budget line's name, not a price.
  text = rewrite(text, /\bcost cent(?:er|re) \d+/g, 'cost center name');
  text = rewrite(text, /\bcost (?:code|cent(?:er|re))s?\b/g, 'budget code');
  // "iot 700 e5 ???": the E5 figure is not known.
  text = rewrite(text, /(\d[\d,]{0,15}) (m?e5(?: security)?) \?{2,}/g, '$1, $2 count unknown');
  // "E5? none", "E5: n/a": no licences of that plan.
  text = rewrite(text, /(?<!\d\s?)\b(e5 security|m365 e5|microsoft 365 e5|me5|e5)(?: licen[cs]es| licenses| seats| count)?(?:\s?[?:=-]\s?(?:none|nil|zero|no|n\/a)|,\s?(?:none|nil|zero))\b(?!\s(?:standalone|add-?ons?|other|extra|more|eiot|iot|per-device|licen[cs]es|licenses|[a-z]+ licen))/g, 'no $1');
  // "Defender for Endpoint P2 (standalone)", "MDE P2 standalone: 2,000": the plan bought on its own, not eIoT.
  text = rewrite(text, /\b(p[12]|plan [12])\s?(?:\(standalone\)|standalone\b)/g, '$1');
  // "we have some E5, like 200 i think": the figure follows.
  text = rewrite(text, /\bsome (m?e5(?: security)?),? (?:like|about|around|maybe|roughly|approx\.?|~) ?(\d[\d,]{0,15})/g, '$2 $1');
  // "We'll drop the 250 that have been inactive for more than 30 days".
  text = rewrite(text, /\b(?:drop|remove|exclude|take out|subtract|leave out|minus|less|excluding|without|deduct)(?: the)? (\d[\d,]{0,15})(?: (?:iot |network )?(?:devices|ones))? (?:that|which) (?:have been|are|were|have) (?=inactive|stale|dormant|offline|dead)/g, 'including $1 ');
  // "4,300 medical and building devices under IoT devices", "720 switches/APs under network devices".
  text = rewrite(text, /\b(\d[\d,]{0,15}) (?:(?!(?:and|but|or|plus|nothing|none|thousand|hundred|million)\b)[a-z/&-]+ ){0,4}?(?:under|in|on) (?:the )?(iot|network) (?:devices(?: tab)?|tab)\b/g, '$1 $2 devices');
  // "one says add both tabs": the one is a document, not a device.
  text = rewrite(text, /\b(?:the (?:other|newer|older|old|new) )?one (?=(?:says|said|states|stated|mentions|mentioned|claims)\b)/g, 'it ');
  // A few French and Spanish tab names: "450 appareils réseau", "dispositivos IoT 900".
  text = rewrite(text, /\b(?:appareils|dispositifs|p\u00e9riph\u00e9riques|\u00e9quipements|equipements|dispositivos|equipos) (?:de )?(r\u00e9seau|reseau|red|iot)\b/g, (_m, part: string) =>
    part === 'iot' ? 'iot devices' : 'network devices',
  );
  // A few German nouns for de-DE users.
  // Compound device nouns ("Etikettendrucker", "Infusionspumpen", "Badge-Leser") read by their last part.
  text = rewrite(text, /\b(?:([a-z\u00e4\u00f6\u00fc\u00df]{2,20})-?)?(drucker|scanner|pumpen|monitore|kameras|telefone|sensoren|leser|automaten|kassen(?:systeme)?|kioske|beamer|(?:tor|t(?:\u00fc|ue)r|zugangs)steuerungen)n?\b/g, (whole, first: string | undefined, part: string) => {
      const english = GERMAN_DEVICE_PARTS[part.replace(/^(?:tor|t(?:\u00fc|ue)r|zugangs)steuerungen$/, 'steuerungen').replace(/^kassensysteme$/, 'kassen')];
      // The first part stays a word of its own: "OT-Sensoren" is still about OT.
      return english ? `${first ? `${first} ` : ''}${english}` : whole;
    },
  );
  text = rewrite(text, /\b(?:drucker)\b/g, 'printers').replace(/\bkameras\b/g, 'cameras').replace(/\btelefone\b/g, 'phones')
    .replace(/\b(?:mitarbeiter(?:innen)?|benutzer|nutzer)\b/g, 'employees').replace(/\bkeine\b/g, 'no')
    .replace(/\binsgesamt\b/g, 'in total').replace(/\bsowie\b/g, 'and').replace(/\bletztes jahr\b/g, 'last year')
    .replace(/\bjetzt\b/g, 'now').replace(/\b(?:e?iot-)?(?:einzel|zusatz)lizenzen\b/g, 'standalone licences')
    .replace(/\bger(?:ä|ae)ten\b/g, 'geräte').replace(/\balle mit\b/g, 'all with');
  // Calendar dates and periods: "on 3 May", "1st July", "in month 4", "week 12".
  text = rewrite(text, 
    // ("38 OCT machines", "9 OCT scanners" are eye scanners, not dates.)
    /\b\d{1,2}(?:st|nd|rd|th)?\s(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?! (?:machines?|scanners?|scans?|devices?|units?|imagers?|cameras?))/g,
    ' date ',
  ).replace(/\b(?:month|week|sprint|phase|wave|ticket|case|req|inc|chg)\s?#?\d+\b/g, ' period ');
  // Reference IDs ("REQ-11873", "NET-5512", "CR-7781", "CAM-22") name a ticket or project, not a count.
  text = rewrite(text, /\b(?!m?e5\b|p[12]\b|per-)[a-z]{2,8}(?:-[a-z]{2,8})?-\d{2,}(?:-\d+)*\b/g, ' ref ');
  // "quote Q-10442", "reference FR/ICT/2291": the same, with one letter or slashes.
  text = rewrite(text, /\b[a-z]-\d{3,}\b|\b[a-z]{2,8}(?:\/[a-z]{2,8})+\/\d{2,}\b/g, ' ref ');
  // Fiscal years and "in 2026" are not counts: mask them before hyphens between digits become ranges.
  text = rewrite(text, /\b(?:fy|cy|q[1-4]|h[12])\s?'?(?:19|20)?\d{2}\b/g, ' period ').replace(/\bpre-?(?:19|20)\d{2}\b/g, ' pre-year ');
  text = rewrite(text, 
    /\b(in|since|by|from|during|until|till|before|after|for|of|as of|end of|start of|early|late|mid|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s(?:(?:19|20)\d{2})\b(?!\s?(?:devices?|licen|licenses?|e5|me5|seats?|users?|cameras?|printers?|phones?|sensors?|endpoints?|assets?|iot|network|things|units|tvs|screens|employees|staff|people))/g,
    '$1 year',
  );
  // "1,679 (network + IoT) devices": the parenthesis only names the tabs.
  text = rewrite(text, /\(\s?(?:network|iot|devices?|\+|&|and|\s)+\)/g, ' ');
  // Digits glued to a noun: "1679devices", "150-person", "devsx800"; "nos." is "numbers of".
  text = rewrite(text, /(\d)-?(devs?|devices?|licen[cs]es?|licenses?|lics?|seats?|users?|iot|printers?|cameras?|person|people|employees?|staff)\b/g, '$1 $2');
  text = rewrite(text, /\b(m?e5|devs?|devices?|licen[cs]es?|licenses?|lics?)x(\d)/g, '$1 x $2');
  text = rewrite(text, /(\d)\s?(?:nos\.?|no\.)\s(?:of\s)?/g, '$1 ');
  // Text-speak "4" for "for": "licences 4 150 printers" is not 4150.
  text = rewrite(text, /\b(need|needed|licen[cs]es?|licenses?|lics?|buy|get|required)\s4\s(?=\d)/g, '$1 for ');
  // Plain digits glued to a plan name: "320e5" is 320 E5 licences, not 320 × 10^5.
  text = rewrite(text, /(\d)(m?e5|e3)\b/g, '$1 $2');
  text = rewrite(text, /(\d)x\b/g, '$1 x').replace(/\bx(\d)/g, 'x $1');
  // A hyphen between two numbers is a range or a list, never a minus sign.
  // A plan's own digit is not a number: "ME5 -5" is a minus sign after the label.
  // "MDE P2 - 1,250 network devices": a dash with spaces after a plan name separates, like a comma.
  text = rewrite(text, /(\d)(\s*)-(\s*)(?=\d)/g, (whole, digit: string, before: string, after: string, at: number) => {
    if (!/\b(?:m?e[35]|p[12])$/.test(text.slice(Math.max(0, at - 3), at + 1))) return `${digit} to `;
    // "... P2 – 780 licenses" is the plan's count, left as it was.
    if (before && after && !/^\s*-\s*\d[\d,.]*\s?(?:licen|lics?\b|seats?\b|users?\b)/.test(text.slice(at + 1, at + 40))) return `${digit}, `;
    return before ? whole : `${digit} to `;
  });
  // "the 22nd" keeps its ordinal ("nd" alone is a typo for "and").
  text = rewrite(text, /(?<!\d)\d+(?:st|nd|rd|th)\b|[a-z]+/g, (word) => (/^\d/.test(word) || surnames.has(word) ? word : correctWord(word)));
  return text.replace(/[ \t]+/g, ' ').trim();
}
