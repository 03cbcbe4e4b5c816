// The Block Kit renderer against hand-made Answers (the engine's own answers are checked in blockKitLimits.test.ts).
import fc from 'fast-check';
import { procedureSection } from '../../src/answer/compose';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/model';
import { link } from '../../src/domain/knowledge';
import { coverage, emptyLicences } from '../../src/domain/licensing';
import {
  ASK_ACTION_PREFIX,
  BLOCK_KIT_LIMITS,
  LINK_ACTION_PREFIX,
  escapeSlack,
  renderAnswerBlocks,
  renderNoticeBlocks,
  renderUsageBlocks,
  toMrkdwn,
  truncate,
} from '../../src/rendering/blockKit';
import { assertWithinBlockKitLimits, messageText } from '../slack/blockKitLimits';

const section = procedureSection;

/** The seed example, built from the real rules and knowledge base. */
function seedAnswer(): Answer {
  const cov = coverage(1679, { ...emptyLicences(), microsoft365E5: 320 });
  return {
    intent: 'calculate',
    headline: `You need ${cov.gap} standalone device licences`,
    summary: ['320 Microsoft 365 E5 licences cover 1600 devices; 1679 are counted, so **79** more need a standalone licence each.'],
    calculation: {
      coverage: cov,
      figures: [
        { label: 'Devices counted', value: String(cov.totalDevices) },
        { label: 'E5 licences', value: String(cov.e5Licences) },
        { label: 'Covered', value: String(cov.coveredDevices) },
        { label: 'To buy', value: String(cov.gap) },
      ],
      working: ['320 × 5 = 1600', '1679 − 1600 = 79'],
      coveredShare: cov.coveredDevices / cov.totalDevices,
    },
    totalDevices: cov.totalDevices,
    coveredDevices: cov.coveredDevices,
    gap: cov.gap,
    missing: [],
    procedures: [section('purchase')],
    notes: ['Rounded up to a multiple of 100 the total would be 1700 (legacy plans): optional buffer only.'],
    followUps: [
      { label: 'How do I count devices?', question: 'How do I count my devices?' },
      { label: 'Start a trial', question: 'How do I start a trial?' },
    ],
    links: [link('manageEiot'), link('pricing')],
  };
}

