// German admins (the de-DE locale) often ask in German. The rules below read English, so the handful of German
// words that carry a licensing question are rewritten to their English equivalent first. Lower-case input.

const A = '(?:ä|ae)';
const O = '(?:ö|oe)';
const U = '(?:ü|ue)';

const DIGIT_WORDS = ['ein', 'zwei', 'drei', 'vier', 'f(?:ü|ue)nf', 'sechs', 'sieben', 'acht', 'neun'];
const TEEN_HUNDREDS: [RegExp, string][] = [
  [/\belfhundert\b/g, '1100'], [/\bzw(?:ö|oe)lfhundert\b/g, '1200'], [/\bdreizehnhundert\b/g, '1300'], [/\bvierzehnhundert\b/g, '1400'],
  [/\bf(?:ü|ue)nfzehnhundert\b/g, '1500'], [/\bsechzehnhundert\b/g, '1600'], [/\bsiebzehnhundert\b/g, '1700'], [/\bachtzehnhundert\b/g, '1800'],
  [/\bneunzehnhundert\b/g, '1900'],
];
const digitOf = (word: string) => DIGIT_WORDS.findIndex((w) => new RegExp(`^${w}$`).test(word)) + 1;
const DIGIT = `(${DIGIT_WORDS.join('|')})`;
/** "zweihundert", "dreitausend", "zweitausendfünfhundert": the round German number words admins type. */
function germanNumbers(text: string): string {
  return TEEN_HUNDREDS.reduce((t, [re, n]) => t.replace(re, n), text)
    .replace(new RegExp(String.raw`\b${DIGIT}?tausend(?:${DIGIT}hundert)?\b`, 'g'), (_m, t?: string, h?: string) =>
      String((t ? digitOf(t) : 1) * 1000 + (h ? digitOf(h) * 100 : 0)),
    )
    .replace(new RegExp(String.raw`\b${DIGIT}?hundert\b`, 'g'), (_m, h?: string) => String((h ? digitOf(h) : 1) * 100));
}

