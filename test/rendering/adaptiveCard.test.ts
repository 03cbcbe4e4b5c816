// The Adaptive Card renderer against hand-made Answers (the renderer is pure; the engine is tested elsewhere).
import { procedureSection } from '../../src/answer/compose';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/model';
import { link } from '../../src/domain/knowledge';
import { coverage, emptyLicences } from '../../src/domain/licensing';
import {
  answerCard,
  apologyCard,
  calculatorCard,
  cardBytes,
  coverageBar,
  MAX_CARD_BYTES,
  STORAGE_NOTE,
  welcomeCard,
  withNote,
  type AdaptiveCard,
  type Column,
} from '../../src/rendering/adaptiveCard';
import { ACTION_KEY } from '../../src/rendering/cardActions';
import { checkAdaptiveCard } from './validateAdaptiveCard';

const section = procedureSection;

function calculationAnswer(devices: number, e5: number, network?: number): Answer {
  const cov = coverage(devices, { ...emptyLicences(), microsoft365E5: e5 });
  return {
    intent: 'calculate',
    headline: cov.gap > 0 ? `You need ${cov.gap} standalone device licences` : 'Your licences cover all your devices',
    summary: [`${e5} Microsoft 365 E5 licences cover ${cov.coveredDevices} devices.`],
    calculation: {
      coverage: cov,
      figures: [
        { label: 'Devices counted', value: String(devices) },
        { label: 'Covered by E5', value: String(cov.coveredByE5) },
        { label: 'Standalone licences to buy', value: String(cov.gap) },
      ],
      working: [`${e5} × 5 = ${cov.coveredByE5}`, `${devices} − ${cov.coveredByE5} = ${cov.gap}`],
      coveredShare: devices === 0 ? 1 : Math.min(1, cov.coveredDevices / devices),
      iotOnly: network !== undefined ? { devices: devices - network, gap: Math.max(0, devices - network - cov.coveredDevices) } : undefined,
    },
    totalDevices: devices,
    coveredDevices: cov.coveredDevices,
    gap: cov.gap,
    missing: [],
    procedures: cov.gap > 0 ? [section('purchase')] : [],
    notes: ['Standalone licences are sold per device: buy exactly the gap.'],
    followUps: [
      { label: 'How do I buy licences?', question: 'How do I buy standalone licences?' },
      { label: 'How do I count devices?', question: 'How do I count my devices?' },
    ],
    links: [link('manageEiot'), link('billing')],
  };
}

const allText = (c: AdaptiveCard) => JSON.stringify(c.body);

