// Multi-turn slot filling as a pure function: memory in, answer and new memory out.
// Teams keeps the memory in ConversationState, the CLI in a variable; the logic is the same.
import type { Answer, MissingFigure } from '../answer/model';
import { composeAnswer, type AnswerInput } from '../answer/compose';
import { emptyLicences, withDeviceChange, withLicenceChange, type LicenceHoldings } from '../domain/licensing';
import type { DeviceFigures, Question } from '../understanding/question';
import { recognize } from '../understanding/recognizer';

export interface ConversationMemory {
  devices?: DeviceFigures;
  licences?: LicenceHoldings;
  /** The figure the bot last asked for, so a bare "320" can answer it. */
  awaiting?: MissingFigure;
}

export interface AskOptions {
  /** BCP 47 locale of the user (Teams activity.locale, CLI --locale). Decides number separators. */
  locale?: string;
}

export interface Turn {
  answer: Answer;
  memory: ConversationMemory;
}

const NONE_REPLY = /^(?:none|no|nope|zero|nothing|nil|n\/a|we don'?t|we do not|i don'?t|not any|no e5|no licen[cs]es|no licenses)[.!]?$/i;

/** Fills the figures a follow-up message leaves out from what the conversation already knows. */
function withMemory(q: Question, memory: ConversationMemory, text: string): AnswerInput {
  let devices = q.devices;
  let licences = q.licences;
  let unclearReply = false;
  if (q.bareNumber !== null) {
    if (memory.awaiting === 'devices') devices = { total: q.bareNumber };
    else if (memory.awaiting === 'licenses' || (q.whatIf && memory.devices)) {
      licences = { ...emptyLicences(), microsoft365E5: q.bareNumber };
    }
  } else if (memory.awaiting === 'licenses' && !licences && NONE_REPLY.test(text.trim())) {
    licences = emptyLicences();
  }
  // "what if we buy another 40 E5 Security?": added to the remembered licences; with none remembered, asked for.
  if (!licences && q.licenceChange && memory.licences) licences = withLicenceChange(memory.licences, q.licenceChange);
  // "and if we add 50 more cameras?": added to the remembered devices; with none remembered, asked for.
  if (!devices && q.deviceChange !== undefined && memory.devices) devices = withDeviceChange(memory.devices, q.deviceChange);
  const followsUp = memory.devices !== undefined || memory.licences !== undefined;
  if (followsUp) {
    devices ??= memory.devices ?? null;
    licences ??= memory.licences ?? null;
  }
  if (memory.awaiting && q.bareNumber === null && !q.devices && !q.licences && !licences) unclearReply = true;
  return { intent: 'calculate', devices, licences, problems: q.problems, unclearReply };
}

/** Is this message part of the calculation in progress (a figure, "what if", "none")? */
function continuesCalculation(q: Question, memory: ConversationMemory, text: string): boolean {
  if (q.intent === 'calculate') return true;
  if (!memory.awaiting && !memory.devices && !memory.licences) return false;
  return (
    q.bareNumber !== null ||
    (memory.awaiting === 'licenses' && NONE_REPLY.test(text.trim())) ||
    (q.whatIf && (q.devices !== null || q.licences !== null || q.licenceChange !== undefined || q.deviceChange !== undefined))
  );
}

/** One message in a conversation. */
export function respond(memory: ConversationMemory, text: string, options: AskOptions = {}): Turn {
  const q = recognize(text, options);
  if (q.reset) {
    const answer = composeAnswer({ intent: 'help', devices: null, licences: null, problems: [] });
    answer.headline = "Cleared. Let's start over";
    return { answer, memory: {} };
  }
  if (q.tooLong) {
    return { answer: composeAnswer({ intent: 'unknown', devices: null, licences: null, problems: [], tooLong: true }), memory };
  }
  if (continuesCalculation(q, memory, text)) {
    const input = withMemory(q, memory, text);
    const answer = composeAnswer(input);
    const next: ConversationMemory = {};
    if (input.devices) next.devices = input.devices;
    if (input.licences) next.licences = input.licences;
    const awaiting = answer.missing.length === 1 ? answer.missing[0] : undefined;
    if (awaiting) next.awaiting = awaiting;
    return { answer, memory: next };
  }
  const answer = composeAnswer({ intent: q.intent, devices: q.devices, licences: q.licences, problems: q.problems });
  const { awaiting: _dropped, ...kept } = memory;
  void _dropped;
  return { answer, memory: kept };
}

/** A single question with no memory (Slack slash command, CLI ask). */
export function answerQuestion(text: string, options: AskOptions = {}): Answer {
  return respond({}, text, options).answer;
}
