// The renderer on the real engine's answers: every phrasing of the labelled corpus rendered as Block Kit must
// respect Slack's limits, and the calculations must show the gap the corpus expects.
// The whole-corpus tests share one set of answers and carry their own timeout (28 000 lines and growing).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';
import { USAGE_EXAMPLES, escapeSlack, renderAnswerBlocks, toMrkdwn } from '../../src/rendering/blockKit';
import { loadCorpus } from '../support/corpus';
import { assertWithinBlockKitLimits, messageText } from '../slack/blockKitLimits';

const corpus = loadCorpus().map(({ file, c }) => ({ file, entry: c }));
// The engine's answer to every corpus line, worked out once and shared by the tests below (28 000 lines).
let answered: { file: string; entry: (typeof corpus)[number]['entry']; answer: ReturnType<typeof answerQuestion> }[] | undefined;
const corpusAnswers = () =>
  (answered ??= corpus.map(({ file, entry }) => ({ file, entry, answer: answerQuestion(entry.text, entry.locale ? { locale: entry.locale } : {}) })));

describe('Block Kit rendering of the engine answers', { timeout: 120_000 }, () => {
  it('has a corpus to run', () => {
    expect(corpus.length).toBeGreaterThan(100);
  });

  it('keeps every corpus answer within Block Kit limits', () => {
    const broken: string[] = [];
    for (const { file, entry, answer } of corpusAnswers()) {
      try {
        assertWithinBlockKitLimits(renderAnswerBlocks(answer));
      } catch (error) {
        broken.push(`${file}: ${JSON.stringify(entry.text)}\n${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("shows the engine's gap as a figure field in every calculation", () => {
    let calculations = 0;
    const wrong: string[] = [];
    for (const { entry, answer } of corpusAnswers()) {
      if (answer.gap === null || !answer.calculation) continue;
      calculations += 1;
      const message = renderAnswerBlocks(answer);
      const fields = message.blocks.flatMap((b) => (b.type === 'section' && b.fields ? b.fields.map((f) => f.text) : []));
      const figure = answer.calculation.figures.find((f) => f.value.replace(/\D/g, '') === String(answer.gap));
      if (!figure || !fields.some((f) => f.includes(escapeSlack(figure.value)))) wrong.push(`${entry.text} (gap ${answer.gap})`);
      // The notification text names the number to buy (a covered answer says so in words instead).
      if (answer.gap > 0 && !message.text.includes(escapeSlack(figure?.value ?? String(answer.gap)))) {
        wrong.push(`fallback text: ${entry.text}`);
      }
    }
    expect(calculations).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('renders the seed example with 79 in header, fields and fallback, and the purchase steps', () => {
    const message = assertWithinBlockKitLimits(renderAnswerBlocks(answerQuestion('I have 1679 devices and 320 E5')));
    const text = messageText(message);
    expect(message.blocks[0]?.type).toBe('header');
    expect(message.text).toMatch(/\b79\b/);
    expect(text).toMatch(/\b79\b/);
    expect(text).toMatch(/1\. .*\*Billing\* &gt; \*Purchase services\*/);
    expect(text).not.toContain('**');
  });

  it('asks for what is missing, once, with a /eiot example, when figures are missing', () => {
    let asked = 0;
    for (const { entry, answer } of corpusAnswers()) {
      if (!answer.missing.length) continue;
      asked += 1;
      const text = messageText(renderAnswerBlocks(answer));
      expect(text, entry.text).toContain('*What I need:*');
      expect(text, entry.text).toContain('`/eiot 1679 devices and 320 E5`');
      if (answer.ask) expect(text.split(toMrkdwn(answer.ask)).length - 1, entry.text).toBe(1);
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('offers no Teams-only calculator button in Slack', () => {
    const answer = answerQuestion('How many licences do I need?');
    expect(answer.followUps.some((f) => f.question === 'calculator')).toBe(true); // the engine offers it…
    const values = renderAnswerBlocks(answer).blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('value' in e ? e.value : undefined)) : []));
    expect(values).not.toContain('calculator'); // …Slack does not
    expect(values).toContain('How do I count my devices?');
  });

  it('every usage example is understood by the engine (no example button leads to "I did not understand")', () => {
    for (const example of USAGE_EXAMPLES) {
      const answer = answerQuestion(example.question);
      expect(answer.intent, example.question).not.toBe('unknown');
      expect(answer.missing, example.question).toEqual([]);
      expect(answer.procedures.length + (answer.calculation ? 1 : 0), example.question).toBeGreaterThan(0);
    }
    expect(answerQuestion(USAGE_EXAMPLES[1]!.question).gap).toBe(79);
  });
});
