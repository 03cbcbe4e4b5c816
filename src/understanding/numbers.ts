// Number recognition: Microsoft's recognizers-text (the one Bot Framework prompts use) finds every number
// with its position; this file only masks what is not a count (plan names, money, versions) first.
import { recognizeNumber, Culture } from '@microsoft/recognizers-text-number';

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
  /\bper[- ]\d+\b|\b(?:blocks?|packs?|multiples?|increments?|lots?|bundles?) of \d+\b/g,
  /\b802\.\d+[a-z]*\b/g,
  /\b(?:m?e|a|g|f|p|v|n|x)\d+(?:\.\d+)*\b/g,
  /[$€£¥]\s?\d[\d,.]*\s?[km]?\b/g,
  /\b(?:usd|eur|gbp|chf)\s?\d[\d,.]*\b/g,
  /\b\d[\d,.]*\s?(?:usd|eur|gbp|chf|dollars?|euros?|pounds?|cents?)\b/g,
  /\b\d[\d,.]*\s?%/g,
  /\b\d{1,2}:\d{2}\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b|\/\d{1,2}\b|\b\d{1,3}\.(?:x|\*|\d{1,3})\.(?:x|\*|\d{1,3})\.(?:x|\*|\d{1,3})\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /#\d+/g,
];

function maskNonCounts(text: string): string {
  let masked = text;
  for (const pattern of NOT_COUNTS) {
    masked = masked.replace(pattern, (m) => m.replace(/[\d.,]/g, 'q'));
  }
  return masked;
}

let warmedUp = false;

/** The recognizer builds its models on first use (~50 ms); do it at start-up, not on the first question. */
export function warmUpNumberRecognizer(): void {
  if (warmedUp) return;
  recognizeNumber('1,679 devices and three hundred and twenty E5', Culture.English);
  warmedUp = true;
}

/** Every number in normalised text that could be a count, in order. */
export function findNumbers(normalised: string): NumberMention[] {
  const text = maskNonCounts(normalised);
  const mentions: NumberMention[] = [];
  for (const result of recognizeNumber(text, Culture.English)) {
    let start = result.start;
    const end = result.end + 1;
    let written = result.text;
    let value = Number(result.resolution?.value);
    if (!Number.isFinite(value)) continue;
    // "- 1679" (a dash and a space) is punctuation, not a minus sign.
    if (/^-\s/.test(written)) {
      value = Math.abs(value);
      const digitsAt = written.search(/[^-\s]/);
      start += digitsAt;
      written = written.slice(digitsAt);
    }
    // Words that only sometimes mean a number ("one of them", "half the devices") are not counts
    // unless a noun follows; attachment decides that, so keep them, flagged by their text.
    mentions.push({ value, start, end, text: written });
  }
  return mentions;
}
