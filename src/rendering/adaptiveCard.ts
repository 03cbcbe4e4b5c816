// Answers as Adaptive Cards 1.5 (what Teams renders). Pure: plain JSON out, no botbuilder, no I/O.
// Every card here can be pasted into the Adaptive Cards Designer (https://adaptivecards.io/designer) as is.
import { FOLLOW_UPS } from '../answer/compose';
import type { Answer, Calculation, ProcedureSection } from '../answer/model';
import { link, type Link } from '../domain/knowledge';
import { MAX_REASONABLE_COUNT } from '../domain/licensing';
import {
  askData,
  calculateData,
  CALCULATOR_INPUTS,
  openCalculatorData,
  type CalculatorFeedback,
  type CalculatorField,
} from './cardActions';
import {
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  MAX_CARD_BYTES,
  cardBytes,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Column,
  type Container,
  type OpenUrlAction,
  type SubmitAction,
  type TextBlock,
} from './cardSchema';
import { renderText } from './text';

export * from './cardSchema';

/** The Adaptive Cards default host config allows 5 actions per set; more would be cut. */
const MAX_FOLLOW_UPS = 5;
const MAX_LINK_BUTTONS = 3;

export const PRODUCT_NAME = 'eIoT License Advisor';

export const EXAMPLE_QUESTIONS = [
  'I have 1679 devices and 320 E5 licences',
  'How do I start a trial?',
  'How do I buy standalone licences?',
  'How do I turn off Enterprise IoT?',
] as const;

export const STORAGE_NOTE =
  'I could not save this conversation just now, so I may not remember these figures in your next message.';

function card(body: CardElement[], actions: CardAction[], fallbackText: string, speak: string): AdaptiveCard {
  const c: AdaptiveCard = {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText,
    speak,
    body,
    msteams: { width: 'Full' },
  };
  if (actions.length > 0) c.actions = actions;
  return c;
}

const text = (t: string, extra: Partial<TextBlock> = {}): TextBlock => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
const heading = (t: string): TextBlock => text(t, { style: 'heading', size: 'large', weight: 'bolder' });
const subheading = (t: string): TextBlock =>
  text(t, { size: 'medium', weight: 'bolder', spacing: 'medium', separator: true });

const submit = (title: string, data: Record<string, unknown>, extra: Partial<SubmitAction> = {}): SubmitAction => ({
  type: 'Action.Submit',
  title,
  data,
  ...extra,
});
const openUrl = (l: Link, title = l.title): OpenUrlAction => ({ type: 'Action.OpenUrl', title, url: l.url });

/** Adaptive Card markdown: a numbered list needs one item per line starting with "1. ". */
const numbered = (items: string[]) => items.map((s, i) => `${i + 1}. ${s}`).join('\r');
const bulleted = (items: string[]) => items.map((s) => `- ${s}`).join('\r');

