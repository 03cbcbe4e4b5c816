// Number recognition: Microsoft's recognizers-text (the one Bot Framework prompts use) finds every number
// with its position; this file only masks what is not a count (plan names, money, versions) first.
import { NumberRecognizer, Culture } from '@microsoft/recognizers-text-number';
import { rewrite } from './literalGate';

export interface NumberMention {
  value: number;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Spans whose digits are names, not counts: "Microsoft 365", "E5", "MDE P2", "Windows 11", "$57", "802.1x".
 * Replaced by letters of the same length so offsets stay put.
 */
const NOT_COUNTS: RegExp[] = [
  /\b(?:microsoft|ms|office|o|m)\s?365\b/g,
  /\b(?:windows|win|ios|android|server|ipv|tls|wifi|wi-fi|version|tier)\s?\d+(?:\.\d+)*[a-z]?(?:\s?(?:and|&|\/|,|or)\s?\d{1,2}\b)*/g,
  /\bplan\s?[12]\b(?![,.]?\d)/g,
  /\bper[- ]\d+\b|\b(?:blocks?|packs?|multiples?|increments?|lots?|bundles?|units) of \d+\b/g,
  /\b802\.\d+[a-z]*\b/g,
  /\b(?:m?e|a|g|f|p|v|n|x)\d+(?:\.\d+)*\b/g,
  /[$€£¥]\s?\d[\d,.]{0,15}\s?[km]?\b/g,
  /\b(?:usd|eur|gbp|chf)\s?\d[\d,.]{0,15}\b/g,
  /\b\d[\d,.]{0,15}\s?(?:usd|eur|gbp|chf|dollars?|euros?|pounds?|cents?)\b/g,
  /\b\d[\d,.]{0,15}\s?%/g,
  /\b\d{1,2}:\d{2}\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b|\/\d{1,2}\b|\b\d{1,3}\.(?:x|\*|\d{1,3})\.(?:x|\*|\d{1,3})\.(?:x|\*|\d{1,3})\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /#\d+/g,
];

function maskNonCounts(text: string): string {
  let masked = text;
  for (const pattern of NOT_COUNTS) {
    masked = rewrite(masked, pattern, (m) => m.replace(/[\d.,]/g, 'q'));
  }
  return masked;
}

// One model for the process: the package's `recognizeNumber()` helper builds a new recognizer (and registers
// every culture's models) on each call, which cost more than the matching itself.
type NumberModel = ReturnType<NumberRecognizer['getNumberModel']>;
type ModelResult = ReturnType<NumberModel['parse']>[number];
let numberModel: NumberModel | undefined;
function englishNumberModel(): NumberModel {
  numberModel ??= new NumberRecognizer(Culture.English).getNumberModel();
  return numberModel;
}

/** The recognizer builds its models on first use (~50 ms); do it at start-up, not on the first question. */
export function warmUpNumberRecognizer(): void {
  englishNumberModel().parse('1,679 devices and three hundred and twenty E5');
}

/** Every number in normalised text that could be a count, in order. */
export function findNumbers(normalised: string): NumberMention[] {
  const text = maskNonCounts(normalised);
  const mentions: NumberMention[] = [];
  for (const { offset, chunk } of numericChunks(text)) {
    const plain = plainIntegers(chunk);
    if (plain) {
      for (const m of plain) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
      continue;
    }
    for (const m of recognizerMentions(chunk)) mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
  }
  return mentions;
}

/** Every number the recognizer finds in a chunk, as mentions (offsets within the chunk). */
export function recognizerMentions(chunk: string): NumberMention[] {
  return englishNumberModel()
    .parse(chunk)
    .map((result) => toMention(result, 0))
    .filter((m): m is NumberMention => m !== null);
}

const NUMBER_WORDS_ONLY =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|halves|couple|k|negative|minus|point|first|second|third|thirds|quarters?|(?:four|fif|six|seven|eigh|nin|ten|hundred|thousand)ths?)\b/;
const DIGIT_RUN = /\d[\d,.]*/g;
const PLAIN_INTEGER = /^(?:\d{1,3}(?:,\d{3})+|\d{1,15})$/;
/** Characters that change what digits beside them mean: signs, decimals, units, letters, other digits. */
const TOUCHING = /[a-z\d+\-/.,@#$€£_*~^%]/;

/**
 * Most messages write counts as plain integers ("1679", "1,679"). Those are read directly: the recognizer
 * costs about a tenth of a millisecond per clause and gives the same answer (checked over the whole corpus
 * by test/understanding/numbers.test.ts). Anything else (number words, decimals, "1.7k", signs, ranges,
 * "1 679", digits touching letters) returns null and goes to the recognizer.
 */
export function plainIntegers(chunk: string): NumberMention[] | null {
  if (NUMBER_WORDS_ONLY.test(chunk)) return null;
  const found: NumberMention[] = [];
  for (const m of chunk.matchAll(DIGIT_RUN)) {
    const written = m[0].replace(/[.,]+$/, '');
    const start = m.index;
    const end = start + written.length;
    if (!PLAIN_INTEGER.test(written)) return null;
    const [b1 = ' ', b2 = ' '] = [chunk[start - 1], chunk[start - 2]];
    const [a1 = ' ', a2 = ' '] = [chunk[end], chunk[end + 1]];
    // "devices - 1,004": a dash, a space, then digits is punctuation, which the recognizer also reads as the
    // plain number (see toMention); a dash after a digit ("5 - 3") or with no space stays with the recognizer.
    const b3 = chunk[start - 3] ?? ' ';
    const dashBefore = b2 === '-' && /\s/.test(b1) && !/[\d+\-.,]/.test(b3);
    if (TOUCHING.test(b1) || (/\s/.test(b1) && /[\d+\-]/.test(b2) && !dashBefore)) return null;
    if (a1 !== '.' && a1 !== ',' && TOUCHING.test(a1)) return null;
    // "1200 - reicht das?": a dash between a number and a word is punctuation too.
    const dashAfter = a2 === '-' && /\s/.test(chunk[end + 2] ?? '') && /[a-z]/.test(chunk[end + 3] ?? '');
    if (/\s/.test(a1) && /[\d+\-/%]/.test(a2) && !dashAfter) return null;
    found.push({ value: Number(written.replace(/,/g, '')), start, end, text: written });
  }
  return found;
}

const NUMBER_WORD =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|couple)\b/;
/** Clause breaks; a period only when a space follows, so "1.7k" stays whole. */
const CLAUSE_BREAK = /[;!?\n]|\.\s/g;