/** Phrase → English, applied in order; longer phrases first. Each word is distinctly German. */
const GLOSSARY: [RegExp, string][] = [
  [new RegExp(String.raw`\bauf (?:volle |die n${A}chsten )?\d[\d,.]{0,15}(?: ger${A}te)? aufrunden\b`, 'g'), 'round up to the next hundred'],
  [new RegExp(String.raw`\bkostenlose?[nrs]?\b`, 'g'), 'free'],
  [new RegExp(String.raw`\bvon unseren (\d[\d,]{0,15}) (?:iot-|netzwerk)?ger${A}ten sind (\d[\d,]{0,15}) seit (?:${U}ber|mehr als) (\d{1,4}) tag(?:en|e)? ohne (?:netzwerk)?aktivit${A}t\b`, 'g'), '$1 iot devices, of which $2 inactive for more than $3 days'],
  [new RegExp(String.raw`\bohne netzwerkaktivit${A}t\b`, 'g'), 'inactive'],
  [new RegExp(String.raw`\bwo (?:genau )?(?:sehe|finde) ich\b`, 'g'), 'where do i see'],
  [new RegExp(String.raw`\bwie viele\b`, 'g'), 'how many'],
  [new RegExp(String.raw`\bwie (?:z${A}hle|berechne|ermittle) ich\b`, 'g'), 'how do i count'],
  [new RegExp(String.raw`\bwie ?viel\b`, 'g'), 'how much'],
  [new RegExp(String.raw`\bwas kannst du\b`, 'g'), 'what can you do'],
  [new RegExp(String.raw`\bwo finde ich\b`, 'g'), 'where do i find'],
  [new RegExp(String.raw`\bwas kostet\b`, 'g'), 'what is the price of'],
  [new RegExp(String.raw`\b(?:kosten|preis(?:e)?)\b`, 'g'), 'price'],
  [new RegExp(String.raw`\bgibt es\b`, 'g'), 'is there'],
  [new RegExp(String.raw`\b(?:wie )?(?:k${U}ndige|k${U}ndigen|k${U}ndigung)\b`, 'g'), 'how do i cancel'],
  [new RegExp(String.raw`\b(?:wie )?(?:deaktiviere|deaktivieren|ausschalten|abschalten|schalte (?:ich )?(?:[a-z-]+ ){0,6}aus)\b`, 'g'), 'how do i turn off'],
  [new RegExp(String.raw`\b(?:wie )?(?:aktiviere|aktivieren|einschalten|schalte (?:ich )?(?:[a-z-]+ ){0,6}ein)\b`, 'g'), 'how do i turn on'],
  [new RegExp(String.raw`\b(?:testversion|testphase|testlizenz|probeversion|ausprobieren|testen)\b`, 'g'), 'trial'],
  [new RegExp(String.raw`\b(?:kaufe|kaufen|erwerbe|erwerben|bestelle|bestellen)\b`, 'g'), 'buy'],
  [new RegExp(String.raw`\bzus${A}tzliche[nr]?\b`, 'g'), 'additional'],
  [new RegExp(String.raw`\b(?:brauchen|ben${O}tigen) wir\b`, 'g'), 'do we need'],
  [new RegExp(String.raw`\b(?:brauche|ben${O}tige) ich\b`, 'g'), 'do i need'],
  [new RegExp(String.raw`\b(?:brauche|brauchen|ben${O}tige|ben${O}tigen)\b`, 'g'), 'need'],
  [new RegExp(String.raw`\b(?:rollen)\b`, 'g'), 'roles'],
  [new RegExp(String.raw`\b(?:berechtigungen)\b`, 'g'), 'permissions'],
  [new RegExp(String.raw`\bvoraussetzungen\b`, 'g'), 'prerequisites'],
  [new RegExp(String.raw`\bdeckt\b(.{0,60}?)\bab\b`, 'g'), 'does$1cover'],
  [new RegExp(String.raw`\bkorrektur\b:?(?: es sind)?`, 'g'), 'correction:'],
  [new RegExp(String.raw`\baufrunden\b`, 'g'), 'round up'],
  [new RegExp(String.raw`\bmuss ich\b`, 'g'), 'do i have to'],
  [new RegExp(String.raw`\bwelches? portal\b`, 'g'), 'which portal'],
  [new RegExp(String.raw`\bwelche\b`, 'g'), 'which'],
  [new RegExp(String.raw`\bdavon (\d[\d,]{0,15}) (?:sind |waren )?seit (?:(?:${U}ber|mehr als) )?(\d{1,4}) tag(?:en|e)? inaktiv\b`, 'g'), 'of which $1 inactive for more than $2 days'],
  [new RegExp(String.raw`\b(\d[\d,]{0,15}) davon (?:sind |waren )?(?:seit |l${A}nger als |mehr als |${U}ber )+(\d{1,4}) tag(?:en|e)? inaktiv\b`, 'g'), 'of which $1 inactive for more than $2 days'],
  [new RegExp(String.raw`\b(?:davon sind )?(\d[\d,]{0,15}) (?:iot-|netzwerk)?ger${A}te (?:sind )?(?:seit |l${A}nger als |${A}lter als |mehr als |${U}ber )+(\d{1,4}) tag(?:en|e)? inaktiv\b`, 'g'), 'of which $1 inactive for more than $2 days'],
  [new RegExp(String.raw`\bdavon (\d[\d,]{0,15}) ger${A}te (?:sind )?seit (\d{1,4}) tag(?:en|e)? ohne aktivit${A}t\b`, 'g'), 'of which $1 inactive for more than $2 days'],
  [new RegExp(String.raw`\bohne aktivit${A}t\b`, 'g'), 'inactive'],
  [new RegExp(String.raw`\bfehlen (?:uns|mir)\b`, 'g'), 'are we short'],
  [new RegExp(String.raw`\bzwischen\b`, 'g'), 'between'],
  [new RegExp(String.raw`\bdefender-portal\b`, 'g'), 'defender portal'],
  [new RegExp(String.raw`\bdavon (?:sind |waren )(\d[\d,]{0,15}) (?:seit |l${A}nger als |mehr als |${U}ber )+(\d{1,4}) tag(?:en|e)? inaktiv\b`, 'g'), 'of which $1 inactive for more than $2 days'],
  [new RegExp(String.raw`\b(?:bereits )?(?:vorhandene[nr]?|bestehende[nr]?)\b`, 'g'), 'existing'],
  [new RegExp(String.raw`\b(?:l${A}nger als|mehr als|${A}lter als)\b`, 'g'), 'more than'],
  [new RegExp(String.raw`\b(?:bereits |schon )?gekauft(?:e|en)?\b`, 'g'), 'already bought'],
  [new RegExp(String.raw`\bhei(?:ß|ss)t\b`, 'g'), 'called'],
  [new RegExp(String.raw`\bjetzt\b`, 'g'), 'now'],
  [new RegExp(String.raw`\bpro\b`, 'g'), 'per'],
  [new RegExp(String.raw`\blizenziert\b`, 'g'), 'licensed'],
  [new RegExp(String.raw`\b(\d{2,3})er[-\s]?pak(?:et|ete|eten)\b`, 'g'), 'packs of $1'],
  [new RegExp(String.raw`\bverkauft\b`, 'g'), 'sold'],
  [new RegExp(String.raw`\bkostet\b`, 'g'), 'cost'],
  [new RegExp(String.raw`\beigenst${A}ndige[nr]?\b`, 'g'), 'standalone'],
  [new RegExp(String.raw`\b(m?e5(?: security)?)(?:-lizenzen)? haben wir (?:keine|nicht)\b`, 'g'), 'we have no $1'],
  [new RegExp(String.raw`\bsicherheit\b`, 'g'), 'security'],
  [new RegExp(String.raw`\bhandys\b`, 'g'), 'phones'],
  [new RegExp(String.raw`\bumbenannt\b`, 'g'), 'renamed'],
  [new RegExp(String.raw`\bwurde\b`, 'g'), 'was'],
  [new RegExp(String.raw`\bz${A}hlen (.{1,80}?) mit\b`, 'g'), 'do $1 count'],
  [new RegExp(String.raw`\bohne\b`, 'g'), 'without'],
  [new RegExp(String.raw`\bseit (?:${U}ber|mehr als) (\d{1,4}) tag(?:en|e)?\b`, 'g'), 'for more than $1 days'],
  [new RegExp(String.raw`\btag(?:en|e)\b`, 'g'), 'days'],
  [new RegExp(String.raw`\binaktiv(?:e|en)?\b`, 'g'), 'inactive'],
  [new RegExp(String.raw`\bdavon\b`, 'g'), 'of which'],
  [new RegExp(String.raw`\b(?:ger${A}te(?:zahl|anzahl)|anzahl (?:der )?ger${A}te)\b`, 'g'), 'device count'],
  [new RegExp(String.raw`\bnetzwerk-? und iot-ger${A}ten?\b`, 'g'), 'network and iot devices'],
  [new RegExp(String.raw`\bnetzwerk[-\s]?ger${A}ten?\b`, 'g'), 'network devices'],
  [new RegExp(String.raw`\biot[-\s]?ger${A}ten?\b`, 'g'), 'iot devices'],
  [new RegExp(String.raw`\bmobilger${A}ten?\b`, 'g'), 'mobile'],
  [new RegExp(String.raw`\bger${A}te?n?\b`, 'g'), 'devices'],
  [new RegExp(String.raw`\bkein(?:e|en)?\b`, 'g'), 'no'],
  [new RegExp(String.raw`\bnur\b`, 'g'), 'only'],
  [new RegExp(String.raw`\b(?:z${A}hle|z${A}hlen|z${A}hlt|gez${A}hlt)\b`, 'g'), 'count'],
  [new RegExp(String.raw`\b(?:produktionsanlagen|produktion|fertigung|industrieanlagen|leitsysteme|sps|steuerungen)\b`, 'g'), 'industrial ot'],
  [new RegExp(String.raw`\bnetzwerk\b`, 'g'), 'network'],
  [new RegExp(String.raw`\b([a-z0-9]+)-lizenz(en)?\b`, 'g'), '$1 licence$2'],
  [new RegExp(String.raw`\blizenzen\b`, 'g'), 'licences'],
  [new RegExp(String.raw`\blizenz\b`, 'g'), 'licence'],
  [new RegExp(String.raw`\beine?\b`, 'g'), 'a'],
  [new RegExp(String.raw`\b(?:wir haben|ich habe|haben wir|habe ich)\b`, 'g'), 'we have'],
  [new RegExp(String.raw`\b(?:im|in der|auf dem)\b`, 'g'), 'in the'],
  [new RegExp(String.raw`\bfehlen\b`, 'g'), 'are missing'],
  [new RegExp(String.raw`\bund\b`, 'g'), 'and'],
  [new RegExp(String.raw`\boder\b`, 'g'), 'or'],
  [new RegExp(String.raw`\bauch\b`, 'g'), 'also'],
  [new RegExp(String.raw`\b(?:f${U}r)\b`, 'g'), 'for'],
  [new RegExp(String.raw`\b(?:hallo|servus|moin|guten (?:morgen|tag|abend))\b`, 'g'), 'hello'],
  [new RegExp(String.raw`\b(?:danke|vielen dank)\b`, 'g'), 'thanks'],
];

/** Words a German question almost always holds; English text rarely does, and the glossary is German-only. */
const GERMAN_MARKER = new RegExp(
  String.raw`\b(?:ich|wir|wie|wo|was|welche|gibt|muss|und|oder|auch|unter|unsere?|nicht|sind|ist|wurde|wird|davon|z${A}hlen|hei(?:ß|ss)t|guten|moin|servus|kann|man|kostenlos|f${U}r|ger${A}te|lizenz(?:en)?|davon|hallo|danke|inaktiv|tage|netzwerk|k${U}ndig\w*|alten|werden|verkauft)\b`,
);

export function germanToEnglish(text: string): string {
  if (!GERMAN_MARKER.test(text)) return text;
  return GLOSSARY.reduce((t, [pattern, english]) => t.replace(pattern, english), germanNumbers(text));
}
