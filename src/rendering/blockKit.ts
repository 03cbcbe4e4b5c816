// Block Kit rendering of an Answer for Slack: header, figures as section fields, working, numbered steps,
// link buttons, follow-up buttons and a plain `text` fallback for notifications. Pure data, no I/O:
// the output can be pasted into Slack's Block Kit Builder as is.
// Every text object is escaped (&, <, >) and cut to Block Kit's limits here, so no channel code has to.
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  HeaderBlock,
  KnownBlock,
  MrkdwnElement,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';
import { FOLLOW_UPS } from '../answer/compose';
import type { Answer, ProcedureSection } from '../answer/model';

/** Block Kit's documented limits (docs.slack.dev/reference/block-kit). */
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
} as const;

/** Buttons whose `value` is a question to send back through the engine (follow-ups, usage examples). */
export const ASK_ACTION_PREFIX = 'eiot_ask_';
/** Link buttons: Slack still sends an interaction for them, which is only acknowledged. */
export const LINK_ACTION_PREFIX = 'eiot_link_';

export interface SlackMessage {
  /** Notification / accessibility fallback: escaped mrkdwn. */
  text: string;
  blocks: KnownBlock[];
}

export interface BlockKitOptions {
  /** The slash command as configured in the manifest, used in examples. */
  command?: string;
}

const DEFAULT_COMMAND = '/eiot';
/** The seed's worked example: both figures in one command. */
export const EXAMPLE_QUESTION = '1679 devices and 320 E5';
const MAX_FOLLOW_UP_BUTTONS = 5;
const MAX_LINK_BUTTONS = 6;
/** Follow-ups Slack cannot offer: the calculator is a Teams form; in Slack it would only ask for figures again. */
const TEAMS_ONLY_QUESTIONS = new Set([FOLLOW_UPS.calculator.question]);

// ---------------------------------------------------------------------------------------------- text