describe('answerCard', () => {
  const seed = calculationAnswer(1679, 320, 473);
  const card = answerCard(seed);

  it('is a clean Adaptive Card 1.5 for the parser Teams uses', () => {
    expect(checkAdaptiveCard(card).problems).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it('shows the headline first and every figure in a FactSet', () => {
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: seed.headline, style: 'heading' });
    const factSet = card.body.find((e) => e.type === 'FactSet');
    expect(factSet).toMatchObject({
      facts: seed.calculation!.figures.map((f) => ({ title: f.label, value: f.value })),
    });
  });

  it('shows the working, one line each, in monospace', () => {
    // One TextBlock per line: Teams ignores line breaks inside one monospace block (seen in the Playground).
    expect(card.body.find((e) => e.id === 'working')).toMatchObject({
      type: 'Container',
      items: [
        { type: 'TextBlock', fontType: 'monospace', text: '320 × 5 = 1600' },
        { type: 'TextBlock', fontType: 'monospace', text: '1679 − 1600 = 79' },
      ],
    });
  });

  it('shows the notes', () => {
    expect(card.body.find((e) => e.id === 'notes')).toMatchObject({ text: `- ${seed.notes[0]}` });
  });

  it('draws a coverage bar whose column weights are covered vs. gap', () => {
    const bar = coverageBar(seed.calculation!);
    const columns = (bar.items[0] as { columns: Column[] }).columns;
    expect(columns.map((c) => c.style)).toEqual(['good', 'attention']);
    const [covered, gap] = columns.map((c) => c.width as number);
    // 1600 of 1679 covered: weights out of 1000.
    expect(covered! / (covered! + gap!)).toBeCloseTo(1600 / 1679, 2);
    expect(allText(card)).toContain('to buy: 79 standalone licences');
  });

  it('shows spare room instead of a gap when licences cover everything', () => {
    const covered = calculationAnswer(1000, 320);
    const columns = (coverageBar(covered.calculation!).items[0] as { columns: Column[] }).columns;
    expect(columns.map((c) => c.style)).toEqual(['good', 'emphasis']);
    expect(JSON.stringify(coverageBar(covered.calculation!))).toContain('room for 600 more');
    expect(checkAdaptiveCard(answerCard(covered)).problems).toEqual([]);
  });

  it('keeps a tiny gap visible (weight never 0)', () => {
    const tiny = calculationAnswer(100_001, 20_000);
    const columns = (coverageBar(tiny.calculation!).items[0] as { columns: Column[] }).columns;
    expect(columns).toHaveLength(2);
    expect(columns[1]!.width).toBeGreaterThanOrEqual(1);
  });

  it('lists the procedure steps numbered, with the source citation', () => {
    const steps = card.body.find((e) => e.id === 'procedure-purchase');
    expect(JSON.stringify(steps)).toContain('1. Go to the Microsoft 365 admin center');
    expect(JSON.stringify(steps)).toContain('manage-subscriptions-enterprise');
  });

  it('turns follow-ups into Action.Submit with the question, and links into Action.OpenUrl', () => {
    const followUps = card.body.find((e) => e.type === 'ActionSet');
    expect(followUps).toMatchObject({
      actions: expect.arrayContaining([
        { type: 'Action.Submit', title: 'How do I buy licences?', data: { [ACTION_KEY]: 'ask', question: 'How do I buy standalone licences?' } },
      ]),
    });
    const urls = card.actions!.map((a) => (a.type === 'Action.OpenUrl' ? a.url : ''));
    expect(urls).toContain('https://portal.office.com/AdminPortal/Home#/catalog');
    expect(urls).toContain(link('manageEiot').url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('has speak and fallback text that carry the answer', () => {
    expect(card.speak).toContain(seed.headline);
    expect(card.speak).not.toContain('**');
    expect(card.fallbackText).toContain(seed.headline);
    expect(card.fallbackText).toContain('1679 − 1600 = 79');
    expect(answerCard(seed, { fallbackText: 'from the text renderer' }).fallbackText).toBe('from the text renderer');
  });

  it('asks for the missing figure and offers the calculator', () => {
    const asking: Answer = {
      ...calculationAnswer(1679, 0),
      calculation: undefined,
      headline: 'You have 1679 devices to cover',
      ask: 'How many Microsoft 365 E5 or E5 Security licences do you have?',
      missing: ['licenses'],
      summary: ['How many Microsoft 365 E5 or E5 Security licences do you have?'],
      procedures: [],
      followUps: [{ label: 'Open the calculator', question: 'calculator' }],
    };
    const c = answerCard(asking);
    // The ask is said once, not again as a summary line.
    expect(JSON.stringify(c.body).split(asking.ask!).length - 1).toBe(1);
    expect(c.body.find((e) => e.id === 'ask')).toMatchObject({ text: asking.ask });
    expect(JSON.stringify(c)).toContain('"eiotAction":"calculator"');
    expect(c.speak).toContain(asking.ask);
    expect(checkAdaptiveCard(c).problems).toEqual([]);
  });

  it('stays under 28 KB even with every procedure, and the parser still accepts it', () => {
    const big: Answer = {
      ...seed,
      procedures: (['prerequisites', 'trial', 'count_devices', 'purchase', 'turn_on', 'turn_off', 'cancel_legacy'] as const).map(section),
      followUps: Array.from({ length: 9 }, (_, i) => ({ label: `Follow-up ${i}`, question: `Question ${i}` })),
    };
    const c = answerCard(big);
    expect(cardBytes(c)).toBeLessThan(MAX_CARD_BYTES);
    expect(checkAdaptiveCard(c).problems).toEqual([]);
    expect(c.body.filter((e) => e.id?.startsWith('procedure-'))).toHaveLength(7);
  });

  it('drops the last procedures rather than exceed the budget', () => {
    const long = 'x'.repeat(6000);
    const huge: Answer = { ...seed, procedures: [1, 2, 3, 4, 5, 6].map(() => ({ ...section('purchase'), notes: [long] })) };
    const c = answerCard(huge);
    expect(cardBytes(c)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const kept = c.body.filter((e) => e.id?.startsWith('procedure-')).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(6);
    expect(allText(c)).toContain('Some steps were left out');
  });
});

describe('welcomeCard', () => {
  const card = welcomeCard();
  it('names what the bot does and offers example questions as buttons', () => {
    expect(checkAdaptiveCard(card).problems).toEqual([]);
    expect(allText(card)).toContain('standalone Enterprise IoT licences');
    const examples = card.body.find((e) => e.id === 'examples');
    expect(examples).toMatchObject({
      actions: expect.arrayContaining([
        expect.objectContaining({ data: { [ACTION_KEY]: 'ask', question: 'I have 1679 devices and 320 E5 licences' } }),
        expect.objectContaining({ data: { [ACTION_KEY]: 'calculator' } }),
      ]),
    });
  });
});

describe('calculatorCard', () => {
  it('has four labelled number inputs with min/required validation', () => {
    const card = calculatorCard();
    const check = checkAdaptiveCard(card);
    expect(check.problems).toEqual([]);
    expect(check.inputIds).toEqual(['networkDevices', 'iotDevices', 'e5Licences', 'standaloneOwned']);
    const inputs = card.body.filter((e) => e.type === 'Input.Number');
    for (const input of inputs) {
      expect(input).toMatchObject({ min: 0, label: expect.any(String), errorMessage: expect.any(String) });
    }
    expect(inputs.filter((i) => i.type === 'Input.Number' && i.isRequired).map((i) => i.id)).toEqual([
      'networkDevices',
      'iotDevices',
      'e5Licences',
    ]);
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { [ACTION_KEY]: 'calculate' } })]);
  });

  it('shows the errors inline and keeps what the user typed', () => {
    const card = calculatorCard({
      values: { networkDevices: -4, iotDevices: 12 },
      errors: { networkDevices: "The number of network devices can't be negative." },
    });
    expect(checkAdaptiveCard(card).problems).toEqual([]);
    expect(card.body.find((e) => e.id === 'calculatorErrors')).toMatchObject({ style: 'attention' });
    expect(allText(card)).toContain("can't be negative");
    expect(card.body.find((e) => e.id === 'networkDevices')).toMatchObject({ value: -4 });
    expect(card.body.find((e) => e.id === 'iotDevices')).toMatchObject({ value: 12 });
    expect(card.fallbackText).toContain("can't be negative");
  });
});

describe('apologyCard and withNote', () => {
  it('apologises with a way forward', () => {
    const card = apologyCard();
    expect(checkAdaptiveCard(card).problems).toEqual([]);
    expect(card.fallbackText).toMatch(/sorry/i);
    expect(JSON.stringify(card.actions)).toContain('start over');
  });

  it('adds a note without changing the original card', () => {
    const card = welcomeCard();
    const noted = withNote(card, STORAGE_NOTE);
    expect(noted.body.at(-1)).toMatchObject({ text: STORAGE_NOTE });
    expect(noted.fallbackText).toContain(STORAGE_NOTE);
    expect(card.body.at(-1)).not.toMatchObject({ text: STORAGE_NOTE });
    expect(checkAdaptiveCard(noted).problems).toEqual([]);
  });
});
