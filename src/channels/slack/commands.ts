// `/eiot ...`: turns a verified slash command form into the synchronous reply Slack shows.
// Pure apart from the injected engine call: every path returns a message, none throws.
import type { Answer } from '../../answer/model';
import type { Logger } from '../../server/logger';
import { renderAnswerBlocks, renderNoticeBlocks, renderUsageBlocks, type SlackMessage } from '../../rendering/blockKit';
import { describeFormProblem, SlashCommandForm } from './forms';

/** Longest question read; also the longest a follow-up button can carry back (Slack's button value limit). */
export const MAX_QUESTION_LENGTH = 2000;

export type ResponseType = 'ephemeral' | 'in_channel';
export type SlackReply = SlackMessage & { response_type: ResponseType };

export interface CommandDeps {
  /** The answer engine (answerQuestion); injected so an engine failure can be tested. */
  ask: (question: string) => Answer;
  /** The slash command this app owns, as in the manifest. */
  command: string;
  logger: Logger;
}

export type CommandText =
  | { kind: 'help' }
  | { kind: 'too_long'; length: number }
  | { kind: 'ask'; question: string; share: boolean };

const HELP_WORDS = new Set(['', 'help', '?', 'usage', '-h', '--help']);

/** `help` / nothing -> usage; `share <question>` -> in_channel; anything else is the question. */
export function parseCommandText(text: string): CommandText {
  const trimmed = text.trim();
  if (trimmed.length > MAX_QUESTION_LENGTH) return { kind: 'too_long', length: trimmed.length };
  const share = /^share(?:\s+|$)/i.exec(trimmed);
  const question = share ? trimmed.slice(share[0].length).trim() : trimmed;
  if (HELP_WORDS.has(question.toLowerCase())) return { kind: 'help' };
  return { kind: 'ask', question, share: Boolean(share) };
}

const ephemeral = (message: SlackMessage): SlackReply => ({ response_type: 'ephemeral', ...message });

/** Asks the engine; an engine failure becomes a friendly notice (logged without the user's text). */
export function answerAsMessage(question: string, deps: CommandDeps): { message: SlackMessage; answer?: Answer } {
  try {
    const answer = deps.ask(question);
    return { message: renderAnswerBlocks(answer, { command: deps.command }), answer };
  } catch (error) {
    deps.logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : 'unknown' }, 'slack: answer engine failed');
    return {
      message: renderNoticeBlocks("Sorry, I couldn't work that out just now. Please try again in a moment.", {
        command: deps.command,
      }),
    };
  }
}

export function handleSlashCommand(fields: Record<string, string>, deps: CommandDeps): SlackReply {
  const options = { command: deps.command };
  const form = SlashCommandForm.safeParse(fields);
  if (!form.success) {
    deps.logger.warn({ problem: describeFormProblem(form.error) }, 'slack: malformed slash command form');
    return ephemeral(
      renderNoticeBlocks(`I couldn't read that request from Slack (${describeFormProblem(form.error)}).`, options),
    );
  }
  if (form.data.command !== deps.command) {
    const name = form.data.command.slice(0, 40);
    return ephemeral(
      renderNoticeBlocks(`This app answers \`${deps.command}\` only, not \`${name}\`. Check the slash command in the app settings.`, options),
    );
  }
  const parsed = parseCommandText(form.data.text);
  switch (parsed.kind) {
    case 'help':
      return ephemeral(renderUsageBlocks(options));
    case 'too_long':
      return ephemeral(
        renderNoticeBlocks(
          `That question is ${parsed.length} characters long; I read questions up to ${MAX_QUESTION_LENGTH}. ` +
            `Give just the figures, for example \`${deps.command} 1679 devices and 320 E5\`.`,
          options,
        ),
      );
    case 'ask': {
      const { message, answer } = answerAsMessage(parsed.question, deps);
      // A shared answer goes to the channel only when it is a real answer, not a question back to one user.
      const share = parsed.share && answer !== undefined && answer.missing.length === 0;
      return { response_type: share ? 'in_channel' : 'ephemeral', ...message };
    }
  }
}
