// A cheap "can this pattern match at all?" check for long messages. A regular expression scans the whole text
// at a few nanoseconds a character, and the engine runs a few hundred per message, nearly all failing; looking
// for a word with String#includes costs a fraction of that. So a pattern's source is read once to find literal
// text that every match must contain (one of a few alternatives); when none of it is in the message, the pattern
// is not run. The analysis is conservative: whatever it cannot prove gives no gate and the pattern simply runs.

interface Node {
  /** The exact text this node always matches, when it is fixed ("e5", "(?:cost)"). */
  fixed: string | null;
  /** Strings one of which every match (or the text around it, for lookarounds) contains; null when unknown. */
  requirement: string[] | null;
  /** Matches no characters (an assertion). */
  zeroWidth: boolean;
}

/** More alternatives than this make the check cost about what the pattern does. */
const MAX_ALTERNATIVES = 12;
const UNKNOWN: Node = { fixed: null, requirement: null, zeroWidth: false };
const ASSERTION: Node = { fixed: '', requirement: null, zeroWidth: true };

class SourceReader {
  private i = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.i === this.src.length;
  }

  disjunction(): Node {
    const alternatives = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0] as Node;
    const requirement: string[] = [];
    for (const a of alternatives) {
      const r = a.fixed ? [a.fixed] : a.requirement;
      if (r === null) return UNKNOWN;
      requirement.push(...r);
    }
    return { fixed: null, requirement: requirement.length > MAX_ALTERNATIVES ? null : requirement, zeroWidth: false };
  }

  /** A sequence: runs of fixed text that every match contains are the candidate requirements. */
  private alternative(): Node {
    const candidates: string[][] = [];
    let run = '';
    let fixed: string | null = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.zeroWidth) {
        if (atom.requirement) candidates.push(atom.requirement);
        // \b, ^ and $ match no text, so the text on either side is contiguous; a lookaround's text is not.
        if (atom.fixed === null) {
          flush();
          fixed = null;
        }
        continue;
      }
      if (min === 0) {
        flush();
        fixed = null;
        continue;
      }
      if (atom.fixed !== null) {
        run += atom.fixed;
        if (min === 1 && max === 1) {
          if (fixed !== null) fixed += atom.fixed;
        } else {
          flush();
          fixed = null;
        }
        continue;
      }
      flush();
      fixed = null;
      if (atom.requirement) candidates.push(atom.requirement);
    }
    flush();
    // The best gate: the alternatives whose shortest string is longest (rarer text), then the fewest.
    let best: string[] | null = null;
    let bestScore = -1;
    for (const c of candidates) {
      const score = Math.min(...c.map((s) => s.length)) * 100 - c.length;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return { fixed, requirement: best, zeroWidth: false };
  }

  private quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length - 1;
        q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity };
      }
    }
    if (!q) return { min: 1, max: 1 };
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '^' || c === '$') return ASSERTION;
    if (c === '.') return UNKNOWN;
    if (c === '[') {
      this.skipClass();
      return UNKNOWN;
    }
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    return { fixed: c, requirement: null, zeroWidth: false };
  }

  private group(): Node {
    const kinds: [string, 'plain' | 'ahead' | 'notAhead' | 'behind' | 'notBehind'][] = [
      ['?:', 'plain'], ['?=', 'ahead'], ['?!', 'notAhead'], ['?<=', 'behind'], ['?<!', 'notBehind'],
    ];
    let kind: 'capture' | 'plain' | 'ahead' | 'notAhead' | 'behind' | 'notBehind' = 'capture';
    const prefix = kinds.find(([p]) => this.src.startsWith(p, this.i));
    if (prefix) {
      kind = prefix[1];
      this.i += prefix[0].length;
    } else if (this.src.startsWith('?<', this.i)) {
      this.i = this.src.indexOf('>', this.i) + 1; // a named group
    }
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Error('unbalanced group');
    this.i++;
    if (kind === 'notAhead' || kind === 'notBehind') return { fixed: null, requirement: null, zeroWidth: true };
    if (kind === 'ahead' || kind === 'behind') {
      return { fixed: null, requirement: inner.fixed ? [inner.fixed] : inner.requirement, zeroWidth: true };
    }
    return inner;
  }

  private escape(): Node {
    const c = this.src[this.i++] as string;
    if (c === 'b' || c === 'B') return ASSERTION;
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (c in controls) return { fixed: controls[c] as string, requirement: null, zeroWidth: false };
    if (c === 'x' || c === 'u') {
      const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.i));
      if (!m) throw new Error('unsupported escape');
      this.i += m[0].length;
      return { fixed: String.fromCharCode(parseInt(m[0], 16)), requirement: null, zeroWidth: false };
    }
    // Classes (\d \s \w ...) and back-references match text that is not fixed.
    if (/[dDsSwW1-9]/.test(c)) return UNKNOWN;
    // \0, \cX, \p{...}, \k<name>: rare here; no gate rather than a wrong one.
    if (/[0cpPk]/.test(c)) throw new Error('unsupported escape');
    // Any other escaped character is itself ("\.", "\/", "\-", "\(").
    return { fixed: c, requirement: null, zeroWidth: false };
  }

  private skipClass(): void {
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') this.i++;
      this.i++;
    }
    this.i++;
  }
}

