// Multi-turn slot filling as a pure function: memory in, answer and new memory out.
// Teams keeps the memory in ConversationState, the CLI in a variable; the logic is the same.
import type { Answer, MissingFigure } from '../answer/model';
import type { DeviceFigures } from '../understanding/question';
import type { LicenceHoldings } from '../domain/licensing';

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

/** One message in a conversation. (Being implemented in this session.) */
export function respond(memory: ConversationMemory, text: string, options: AskOptions = {}): Turn {
  void memory; void text; void options;
  throw new Error('respond: not implemented yet');
}

/** A single question with no memory (Slack slash command, CLI ask). */
export function answerQuestion(text: string, options: AskOptions = {}): Answer {
  return respond({}, text, options).answer;
}
