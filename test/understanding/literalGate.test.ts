// The literal gate may only skip a pattern that cannot match: checked on every intent pattern against the whole
// corpus and random text, and on hand-written cases for what the analysis reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENT_PATTERNS } from '../../src/understanding/intent';
import { gated, requiredLiterals, rewritePatterns } from '../../src/understanding/literalGate';
import { normalise } from '../../src/understanding/normalise';
import { loadCorpus } from '../support/corpus';

describe('requiredLiterals', () => {
  it.each([
    [/\bcancel plan\b/, ['cancel plan']],
    [/\b(?:plc|scada) x\b/, ['plc', 'scada']],
    [/(?<=\b(?:need|want) )2 (?=buy)/, ['need', 'want']],
    [/\bhow much\b[^.?!]{0,40}\bcost/, ['how much']],
    [/^(?:hi+|hey+)\b/, ['hi', 'hey']],
    [/(?:foo|)bar/, ['bar']],
    [/x{2,3}yz/, ['yz']],
    [/\d+ devices?/, [' device']],
    [/\d\s?(?:ab|cd)/, ['ab', 'cd']],
    [/a\.b\/c/, ['a.b/c']],
    [/\u00e4rger/, ['\u00e4rger']],
  ])('%s needs one of %j', (re, literals) => {
    expect(requiredLiterals(re)).toEqual(literals);
  });

  it.each([/[$€£]/, /a(?:bc)?d/, /ab|cd|e/, /(?<n>ab)\k<n>/, /cancel/i, /cancel/y, /(?:a|b|c|d|e|f|g|h|i|j|k|l|m)x/, /\bo?t\b/])(
    'gives no gate for %s',
    (re) => {
      expect(requiredLiterals(re)).toBeNull();
    },
  );

  it('gates most intent patterns', () => {
    const withGate = INTENT_PATTERNS.filter((p) => requiredLiterals(p) !== null).length;
    expect(INTENT_PATTERNS.length).toBeGreaterThan(200);
    expect(withGate / INTENT_PATTERNS.length).toBeGreaterThan(0.8);
  });
});

/** The gate must agree with the pattern wherever the pattern matches. */
function assertSound(patterns: RegExp[], texts: string[]): number {
  let skipped = 0;
  for (const pattern of patterns) {
    // Without the g flag, test() keeps no state between texts; the literals do not depend on it.
    const plain = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    const gate = gated(plain);
    for (const text of texts) {
      const matches = plain.test(text);
      const allowed = gate.test(text);
      if (matches !== allowed) throw new Error(`gate ${allowed} but pattern ${matches}: ${pattern.source.slice(0, 80)} on ${JSON.stringify(text)}`);
      if (!matches) skipped++;
    }
  }
  return skipped;
}

describe('gated patterns', () => {
  it('answer exactly as the plain pattern on every corpus message', () => {
    const texts = loadCorpus().map(({ c }) => normalise(c.text, c.locale));
    expect(assertSound(INTENT_PATTERNS, texts)).toBeGreaterThan(0);
    // The corpus (25 000+ messages) is normalised and scanned whole: minutes' worth of margin on a busy CI machine.
  }, 90_000);

  it('answer exactly as the plain pattern for every normalisation rewrite, on raw and normalised messages', () => {
    const corpus = loadCorpus();
    const normalised = corpus.map(({ c }) => normalise(c.text, c.locale));
    const patterns = rewritePatterns();
    expect(patterns.length).toBeGreaterThan(100);
    // Every 3rd message keeps the run short; the raw text is what the first rewrites see.
    const texts = corpus.filter((_, i) => i % 3 === 0).flatMap(({ c }, i) => [c.text.toLowerCase(), normalised[i * 3] as string]);
    expect(assertSound(patterns, texts)).toBeGreaterThan(0);
  }, 90_000);

  it('answer exactly as the plain pattern on random text made of their own words', () => {
    const words = [...new Set(INTENT_PATTERNS.flatMap((p) => requiredLiterals(p) ?? []))];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', '?', '\n', '1679', 'a', 'devices', 'e5')), { maxLength: 12 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        assertSound(INTENT_PATTERNS, [t]);
      }),
      { numRuns: 300 },
    );
  });
});
