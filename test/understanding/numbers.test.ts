// The plain-integer fast path must read exactly what the recognizer reads, or hand the clause to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/understanding/normalise';
import { findNumbers, plainIntegers, recognizerMentions } from '../../src/understanding/numbers';
import { loadCorpus } from '../support/corpus';

const byRecognizer = (chunk: string) => recognizerMentions(chunk).map(({ value, start, end }) => ({ value, start, end }));
const byFastPath = (chunk: string) => plainIntegers(chunk)?.map(({ value, start, end }) => ({ value, start, end }));

describe('plain integers', { timeout: 120_000 }, () => {
  it('reads "1679" and "1,679" with their positions', () => {
    expect(plainIntegers('i have 1,679 devices and 320 licences.')).toEqual([
      { value: 1679, start: 7, end: 12, text: '1,679' },
      { value: 320, start: 25, end: 28, text: '320' },
    ]);
  });

  it.each(['1.7k devices', '12 k devices', 'three hundred e5', '-5 devices', '1 679 devices', '600-700 devices', 'x320', '50% of them', '1/2 of them', 'about 1.5 thousand', 'a third of them', '2.500 devices'])(
    'hands %j to the recognizer',
    (chunk) => {
      expect(plainIntegers(chunk)).toBeNull();
    },
  );

  it('agrees with the recognizer on every corpus clause it reads', () => {
    let read = 0;
    for (const { c } of loadCorpus()) {
      for (const clause of normalise(c.text, c.locale).split(/(?<=[;!?\n]|\.\s)/)) {
        const fast = byFastPath(clause);
        if (!fast) continue;
        read++;
        expect(fast, clause).toEqual(byRecognizer(clause));
      }
    }
    expect(read).toBeGreaterThan(1000);
  });

  it('agrees with the recognizer on random clauses of digits, separators and words', () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
      fc.constantFrom(' ', ', ', '. ', ': ', ' x ', '-', ' - ', ' -- ', '- ', ' -', '+', '/', '(', ')', '%', 'k', '.', ',', ' and ', ' devices', ' e', ' licences', ' of ', ' hundred', ' one', ' - so', 'das'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const clause = pieces.join('');
        const fast = byFastPath(clause);
        if (fast) expect(fast, clause).toEqual(byRecognizer(clause));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves findNumbers with the same figures as before for mixed text', () => {
    expect(findNumbers(normalise('1,679 devices and three hundred and twenty E5')).map((m) => m.value)).toEqual([1679, 320]);
  });
});
