// A naive Bayes intent model learned from the labelled corpus (test/corpus). The keyword rules in intent.ts
// decide; this model is asked only when a message is about eIoT but no rule matched, where the rules would
// otherwise fall back to the help card. Trained by `npm run train:intents` into intentModelData.json.
import { z } from 'zod';
import { CORE_INTENTS, KNOWLEDGE_INTENTS, type Intent } from '../answer/model';

/** Words too common to tell intents apart. */
const STOP_WORDS = new Set(
  'the a an and or of to in on for is are do does we i our my it this that be can with at by from have has you your me us what how any there'.split(' '),
);
const WORD = /[a-z][a-z'-]+/g;

/** Words and adjacent word pairs of a message, each once (lower-cased raw text, so normalisation changes do not
 * invalidate the model). */
export function intentTokens(raw: string): string[] {
  const words = (raw.toLowerCase().match(WORD) ?? []).filter((w) => !STOP_WORDS.has(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...new Set([...words, ...pairs])];
}

const IntentName = z.enum([...CORE_INTENTS, ...KNOWLEDGE_INTENTS]);
export const IntentModel = z.object({
  intents: z.array(IntentName).min(2),
  /** Messages per intent, in the order of `intents`. */
  messages: z.array(z.number().int().positive()),
  /** For each token: [intent index, messages of that intent containing it, ...]. */
  tokens: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type IntentModel = z.infer<typeof IntentModel>;

/** Tokens seen in fewer messages than this are dropped: they are mostly names and typos. */
const MIN_TOKEN_MESSAGES = 2;

export function trainIntentModel(examples: readonly { text: string; intent: Intent }[]): IntentModel {
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const messages = intents.map(() => 0);
  const perToken = new Map<string, number[]>();
  for (const { text, intent } of examples) {
    const i = intents.indexOf(intent);
    messages[i]! += 1;
    for (const token of intentTokens(text)) {
      let counts = perToken.get(token);
      if (!counts) perToken.set(token, (counts = intents.map(() => 0)));
      counts[i]! += 1;
    }
  }
  const tokens: Record<string, number[]> = {};
  for (const token of [...perToken.keys()].sort()) {
    const counts = perToken.get(token)!;
    if (counts.reduce((a, b) => a + b, 0) < MIN_TOKEN_MESSAGES) continue;
    tokens[token] = counts.flatMap((n, i) => (n > 0 ? [i, n] : []));
  }
  return { intents, messages, tokens };
}

/** Additive smoothing: an unseen token is unlikely for an intent, not impossible. */
const SMOOTHING = 0.1;

export interface IntentGuess {
  intent: Intent;
  /** Log-odds of the best intent over the runner-up. */
  margin: number;
  /** Tokens of the message the model knows. */
  known: number;
}

/** Per token, its log-probability under each intent, computed once per model (a guess is then a few sums). */
interface Compiled {
  prior: Float64Array;
  tokens: Map<string, Float64Array>;
}
const compiled = new WeakMap<IntentModel, Compiled>();

function compile(model: IntentModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  const total = model.messages.reduce((a, b) => a + b, 0);
  const prior = Float64Array.from(model.messages, (n) => Math.log(n / total));
  const unseen = model.messages.map((n) => Math.log(SMOOTHING / (n + 2 * SMOOTHING)));
  const tokens = new Map<string, Float64Array>();
  for (const [token, row] of Object.entries(model.tokens)) {
    const lp = Float64Array.from(unseen);
    for (let k = 0; k + 1 < row.length; k += 2) {
      const i = row[k]!;
      lp[i] = Math.log((row[k + 1]! + SMOOTHING) / (model.messages[i]! + 2 * SMOOTHING));
    }
    tokens.set(token, lp);
  }
  c = { prior, tokens };
  compiled.set(model, c);
  return c;
}

export function guessIntent(model: IntentModel, raw: string): IntentGuess | null {
  const { prior, tokens } = compile(model);
  const scores = Float64Array.from(prior);
  let known = 0;
  for (const token of intentTokens(raw)) {
    const lp = tokens.get(token);
    if (!lp) continue;
    known++;
    for (let i = 0; i < scores.length; i++) scores[i]! += lp[i]!;
  }
  if (known === 0 || scores.length < 2) return null;
  let best = 0;
  let second = -1;
  for (let i = 1; i < scores.length; i++) {
    if (scores[i]! > scores[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  return { intent: model.intents[best]!, margin: scores[best]! - scores[second]!, known };
}
