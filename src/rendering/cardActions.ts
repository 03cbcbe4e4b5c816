// What our cards send back on Action.Submit, and the zod schemas that check it server-side.
// The card fills `data`; the host merges the inputs' values into it (Teams sends Input.Number values as strings).
import { z } from 'zod';
import { MAX_REASONABLE_COUNT } from '../domain/licensing';

/** Marks submits that come from our own cards. */
export const ACTION_KEY = 'eiotAction';

export const CALCULATOR_INPUTS = {
  networkDevices: 'networkDevices',
  iotDevices: 'iotDevices',
  e5Licences: 'e5Licences',
  standaloneOwned: 'standaloneOwned',
} as const;
export type CalculatorField = keyof typeof CALCULATOR_INPUTS;

export const askData = (question: string) => ({ [ACTION_KEY]: 'ask', question }) as const;
export const calculateData = () => ({ [ACTION_KEY]: 'calculate' }) as const;
export const openCalculatorData = () => ({ [ACTION_KEY]: 'calculator' }) as const;

/** A follow-up or example question button. */
export const AskSubmit = z.object({
  [ACTION_KEY]: z.literal('ask'),
  question: z.string().trim().min(1).max(500),
});

export const OpenCalculatorSubmit = z.object({ [ACTION_KEY]: z.literal('calculator') });

/** One count from an Input.Number: a whole number 0..MAX, given as a number or a numeric string. */
const count = (what: string, required: boolean) => {
  const whole = z
    .number({ error: (i) => (i.input === undefined ? `Enter the number of ${what}.` : `The number of ${what} must be a number.`) })
    .refine(Number.isFinite, { error: `The number of ${what} must be a number.` })
    .refine(Number.isInteger, { error: `The number of ${what} must be a whole number.` })
    .refine((n) => n >= 0, { error: `The number of ${what} can't be negative.` })
    .refine((n) => n <= MAX_REASONABLE_COUNT, { error: `The number of ${what} looks too large (at most ${MAX_REASONABLE_COUNT}).` });
  return z.preprocess((v) => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') {
      const s = v.trim();
      if (s === '') return undefined;
      return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
    }
    return v;
  }, required ? whole : whole.default(0));
};

export const CalculatorSubmit = z.object({
  [ACTION_KEY]: z.literal('calculate'),
  networkDevices: count('network devices', true),
  iotDevices: count('IoT devices', true),
  e5Licences: count('Microsoft 365 E5 and E5 Security licences', true),
  standaloneOwned: count('standalone licences you own', false),
});
export type CalculatorValues = Omit<z.infer<typeof CalculatorSubmit>, typeof ACTION_KEY>;

/** What a calculator card shows again after a bad submit: the raw values and one message per field. */
export interface CalculatorFeedback {
  values: Partial<Record<CalculatorField, number>>;
  errors: Partial<Record<CalculatorField, string>>;
}

export type CardSubmit =
  | { kind: 'ask'; question: string }
  | { kind: 'calculator' }
  | { kind: 'calculate'; values: CalculatorValues }
  | { kind: 'calculate_invalid'; feedback: CalculatorFeedback }
  | { kind: 'unknown' };

/** Classifies a submit payload; anything unexpected is 'unknown' (the channel answers with help, never crashes). */
export function parseCardSubmit(value: unknown): CardSubmit {
  if (typeof value !== 'object' || value === null) return { kind: 'unknown' };
  const action = (value as Record<string, unknown>)[ACTION_KEY];
  if (action === 'ask') {
    const r = AskSubmit.safeParse(value);
    return r.success ? { kind: 'ask', question: r.data.question } : { kind: 'unknown' };
  }
  if (action === 'calculator') return { kind: 'calculator' };
  if (action === 'calculate') {
    const r = CalculatorSubmit.safeParse(value);
    if (r.success) {
      const { [ACTION_KEY]: _, ...values } = r.data;
      return { kind: 'calculate', values };
    }
    const errors: CalculatorFeedback['errors'] = {};
    for (const issue of r.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in CALCULATOR_INPUTS && !errors[field as CalculatorField]) {
        errors[field as CalculatorField] = issue.message;
      }
    }
    const values: CalculatorFeedback['values'] = {};
    for (const field of Object.keys(CALCULATOR_INPUTS) as CalculatorField[]) {
      const raw = (value as Record<string, unknown>)[field];
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (Number.isFinite(n)) values[field] = n;
    }
    return { kind: 'calculate_invalid', feedback: { values, errors } };
  }
  return { kind: 'unknown' };
}