/** Slack's three control characters; everything else is sent as is. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The answer model marks UI names as `**label**`; Slack mrkdwn bold is `*label*`. */
export function toMrkdwn(text: string): string {
  return escapeSlack(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

/** Cuts already-escaped text to `max` characters without splitting an entity, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, max - 1).replace(/&[a-z]{0,3}$/, '') + '…';
}

/** Slack rejects empty (and blank) text objects. */
const BLANK_PLACEHOLDER = '…';

function nonBlank(text: string): string {
  return text.trim() ? text : BLANK_PLACEHOLDER;
}

function plain(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: nonBlank(truncate(escapeSlack(text.trim()), max)), emoji: true };
}

function mrkdwn(escaped: string, max: number): MrkdwnElement {
  return { type: 'mrkdwn', text: nonBlank(truncate(escaped, max)) };
}

// -------------------------------------------------------------------------------------------- blocks

function header(text: string): HeaderBlock {
  return { type: 'header', text: plain(text.trim() ? text : 'eIoT licensing', BLOCK_KIT_LIMITS.headerText) };
}

/** Splits long mrkdwn over several sections at line breaks instead of cutting content off. */
function sections(escapedLines: string[], separator = '\n'): SectionBlock[] {
  const out: SectionBlock[] = [];
  let current = '';
  for (const line of escapedLines) {
    if (!line.trim() && !current) continue;
    const candidate = current ? current + separator + line : line;
    if (candidate.length <= BLOCK_KIT_LIMITS.sectionText) {
      current = candidate;
      continue;
    }
    if (current) out.push({ type: 'section', text: mrkdwn(current, BLOCK_KIT_LIMITS.sectionText) });
    current = line; // a single over-long line is cut by mrkdwn()
  }
  if (current) out.push({ type: 'section', text: mrkdwn(current, BLOCK_KIT_LIMITS.sectionText) });
  return out;
}

function context(escapedTexts: string[]): ContextBlock[] {
  const out: ContextBlock[] = [];
  for (let i = 0; i < escapedTexts.length; i += BLOCK_KIT_LIMITS.contextElements) {
    out.push({
      type: 'context',
      elements: escapedTexts
        .slice(i, i + BLOCK_KIT_LIMITS.contextElements)
        .map((t) => mrkdwn(t, BLOCK_KIT_LIMITS.contextText)),
    });
  }
  return out;
}

function figureSections(answer: Answer): SectionBlock[] {
  const figures = answer.calculation?.figures ?? [];
  const out: SectionBlock[] = [];
  for (let i = 0; i < figures.length; i += BLOCK_KIT_LIMITS.sectionFields) {
    out.push({
      type: 'section',
      fields: figures
        .slice(i, i + BLOCK_KIT_LIMITS.sectionFields)
        .map((f) => mrkdwn(`*${toMrkdwn(f.label)}*\n${toMrkdwn(f.value)}`, BLOCK_KIT_LIMITS.fieldText)),
    });
  }
  return out;
}

function procedureBlocks(procedure: ProcedureSection, alreadySaid: Set<string>): KnownBlock[] {
  const steps = procedure.steps.map((step, i) => `${i + 1}. ${toMrkdwn(step)}`);
  const notes = procedure.notes.filter((n) => !alreadySaid.has(n)).map((n) => toMrkdwn(n));
  const appliesTo = alreadySaid.has(procedure.appliesTo) ? [] : [`_${toMrkdwn(procedure.appliesTo)}_`];
  return [
    { type: 'divider' },
    ...sections([`*${toMrkdwn(procedure.title)}*`, ...appliesTo]),
    ...sections(steps),
    ...context([...notes, `Source: ${toMrkdwn(procedure.source.citation)}`]),
  ];
}

interface LinkTarget {
  title: string;
  url: string;
}

/** Admin center / Defender portal first (where the steps are done), then the Learn sources, then the rest. */
function linkTargets(answer: Answer): LinkTarget[] {
  const ordered: LinkTarget[] = [
    ...answer.procedures.flatMap((p) => (p.portal ? [p.portal] : [])),
    ...answer.procedures.map((p) => ({ title: p.source.title, url: p.source.url })),
    ...answer.links,
  ];
  const seen = new Set<string>();
  return ordered.filter((l) => {
    if (seen.has(l.url) || !/^https:\/\//.test(l.url) || l.url.length > BLOCK_KIT_LIMITS.buttonUrl) return false;
    seen.add(l.url);
    return true;
  });
}

function linkButtons(answer: Answer): ActionsBlock[] {
  const buttons: Button[] = linkTargets(answer)
    .slice(0, MAX_LINK_BUTTONS)
    .map((l, i) => ({
      type: 'button',
      action_id: `${LINK_ACTION_PREFIX}${i}`,
      text: plain(l.title, BLOCK_KIT_LIMITS.buttonText),
      url: l.url,
    }));
  return buttons.length ? [{ type: 'actions', block_id: 'eiot_links', elements: buttons }] : [];
}

function askButtons(questions: { label: string; question: string }[], blockId: string): ActionsBlock[] {
  const buttons: Button[] = questions
    .filter((q) => q.question.trim() && q.question.length <= BLOCK_KIT_LIMITS.buttonValue)
    .slice(0, MAX_FOLLOW_UP_BUTTONS)
    .map((q, i) => ({
      type: 'button',
      action_id: `${ASK_ACTION_PREFIX}${i}`,
      text: plain(q.label, BLOCK_KIT_LIMITS.buttonText),
      value: q.question,
    }));
  return buttons.length ? [{ type: 'actions', block_id: blockId, elements: buttons }] : [];
}

/**
 * Keeps the head (what the answer is) and the tail (buttons) and trims the middle (steps, notes) when the
 * whole would pass 50 blocks, saying so in a context line.
 */
function fitBlocks(head: KnownBlock[], middle: KnownBlock[], tail: KnownBlock[], moreAt?: string): KnownBlock[] {
  const max = BLOCK_KIT_LIMITS.blocksPerMessage;
  if (head.length + middle.length + tail.length <= max) return [...head, ...middle, ...tail];
  const note = context([`Shortened to fit Slack.${moreAt ? ` The full text is at ${escapeSlack(moreAt)}` : ''}`]);
  const room = Math.max(0, max - tail.length - note.length);
  const kept = [...head, ...middle].slice(0, room);
  return [...kept, ...note, ...tail].slice(0, max);
}

// ------------------------------------------------------------------------------------------- answers

/** One slash command carries no memory, so an example always gives both figures at once. */
function exampleFor(command: string): string {
  return (
    `Each \`${escapeSlack(command)}\` stands alone, so give both figures in one command, for example ` +
    `\`${escapeSlack(`${command} ${EXAMPLE_QUESTION}`)}\` (devices: *Assets* &gt; *Devices*, Network devices + ` +
    `IoT devices tabs; licences: Microsoft 365 E5 or E5 Security, or \`0 E5\` with Defender for Endpoint P2 only).`
  );
}

export function renderAnswerBlocks(answer: Answer, options: BlockKitOptions = {}): SlackMessage {
  const command = options.command ?? DEFAULT_COMMAND;
  const head: KnownBlock[] = [header(answer.headline)];
  // The engine often repeats the question it asks (or the procedure's audience) in the summary: say it once.
  const summary = answer.summary.filter((line) => line !== answer.ask);
  if (summary.length) head.push(...sections(summary.map(toMrkdwn), '\n\n'));
  head.push(...figureSections(answer));
  const calc = answer.calculation;
  if (calc?.working.length) head.push(...sections(['*Working*', ...calc.working.map((w) => toMrkdwn(w))]));
  if (answer.missing.length || answer.ask) {
    const need = answer.ask ? toMrkdwn(answer.ask) : `Tell me your ${answer.missing.join(' and ')}.`;
    head.push(...sections([`*What I need:* ${need}`]), ...context([exampleFor(command)]));
  }

  const alreadySaid = new Set([...answer.summary, ...answer.notes]);
  const middle: KnownBlock[] = answer.procedures.flatMap((p) => procedureBlocks(p, alreadySaid));
  if (answer.notes.length) {
    middle.push({ type: 'divider' }, ...sections(answer.notes.map((n) => `• ${toMrkdwn(n)}`)));
  }

  const tail: KnownBlock[] = [
    ...linkButtons(answer),
    ...askButtons(
      answer.followUps.filter((f) => !TEAMS_ONLY_QUESTIONS.has(f.question)),
      'eiot_follow_ups',
    ),
  ];
  const moreAt = answer.procedures[0]?.source.url ?? answer.links[0]?.url;
  const fallback = [answer.headline, ...answer.summary].join('\n').trim() || 'eIoT licensing answer';
  return {
    text: truncate(toMrkdwn(fallback), BLOCK_KIT_LIMITS.sectionText),
    blocks: fitBlocks(head, middle, tail, moreAt),
  };
}

export const USAGE_EXAMPLES: { label: string; question: string }[] = [
  { label: '1679 devices, 320 E5', question: EXAMPLE_QUESTION },
  { label: 'Network + IoT split', question: '473 network devices, 1206 IoT devices and 320 E5 Security' },
  { label: 'Start a trial', question: 'How do I start a trial?' },
  { label: 'Buy licences', question: 'How do I buy standalone licences?' },
  { label: 'Turn off eIoT', question: 'How do I turn off Enterprise IoT security?' },
];

/** `/eiot` alone or `/eiot help`. */
export function renderUsageBlocks(options: BlockKitOptions = {}): SlackMessage {
  const command = escapeSlack(options.command ?? DEFAULT_COMMAND);
  const lines = [
    `Ask me about Microsoft Defender for IoT *Enterprise IoT* licences: \`${command} &lt;your question&gt;\``,
    '',
    '*Examples*',
    ...USAGE_EXAMPLES.map((e) => `• \`${command} ${escapeSlack(e.question)}\``),
    '',
    `Answers are visible only to you. To post one to the channel, start with \`share\`: \`${command} share ${escapeSlack(EXAMPLE_QUESTION)}\``,
    `Each command stands alone: give the device count and the licences in the same command.`,
  ];
  return {
    text: `Ask me about Enterprise IoT licences, for example: ${command} ${escapeSlack(EXAMPLE_QUESTION)}`,
    blocks: [
      header('eIoT License Advisor'),
      ...sections(lines),
      ...askButtons(USAGE_EXAMPLES, 'eiot_examples'),
      ...context(['Answers come from Microsoft Learn (Manage enterprise IoT monitoring support, and later versions).']),
    ],
  };
}

/** A short notice (bad input, an error): one section and a hint. Never shows internals. */
export function renderNoticeBlocks(message: string, options: BlockKitOptions = {}): SlackMessage {
  const command = escapeSlack(options.command ?? DEFAULT_COMMAND);
  const text = truncate(toMrkdwn(message.trim() || 'Something went wrong.'), BLOCK_KIT_LIMITS.sectionText);
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text, BLOCK_KIT_LIMITS.sectionText) },
      ...context([`Type \`${command} help\` for examples.`]),
    ],
  };
}
