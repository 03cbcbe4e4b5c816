// Accuracy over the labelled corpus (test/corpus/*.jsonl): intent, figures and missing, all exact.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';
import { loadCorpus } from '../support/corpus';

const cases = loadCorpus();

const REQUIRED_ACCURACY = 0.97;

describe('labelled corpus', { timeout: 120_000 }, () => {
  it('is large and labelled consistently (gap = max(0, total - covered))', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    for (const { c } of cases) {
      if (c.totalDevices !== null && c.coveredDevices !== null && c.intent === 'calculate') {
        expect(c.gap).toBe(Math.max(0, c.totalDevices - c.coveredDevices));
      }
    }
  });

  it(`answers at least ${REQUIRED_ACCURACY * 100}% exactly (intent, figures, missing)`, () => {
    const failures: string[] = [];
    const perIntent = new Map<string, { ok: number; all: number }>();
    for (const { file, c } of cases) {
      const a = answerQuestion(c.text, { locale: c.locale });
      const got = { intent: a.intent, totalDevices: a.totalDevices, coveredDevices: a.coveredDevices, gap: a.gap, missing: [...a.missing].sort() };
      const want = { intent: c.intent, totalDevices: c.totalDevices, coveredDevices: c.coveredDevices, gap: c.gap, missing: [...c.missing].sort() };
      const ok = JSON.stringify(got) === JSON.stringify(want);
      const tally = perIntent.get(c.intent) ?? { ok: 0, all: 0 };
      tally.all++;
      if (ok) tally.ok++;
      perIntent.set(c.intent, tally);
      if (!ok) failures.push(`${file}: ${JSON.stringify(c.text)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
    }
    const accuracy = (cases.length - failures.length) / cases.length;
    const table = [...perIntent].map(([intent, t]) => `  ${intent.padEnd(22)} ${t.ok}/${t.all}`).join('\n');
    console.log(`Corpus accuracy: ${(accuracy * 100).toFixed(1)}% (${cases.length - failures.length}/${cases.length})\n${table}`);
    if (failures.length) console.log(`Misses:\n${failures.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