describe('renderAnswerBlocks', () => {
  it('renders the seed example with 79, the figures as fields and the purchase steps numbered', () => {
    const message = assertWithinBlockKitLimits(renderAnswerBlocks(seedAnswer()));
    expect(message.blocks[0]).toEqual({ type: 'header', text: expect.objectContaining({ text: 'You need 79 standalone device licences' }) });
    const fields = message.blocks.find((b) => b.type === 'section' && b.fields);
    expect(fields && 'fields' in fields ? fields.fields?.map((f) => f.text) : []).toEqual([
      '*Devices counted*\n1679',
      '*E5 licences*\n320',
      '*Covered*\n1600',
      '*To buy*\n79',
    ]);
    const text = messageText(message);
    expect(text).toContain('320 × 5 = 1600');
    expect(text).toContain('1679 − 1600 = 79');
    expect(text).toContain('*Buy standalone per-device licences*');
    expect(text).toContain('1. Go to the Microsoft 365 admin center &gt; *Billing* &gt; *Purchase services*');
    expect(text).toContain('3. Enter the number of licences');
    expect(text).not.toContain('**');
    expect(message.text).toContain('79');
  });

  it('has link buttons (admin center first, then the Learn source) and follow-up buttons', () => {
    const message = renderAnswerBlocks(seedAnswer());
    const actions = message.blocks.filter((b) => b.type === 'actions');
    const links = actions.flatMap((a) => a.elements).filter((e) => e.type === 'button' && e.url);
    expect(links.map((b) => (b.type === 'button' ? b.url : ''))).toEqual([
      'https://portal.office.com/AdminPortal/Home#/catalog',
      'https://learn.microsoft.com/en-us/azure/defender-for-iot/organizations/manage-subscriptions-enterprise',
      'https://www.microsoft.com/en-us/security/business/endpoint-security/microsoft-defender-iot-pricing',
    ]);
    expect(links.every((b) => b.action_id?.startsWith(LINK_ACTION_PREFIX))).toBe(true);
    const asks = actions.flatMap((a) => a.elements).filter((e) => e.type === 'button' && e.value);
    expect(asks.map((b) => (b.type === 'button' ? [b.action_id, b.value] : []))).toEqual([
      [`${ASK_ACTION_PREFIX}0`, 'How do I count my devices?'],
      [`${ASK_ACTION_PREFIX}1`, 'How do I start a trial?'],
    ]);
  });

  it('asks for a missing figure with an example that gives both figures in one command', () => {
    const answer: Answer = {
      ...seedAnswer(),
      intent: 'calculate',
      headline: 'How many E5 licences do you have?',
      summary: ['I have 1679 devices but no licence count.'],
      calculation: undefined,
      gap: null,
      coveredDevices: null,
      missing: ['licenses'],
      ask: 'How many Microsoft 365 E5 or E5 Security licences do you have?',
      procedures: [],
    };
    const message = assertWithinBlockKitLimits(renderAnswerBlocks(answer, { command: '/eiot' }));
    const text = messageText(message);
    expect(text).toContain('*What I need:* How many Microsoft 365 E5 or E5 Security licences do you have?');
    expect(text).toContain('`/eiot 1679 devices and 320 E5`');
  });

  it('escapes &, < and > everywhere and keeps Block Kit limits with hostile, huge answers', () => {
    const hostile = '<script>&amp; <@U123> <!channel> **bold** ' + 'x'.repeat(5000);
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `${hostile} ${i}`, value: hostile }));
    const answer: Answer = {
      ...seedAnswer(),
      headline: hostile,
      summary: [hostile, hostile],
      calculation: { ...seedAnswer().calculation!, figures: many, working: many.map((m) => m.label) },
      procedures: Array.from({ length: 20 }, () => ({ ...section('trial'), title: hostile, steps: [hostile, hostile] })),
      notes: Array.from({ length: 40 }, () => hostile),
      followUps: Array.from({ length: 12 }, (_, i) => ({ label: hostile, question: `q${i} ${hostile.slice(0, 100)}` })),
      ask: hostile,
      missing: ['devices'],
    };
    const message = assertWithinBlockKitLimits(renderAnswerBlocks(answer));
    expect(message.blocks).toHaveLength(BLOCK_KIT_LIMITS.blocksPerMessage);
    expect(messageText(message)).toContain('Shortened to fit Slack');
    expect(message.blocks.at(-1)?.type).toBe('actions'); // the buttons survive the trim
    expect(messageText(message)).toContain('&lt;script&gt;&amp;amp; &lt;@U123&gt; &lt;!channel&gt; *bold*');
  });

  it('keeps limits for any answer (property)', () => {
    const str = fc.string({ unit: 'grapheme', maxLength: 400 });
    const answerArb = fc.record({
      headline: str,
      summary: fc.array(str, { maxLength: 4 }),
      figures: fc.array(fc.record({ label: str, value: str }), { maxLength: 25 }),
      steps: fc.array(fc.array(str, { minLength: 1, maxLength: 12 }), { maxLength: 8 }),
      notes: fc.array(str, { maxLength: 15 }),
      followUps: fc.array(fc.record({ label: str, question: str }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(answerArb, (a) => {
        const base = seedAnswer();
        const answer: Answer = {
          ...base,
          headline: a.headline,
          summary: a.summary,
          calculation: { ...base.calculation!, figures: a.figures, working: a.notes },
          procedures: a.steps.map((steps) => ({ ...section('count_devices'), steps })),
          notes: a.notes,
          followUps: a.followUps,
        };
        assertWithinBlockKitLimits(renderAnswerBlocks(answer));
      }),
      { numRuns: 200 },
    );
  });
});

describe('text helpers', () => {
  it('escapes the three control characters and turns **label** into *label*', () => {
    expect(escapeSlack('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(toMrkdwn('Select **Billing** > **Purchase services**')).toBe('Select *Billing* &gt; *Purchase services*');
  });
  it('cuts without splitting an entity', () => {
    expect(truncate('abc &amp; def', 7)).toBe('abc …');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('x'.repeat(200), 150)).toHaveLength(150);
  });
});

describe('usage and notices', () => {
  it('shows usage with examples, the share form and example buttons', () => {
    const message = assertWithinBlockKitLimits(renderUsageBlocks());
    const text = messageText(message);
    expect(text).toContain('`/eiot &lt;your question&gt;`');
    expect(text).toContain('`/eiot 1679 devices and 320 E5`');
    expect(text).toContain('`/eiot share 1679 devices and 320 E5`');
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons.every((b) => b.action_id.startsWith(ASK_ACTION_PREFIX) && b.value)).toBe(true);
  });
  it('renders a notice escaped and within limits', () => {
    const message = assertWithinBlockKitLimits(renderNoticeBlocks('Bad <input> & more', { command: '/eiot' }));
    expect(message.text).toBe('Bad &lt;input&gt; &amp; more');
  });
});
