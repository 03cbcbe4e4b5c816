// Button clicks (block_actions). Slack wants the HTTP request acknowledged at once; the answer to a follow-up
// button is then POSTed to the payload's response_url as a new ephemeral message (the original stays, so the
// conversation reads top to bottom). Link buttons also send a click: those are only acknowledged.
import { ASK_ACTION_PREFIX } from '../../rendering/blockKit';
import { answerAsMessage, type CommandDeps, MAX_QUESTION_LENGTH } from './commands';
import type { BlockActionsPayload } from './forms';
import type { PostToResponseUrl } from './responseUrl';

export interface InteractionDeps extends CommandDeps {
  post: PostToResponseUrl;
}

/** The question a click asks, or null when the click needs no answer (link button, unknown action). */
export function questionFromActions(payload: BlockActionsPayload): string | null {
  const action = payload.actions.find((a) => a.action_id.startsWith(ASK_ACTION_PREFIX) && a.value?.trim());
  const question = action?.value?.trim();
  return question && question.length <= MAX_QUESTION_LENGTH ? question : null;
}

/**
 * The work to do after the ack: answer the question and POST it. Returns null when there is nothing to do.
 * The caller has already sent the 200.
 */
export function followUpWork(payload: BlockActionsPayload, deps: InteractionDeps): (() => Promise<boolean>) | null {
  const question = questionFromActions(payload);
  if (question === null) return null;
  const responseUrl = payload.response_url;
  if (!responseUrl) {
    deps.logger.warn('slack: block_actions without response_url; nothing to answer to');
    return null;
  }
  return async () => {
    const { message } = answerAsMessage(question, deps);
    return deps.post(responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
  };
}