/**
 * The recognizer's cost grows with the text it scans, and most clauses hold no number: only the clauses with a
 * digit or a number word are scanned (most procedure questions skip it entirely).
 */
function numericChunks(text: string): { offset: number; chunk: string }[] {
  const chunks: { offset: number; chunk: string }[] = [];
  let from = 0;
  const push = (to: number) => {
    const chunk = text.slice(from, to);
    if (NUMBER_WORD.test(chunk)) chunks.push({ offset: from, chunk });
  };
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    push(m.index + 1);
    from = m.index + 1;
  }
  push(text.length);
  return chunks;
}

function toMention(result: ModelResult, offset: number): NumberMention | null {
  let start = result.start + offset;
  const end = result.end + 1 + offset;
  let written = result.text;
  let value = Number(result.resolution?.value);
  if (!Number.isFinite(value)) return null;
  // "- 1679" (a dash and a space) is punctuation, not a minus sign.
  if (/^-\s/.test(written)) {
    value = Math.abs(value);
    const digitsAt = written.search(/[^-\s]/);
    start += digitsAt;
    written = written.slice(digitsAt);
  }
  // Words that only sometimes mean a number ("one of them", "half the devices") are not counts
  // unless a noun follows; attachment decides that, so keep them, flagged by their text.
  return { value, start, end, text: written };
}
