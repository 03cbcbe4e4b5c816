// Property-based tests: random text never throws, and the rules never produce an impossible figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';
import { coverage, emptyLicences, standaloneLicencesNeeded } from '../../src/domain/licensing';
import { recognize } from '../../src/understanding/recognizer';

const count = fc.integer({ min: 0, max: 10_000_000 });

describe('rules properties', () => {
  it('gap is never negative and gap + covered >= devices', () => {
    fc.assert(
      fc.property(count, count, count, count, (devices, e5, e5s, standalone) => {
        const c = coverage(devices, { ...emptyLicences(), microsoft365E5: e5, e5Security: e5s, standaloneOwned: standalone });
        expect(c.gap).toBeGreaterThanOrEqual(0);
        expect(c.gap + c.coveredDevices).toBeGreaterThanOrEqual(devices);
        expect(Number.isInteger(c.gap)).toBe(true);
      }),
    );
  });

  it('adding a licence never raises the gap', () => {
    fc.assert(
      fc.property(count, count, fc.constantFrom('microsoft365E5', 'e5Security', 'standaloneOwned' as const), (devices, held, kind) => {
        const before = { ...emptyLicences(), [kind]: held };
        const after = { ...emptyLicences(), [kind]: held + 1 };
        expect(standaloneLicencesNeeded(devices, after)).toBeLessThanOrEqual(standaloneLicencesNeeded(devices, before));
      }),
    );
  });
});

describe('understanding properties', () => {
  it('random text never throws and never yields NaN or a negative figure', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        const a = answerQuestion(text);
        for (const v of [a.totalDevices, a.coveredDevices, a.gap]) {
          if (v !== null) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any stated "N devices and M E5" computes exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 1_999_999 }), (devices, e5) => {
        const a = answerQuestion(`I have ${devices} devices and ${e5} E5`);
        expect(a.totalDevices).toBe(devices);
        expect(a.coveredDevices).toBe(e5 * 5);
        expect(a.gap).toBe(Math.max(0, devices - e5 * 5));
      }),
      { numRuns: 300 },
    );
  });

  it('mixed keyword soup never throws (fuzzing the attachment search)', () => {
    const words = fc.constantFrom('devices', 'E5', 'licences', 'network', 'iot', ':', 'x', '320', '1,679', 'and', 'no', 'users', 'E3', 'standalone', 'laptops', '-5', '1.5', 'p2');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const q = recognize(parts.join(' '));
        expect(q.intent).toBeTypeOf('string');
      }),
      { numRuns: 300 },
    );
  });
});
