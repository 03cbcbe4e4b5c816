// The corpus-trained intent model: what it reads, that the committed model is the corpus's, that it generalises
// to rounds it never saw, and when it may overrule the keyword rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';
import { intentSignals } from '../../src/understanding/intent';
import { guessIntent, IntentModel, intentTokens, trainIntentModel } from '../../src/understanding/intentModel';
import { normalise } from '../../src/understanding/normalise';
import { loadIntentModel, OVERRULE_MARGIN, settleIntent } from '../../src/understanding/recognizer';
import { loadCorpus } from '../support/corpus';

describe('intentTokens', () => {
  it('reads lower-cased words without stop words, and adjacent pairs, each once', () => {
    expect(intentTokens('How do I CANCEL the legacy plan? Cancel it!')).toEqual(['cancel', 'legacy', 'plan', 'cancel legacy', 'legacy plan', 'plan cancel']);
    expect(intentTokens('1679 / 320 ?!')).toEqual([]);
  });
});

describe('trainIntentModel and guessIntent', () => {
  const model = trainIntentModel([
    { text: 'how do I cancel the legacy plan', intent: 'cancel_legacy' },
    { text: 'cancel our legacy plan please', intent: 'cancel_legacy' },
    { text: 'is there a free trial', intent: 'trial' },
    { text: 'free trial length', intent: 'trial' },
    { text: 'unique words once', intent: 'trial' },
  ]);

  it('keeps tokens seen in two messages or more', () => {
    expect(model.tokens['legacy plan']).toEqual([model.intents.indexOf('cancel_legacy'), 2]);
    expect(model.tokens.unique).toBeUndefined();
    expect(IntentModel.parse(model)).toEqual(model);
  });

  it('picks the intent whose words the message uses, with a margin that grows with the evidence', () => {
    const weak = guessIntent(model, 'legacy?');
    const strong = guessIntent(model, 'cancel the legacy plan');
    expect(weak?.intent).toBe('cancel_legacy');
    expect(strong?.intent).toBe('cancel_legacy');
    expect(strong!.margin).toBeGreaterThan(weak!.margin);
    expect(guessIntent(model, 'free trial?')?.intent).toBe('trial');
  });

  it('has no guess when it knows none of the words', () => {
    expect(guessIntent(model, 'pizza on friday')).toBeNull();
  });
});

describe('the committed model', { timeout: 120_000 }, () => {
  it('is exactly what the labelled corpus trains (run `npm run train:intents` after changing the corpus)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../src/understanding/intentModelData.json'), 'utf8'));
    const trained = trainIntentModel(loadCorpus().map(({ c }) => ({ text: c.text, intent: c.intent })));
    expect(committed).toEqual(trained);
  });

  it('names the right intent for most messages of the newest rounds when trained without them', () => {
    const corpus = loadCorpus();
    const round = (file: string) => Number(/^r(\d+)[a-z]_/.exec(file)?.[1] ?? 0);
    const newest = Math.max(...corpus.map(({ file }) => round(file)));
    const heldOut = (file: string) => round(file) >= newest - 2;
    const model = trainIntentModel(corpus.filter(({ file }) => !heldOut(file)).map(({ c }) => ({ text: c.text, intent: c.intent })));
    const test = corpus.filter(({ file }) => heldOut(file));
    const sure = test.map(({ c }) => ({ c, guess: guessIntent(model, c.text) })).filter(({ guess }) => guess && guess.margin >= OVERRULE_MARGIN);
    const right = test.filter(({ c }) => guessIntent(model, c.text)?.intent === c.intent).length;
    const sureRight = sure.filter(({ c, guess }) => guess!.intent === c.intent).length;
    console.log(
      `Intent model on rounds ${newest - 2}-${newest} held out: ${((100 * right) / test.length).toFixed(1)}% of ${test.length}; ` +
        `margin >= ${OVERRULE_MARGIN}: ${sure.length} messages, ${((100 * sureRight) / sure.length).toFixed(1)}% right`,
    );
    expect(test.length).toBeGreaterThanOrEqual(500);
    expect(right / test.length).toBeGreaterThan(0.9);
    expect(sureRight / sure.length).toBeGreaterThan(0.98);
  });
});

describe('rules and model together', () => {
  const guess = (intent: 'pricing' | 'count_devices', margin: number) => ({ intent, margin, known: 5 });

  it('keeps the rules unless the model is sure of another intent', () => {
    expect(settleIntent('purchase', guess('pricing', OVERRULE_MARGIN - 0.1), false)).toBe('purchase');
    expect(settleIntent('purchase', guess('pricing', OVERRULE_MARGIN), false)).toBe('pricing');
    expect(settleIntent('purchase', null, false)).toBe('purchase');
  });

  it('never overrules a calculation that has both figures', () => {
    expect(settleIntent('calculate', guess('count_devices', 100), true)).toBe('calculate');
    expect(settleIntent('calculate', guess('count_devices', 100), false)).toBe('count_devices');
  });

  it('answers an on-topic message no rule recognises with the model, not the help card', () => {
    const text = "the docs mention the 'Microsoft 365 Defender' portal, where's that?";
    const signals = intentSignals(normalise(text));
    expect(signals.matched).toEqual([]);
    expect(signals.onTopic).toBe(true);
    const expected = guessIntent(loadIntentModel(), text);
    expect(expected?.intent).toBe('portal_name');
    expect(answerQuestion(text).intent).toBe('portal_name');
  });

  it('still answers greetings and thanks with help', () => {
    for (const text of ['hi', 'thanks!', 'what can you do?']) expect(answerQuestion(text).intent).toBe('help');
  });
});