/** Screen readers get the answer without markdown stars or list markup. */
function speakable(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

const pct = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;

/**
 * The coverage bar: a ColumnSet whose column weights are covered devices vs. the gap (or spare room).
 * Weights are integers out of 1000 with a floor of 1 so a tiny gap still shows.
 */
export function coverageBar(calc: Calculation): Container {
  const { coverage } = calc;
  const covered = Math.min(coverage.coveredDevices, coverage.totalDevices);
  const base = Math.max(coverage.totalDevices, coverage.coveredDevices, 1);
  const weight = (n: number) => Math.max(1, Math.round((n / base) * 1000));
  const segment = (n: number, style: Column['style'], id: string): Column => ({
    type: 'Column',
    id,
    width: weight(n),
    style,
    minHeight: '16px',
    items: [],
  });
  const columns: Column[] = [];
  if (covered > 0) columns.push(segment(covered, 'good', 'coverageCovered'));
  if (coverage.gap > 0) columns.push(segment(coverage.gap, 'attention', 'coverageGap'));
  if (coverage.gap === 0 && coverage.headroom > 0) columns.push(segment(coverage.headroom, 'emphasis', 'coverageHeadroom'));
  if (columns.length === 0) columns.push(segment(1, 'emphasis', 'coverageEmpty'));
  // No gutter between segments: one continuous bar.
  for (const c of columns.slice(1)) c.spacing = 'none';

  const legend =
    coverage.gap > 0
      ? `Covered: ${pct(calc.coveredShare)} · to buy: ${coverage.gap} standalone licence${coverage.gap === 1 ? '' : 's'}`
      : coverage.headroom > 0
        ? `All devices covered, room for ${coverage.headroom} more`
        : 'All devices covered';
  return {
    type: 'Container',
    id: 'coverage',
    spacing: 'medium',
    items: [
      { type: 'ColumnSet', id: 'coverageBar', spacing: 'small', columns },
      text(legend, { size: 'small', isSubtle: true, spacing: 'small' }),
    ],
  };
}

function calculationSection(calc: Calculation): CardElement[] {
  const items: CardElement[] = [
    { type: 'FactSet', id: 'figures', spacing: 'medium', facts: calc.figures.map((f) => ({ title: f.label, value: f.value })) },
    coverageBar(calc),
  ];
  if (calc.working.length > 0) {
    items.push(text('How it adds up', { weight: 'bolder', spacing: 'medium' }));
    // One TextBlock per line: Teams does not render line breaks inside a monospace block reliably.
    items.push({
      type: 'Container',
      id: 'working',
      spacing: 'small',
      items: calc.working.map((w) => text(w, { fontType: 'monospace', spacing: 'none' })),
    });
  }
  return items;
}

function procedureSection(p: ProcedureSection, headline: string): Container {
  // A procedure answer's headline is the procedure's title: say it once.
  const items: CardElement[] = p.title === headline ? [] : [subheading(p.title)];
  items.push(text(p.appliesTo, { isSubtle: true, spacing: 'small' }), text(numbered(p.steps), { spacing: 'small' }));
  if (p.notes.length > 0) items.push(text(bulleted(p.notes), { size: 'small', spacing: 'small' }));
  items.push(text(`Source: [${p.source.citation}](${p.source.url})`, { size: 'small', isSubtle: true, spacing: 'small' }));
  return { type: 'Container', id: `procedure-${p.id}`, items };
}

/** Portal, admin center and Learn source links of an answer, in that order, without duplicates. */
function linkButtons(answer: Answer): OpenUrlAction[] {
  const seen = new Set<string>();
  const out: OpenUrlAction[] = [];
  const add = (l: Link | undefined, title?: string) => {
    if (!l || seen.has(l.url) || out.length >= MAX_LINK_BUTTONS) return;
    seen.add(l.url);
    out.push(openUrl(l, title));
  };
  for (const p of answer.procedures) add(p.portal, p.portal ? `Open ${p.portal.title}` : undefined);
  for (const p of answer.procedures) add(p.source, 'Read the Microsoft Learn page');
  for (const l of answer.links) add(l);
  return out;
}

function answerBody(answer: Answer, procedures: ProcedureSection[], droppedSteps: boolean): CardElement[] {
  const body: CardElement[] = [heading(answer.headline)];
  for (const s of answer.summary) if (s !== answer.ask) body.push(text(s, { spacing: 'small' }));
  if (answer.ask) body.push(text(answer.ask, { weight: 'bolder', color: 'accent', id: 'ask', spacing: 'medium' }));
  if (answer.calculation) body.push(...calculationSection(answer.calculation));
  // calculation.iotOnly is explained by the engine in answer.notes (shown below), so it is not repeated here.
  for (const p of procedures) body.push(procedureSection(p, answer.headline));
  if (droppedSteps) {
    body.push(text('Some steps were left out to keep this card short: pick a follow-up below for the full steps.', { size: 'small', isSubtle: true }));
  }
  if (answer.notes.length > 0) {
    body.push(text('Good to know', { weight: 'bolder', spacing: 'medium', separator: true }));
    body.push(text(bulleted(answer.notes), { size: 'small', spacing: 'small', id: 'notes' }));
  }
  // The engine's "Open the calculator" follow-up opens the calculator card here (a Teams form) instead of asking.
  const followUps: CardAction[] = answer.followUps
    .slice(0, MAX_FOLLOW_UPS)
    .map((f) => submit(f.label, f.question === FOLLOW_UPS.calculator.question ? openCalculatorData() : askData(f.question)));
  if (followUps.length > 0) body.push({ type: 'ActionSet', id: 'followUps', spacing: 'medium', actions: followUps });
  return body;
}

/** The answer card: headline, figures, coverage bar, working, steps that fit, notes, follow-ups and links. */
export function answerCard(answer: Answer, options: { fallbackText?: string } = {}): AdaptiveCard {
  const fallbackText = options.fallbackText ?? fallbackFor(answer);
  const speakParts = [answer.headline, ...answer.summary.filter((s) => s !== answer.ask)];
  if (answer.ask) speakParts.push(answer.ask);
  if (answer.calculation) speakParts.push(...answer.calculation.figures.map((f) => `${f.label}: ${f.value}.`));
  const speak = speakable(speakParts.join(' '));
  const links = linkButtons(answer);

  // Keep the card under budget: drop the last procedures first (their follow-ups stay as buttons).
  let procedures = answer.procedures;
  let result = card(answerBody(answer, procedures, false), links, fallbackText, speak);
  while (cardBytes(result) > MAX_CARD_BYTES && procedures.length > 0) {
    procedures = procedures.slice(0, -1);
    result = card(answerBody(answer, procedures, true), links, truncate(fallbackText, 4000), speak);
  }
  return result;
}

/** The shared text rendering, plus the question the bot is asking (the card shows it on its own line). */
function fallbackFor(answer: Answer): string {
  const text = renderText(answer);
  return answer.ask && !text.includes(answer.ask) ? `${text}\n\n${answer.ask}` : text;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Sent when the bot is added to a chat or team: what it does, with example questions as buttons. */
export function welcomeCard(): AdaptiveCard {
  const abilities = [
    'Work out how many standalone Enterprise IoT licences you need: 5 devices per Microsoft 365 E5 or E5 Security licence, 1 per standalone licence.',
    'Walk you through starting a trial, buying licences, turning Enterprise IoT on or off and cancelling a legacy plan.',
    'Tell you the prerequisites and which devices count.',
  ];
  const body: CardElement[] = [
    heading(PRODUCT_NAME),
    text('I answer Microsoft Defender for IoT **Enterprise IoT** licensing questions, from the Microsoft Learn docs.', { spacing: 'small' }),
    text(bulleted(abilities), { spacing: 'small' }),
    text('Try one of these, or type your own question. Say **start over** at any time to clear the figures I remember.', {
      spacing: 'medium',
      isSubtle: true,
    }),
    {
      type: 'ActionSet',
      id: 'examples',
      actions: [...EXAMPLE_QUESTIONS.map((q) => submit(q, askData(q))), submit('Open the calculator', openCalculatorData())].slice(
        0,
        MAX_FOLLOW_UPS,
      ),
    },
  ];
  const fallback = [
    `${PRODUCT_NAME}: I answer Microsoft Defender for IoT Enterprise IoT licensing questions.`,
    ...abilities.map((a) => `- ${a}`),
    'Examples:',
    ...EXAMPLE_QUESTIONS.map((q) => `- ${q}`),
  ].join('\n');
  const speak = speakable(`${PRODUCT_NAME}. I answer Enterprise IoT licensing questions. ${abilities.join(' ')}`);
  return card(body, [openUrl(link('manageEiot'), 'Read the Microsoft Learn page')], fallback, speak);
}

const CALCULATOR_FIELDS: { field: CalculatorField; label: string; placeholder: string; required: boolean }[] = [
  { field: 'networkDevices', label: 'Network devices (Device inventory tab)', placeholder: 'e.g. 473', required: true },
  { field: 'iotDevices', label: 'IoT devices (Device inventory tab)', placeholder: 'e.g. 1206', required: true },
  { field: 'e5Licences', label: 'Microsoft 365 E5 + E5 Security licences', placeholder: 'e.g. 320', required: true },
  { field: 'standaloneOwned', label: 'Standalone eIoT licences you already own', placeholder: '0', required: false },
];

/** The calculator: four counts, validated by the host (required, min, max) and again server-side. */
export function calculatorCard(feedback?: CalculatorFeedback): AdaptiveCard {
  const errorList = feedback ? Object.values(feedback.errors) : [];
  const body: CardElement[] = [
    heading('Enterprise IoT licence calculator'),
    text(
      'Count devices in the Microsoft Defender portal under **Assets > Devices**. Devices on the Computers & Mobile tab are not counted.',
      { spacing: 'small', isSubtle: true },
    ),
  ];
  if (errorList.length > 0) {
    body.push({
      type: 'Container',
      id: 'calculatorErrors',
      style: 'attention',
      items: [
        text('Please check these figures:', { weight: 'bolder', color: 'attention' }),
        text(bulleted(errorList), { spacing: 'small' }),
      ],
    });
  }
  for (const f of CALCULATOR_FIELDS) {
    const value = feedback?.values[f.field];
    body.push({
      type: 'Input.Number',
      id: CALCULATOR_INPUTS[f.field],
      label: f.label,
      placeholder: f.placeholder,
      min: 0,
      max: MAX_REASONABLE_COUNT,
      isRequired: f.required,
      errorMessage: feedback?.errors[f.field] ?? `Enter a whole number from 0 to ${MAX_REASONABLE_COUNT}.`,
      ...(value !== undefined ? { value } : f.required ? {} : { value: 0 }),
    });
  }
  const fallback = errorList.length
    ? `Please check these figures: ${errorList.join(' ')}`
    : 'Enterprise IoT licence calculator: enter your network devices, IoT devices, E5 + E5 Security licences and standalone licences owned.';
  return card(
    body,
    [submit('Calculate', calculateData(), { style: 'positive', associatedInputs: 'auto' })],
    fallback,
    speakable(fallback),
  );
}

/** When a turn fails: say sorry, keep the door open. */
export function apologyCard(): AdaptiveCard {
  const message = "Sorry, something went wrong on my side and I couldn't answer that. Please try again, or say **start over**.";
  return card(
    [heading('Sorry about that'), text(message, { spacing: 'small' })],
    [submit('Start over', askData('start over')), submit('Help', askData('help'))],
    speakable(message),
    speakable(message),
  );
}

/** Adds a short note at the end of a card (e.g. conversation state could not be saved). Returns a new card. */
export function withNote(c: AdaptiveCard, note: string): AdaptiveCard {
  return {
    ...c,
    fallbackText: `${c.fallbackText}\n\n${note}`,
    body: [...c.body, text(note, { size: 'small', color: 'warning', spacing: 'medium', id: 'note' })],
  };
}