/**
 * Literal strings one of which is in any text the pattern matches, or null when that cannot be shown
 * (flags other than g and m, escapes it does not read, more than a dozen alternatives, nothing fixed).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[^gm]/.test(re.flags)) return null;
  try {
    const reader = new SourceReader(re.source);
    const node = reader.disjunction();
    if (!reader.done()) return null;
    const r = node.fixed ? [node.fixed] : node.requirement;
    // A one-character gate (" ", "$") is nearly always present: not worth a check.
    if (!r || r.some((s) => s.length < 2)) return null;
    return [...new Set(r)];
  } catch {
    // Escapes that are not plain literals end the analysis: no gate rather than a wrong one.
    return null;
  }
}

/** A pattern with its gate, for patterns tested many times (the intent rules). */
/**
 * Which character pairs the current text holds, as a bitmap of hashed pairs. A literal can only be in the text
 * if all its pairs are; checking a few array slots is far cheaper than searching a long message for each of the
 * ~900 literals. Rebuilt only when the text changes (one pass over it).
 */
const PAIR_SLOTS = 8192;
const pairSeen = new Uint32Array(PAIR_SLOTS);
let generation = 0;
let indexed: string | undefined;
const pairSlot = (a: number, b: number) => ((a * 131) ^ b) & (PAIR_SLOTS - 1);

function indexPairs(text: string): void {
  if (text === indexed) return;
  indexed = text;
  generation = (generation + 1) >>> 0 || 1;
  if (generation === 1) pairSeen.fill(0);
  for (let i = 1; i < text.length; i++) pairSeen[pairSlot(text.charCodeAt(i - 1), text.charCodeAt(i))] = generation;
}

/** A literal with the slots of its character pairs (at most four, spread over it). */
interface Literal {
  text: string;
  slots: number[];
}

function literal(text: string): Literal {
  const all: number[] = [];
  for (let i = 1; i < text.length; i++) all.push(pairSlot(text.charCodeAt(i - 1), text.charCodeAt(i)));
  const step = Math.max(1, Math.floor(all.length / 4));
  return { text, slots: all.filter((_, i) => i % step === 0 || i === all.length - 1) };
}

/** True when one of the literals is in the text; false means the pattern cannot match. */
function anyPresent(literals: Literal[], text: string): boolean {
  indexPairs(text);
  for (const l of literals) {
    let possible = true;
    for (const slot of l.slots) {
      if (pairSeen[slot] !== generation) {
        possible = false;
        break;
      }
    }
    if (possible && text.includes(l.text)) return true;
  }
  return false;
}

const literalsOf = (pattern: RegExp): Literal[] | null => requiredLiterals(pattern)?.map(literal) ?? null;

export interface GatedPattern {
  readonly pattern: RegExp;
  test(text: string): boolean;
}

export function gated(pattern: RegExp): GatedPattern {
  // Read on first use, not at start-up: a few hundred patterns take ~20 ms to read before the JIT warms up.
  let literals: Literal[] | null | undefined;
  return {
    pattern,
    test: (text) => {
      if (literals === undefined) literals = literalsOf(pattern);
      if (literals !== null && !anyPresent(literals, text)) return false;
      return pattern.test(text);
    },
  };
}

const bySource = new Map<string, { flags: string; literals: Literal[] | null }>();

/**
 * `text.replace(pattern, replacement)`, without running the pattern when its literal text is absent. For
 * patterns written inline (a new object on each call), looked up by their source.
 */
export function rewrite(text: string, pattern: RegExp, replacement: string | ((match: string, ...groups: any[]) => string)): string {
  let entry = bySource.get(pattern.source);
  if (entry === undefined || entry.flags !== pattern.flags) {
    entry = { flags: pattern.flags, literals: literalsOf(pattern) };
    bySource.set(pattern.source, entry);
  }
  if (entry.literals !== null && !anyPresent(entry.literals, text)) return text;
  return text.replace(pattern, replacement as string);
}

/** The patterns `rewrite` has seen, for the test that checks their gates against real text. */
export function rewritePatterns(): RegExp[] {
  return [...bySource].map(([source, { flags }]) => new RegExp(source, flags));
}

const byPattern = new WeakMap<RegExp, Literal[] | null>();

/** False only when a long-lived pattern (a module constant) cannot match `text`. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let literals = byPattern.get(pattern);
  if (literals === undefined) {
    literals = literalsOf(pattern);
    byPattern.set(pattern, literals);
  }
  return literals === null || anyPresent(literals, text);
}
