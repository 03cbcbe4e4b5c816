// The Teams bot: a thin adapter between Bot Framework activities and the answer engine.
// Memory lives in ConversationState; every question goes through respond(); every reply is an Adaptive Card.
import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { z } from 'zod';
import { respond as engineRespond, type ConversationMemory, type Turn } from '../../conversation/session';
import {
  STORAGE_NOTE,
  answerCard,
  apologyCard,
  calculatorCard,
  welcomeCard,
  withNote,
  type AdaptiveCard,
} from '../../rendering/adaptiveCard';
import { parseCardSubmit, type CalculatorValues } from '../../rendering/cardActions';
import type { Logger } from '../../server/logger';

export type Respond = (memory: ConversationMemory, text: string, options: { locale?: string }) => Turn;

export interface AdvisorBotDeps {
  conversationState: ConversationState;
  logger: Logger;
  /** The answer engine; injectable so a test can make a turn fail on purpose. */
  respond?: Respond;
}

const count = z.number().int().min(0);
/** What we accept back from storage: anything else (old format, hand edits) starts a fresh conversation. */
const StoredMemory: z.ZodType<ConversationMemory> = z.object({
  devices: z
    .object({
      total: count,
      networkDevices: count.optional(),
      iotDevices: count.optional(),
      excludedComputersAndMobile: count.optional(),
    })
    .optional(),
  licences: z
    .object({
      microsoft365E5: count,
      e5Security: count,
      standaloneOwned: count,
      ineligible: z.array(z.object({ plan: z.string(), count: count.nullable() })),
      mdeP2: z.boolean(),
    })
    .optional(),
  awaiting: z.enum(['devices', 'licenses']).optional(),
});

/** Wraps a card as a Bot Framework message; `speak` and the input hint ride on the activity too. */
export function cardMessage(card: AdaptiveCard, expectingInput = false): Partial<Activity> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  message.speak = card.speak;
  message.inputHint = expectingInput ? 'expectingInput' : 'acceptingInput';
  return message;
}

/** The calculator's figures as a question the engine already understands, so the same rules answer it. */
export function calculatorQuestion(v: CalculatorValues): string {
  return (
    `${v.networkDevices} network devices, ${v.iotDevices} IoT devices, ` +
    `${v.e5Licences} E5 licences and ${v.standaloneOwned} standalone licences`
  );
}

function conversationKind(activity: Activity): 'personal' | 'groupChat' | 'channel' {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  if (type === 'personal') return 'personal';
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

function mentionsBot(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

export class AdvisorBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly respond: Respond;

  constructor(private readonly deps: AdvisorBotDeps) {
    super();
    this.memory = deps.conversationState.createProperty<ConversationMemory>('advisorMemory');
    this.respond = deps.respond ?? engineRespond;

    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  /** Personal chat: greet once when the chat starts. Team / group chat: greet only when the bot itself is added. */
  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const added = activity.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === activity.recipient.id);
    if (botAdded || (conversationKind(activity) === 'personal' && added.length > 0)) {
      await context.sendActivity(cardMessage(welcomeCard()));
      this.deps.logger.info({ turnId: activity.id, conversation: conversationKind(activity) }, 'welcome sent');
    }
  }

  private async message(context: TurnContext): Promise<void> {
    const { activity } = context;
    const kind = conversationKind(activity);
    const log = this.deps.logger.child({ turnId: activity.id, conversation: kind });
    let question: string;

    if (activity.value !== undefined && activity.value !== null) {
      // A card button or the calculator (Action.Submit): the payload is checked before anything uses it.
      const submit = parseCardSubmit(activity.value);
      log.info({ submit: submit.kind }, 'card submit');
      switch (submit.kind) {
        case 'ask':
          question = submit.question;
          break;
        case 'calculate':
          question = calculatorQuestion(submit.values);
          break;
        case 'calculator':
          await context.sendActivity(cardMessage(calculatorCard(), true));
          return;
        case 'calculate_invalid':
          await context.sendActivity(cardMessage(calculatorCard(submit.feedback), true));
          return;
        case 'unknown':
          question = activity.text?.trim() || 'help';
          break;
      }
    } else {
      // In channels and group chats Teams may deliver messages not meant for us: answer only when @mentioned.
      if (kind !== 'personal' && !mentionsBot(activity)) {
        log.debug('not mentioned: ignored');
        return;
      }
      question = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    }

    // "calculator" (typed, or the engine's follow-up) opens the form rather than asking for figures in words.
    if (/^(?:open (?:the )?)?calculator[.!]?$/i.test(question)) {
      await context.sendActivity(cardMessage(calculatorCard(), true));
      return;
    }

    const { memory, remembered } = await this.loadMemory(context, log);
    const turn = this.respond(memory, question, { locale: activity.locale ?? undefined });
    const saved = remembered && (await this.saveMemory(context, turn.memory, log));

    let card = answerCard(turn.answer);
    if (!saved) card = withNote(card, STORAGE_NOTE);
    await context.sendActivity(cardMessage(card, turn.answer.missing.length > 0));
    log.info({ intent: turn.answer.intent, missing: turn.answer.missing, stateSaved: saved }, 'answered');
  }

  /** Reads the memory; a storage failure or unreadable memory means "start fresh", never "no answer". */
  private async loadMemory(context: TurnContext, log: Logger): Promise<{ memory: ConversationMemory; remembered: boolean }> {
    let stored: unknown;
    try {
      stored = await this.memory.get(context, {});
    } catch (err) {
      log.error({ err }, 'conversation state could not be read');
      return { memory: {}, remembered: false };
    }
    const parsed = StoredMemory.safeParse(stored);
    if (!parsed.success) {
      log.warn('stored conversation memory had an unexpected shape: starting fresh');
      return { memory: {}, remembered: true };
    }
    return { memory: parsed.data, remembered: true };
  }

  private async saveMemory(context: TurnContext, memory: ConversationMemory, log: Logger): Promise<boolean> {
    try {
      await this.memory.set(context, memory);
      await this.deps.conversationState.saveChanges(context);
      return true;
    } catch (err) {
      log.error({ err }, 'conversation state could not be saved');
      return false;
    }
  }
}

/**
 * A failed turn: log it with the turn id, apologise with a card, and clear this conversation's memory so a
 * bad remembered state cannot fail the next turn too.
 */
export function turnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const turnId = context.activity.id;
    logger.error({ err: error, turnId, activityType: context.activity.type }, 'turn failed');
    try {
      await conversationState.delete(context);
    } catch (err) {
      logger.error({ err, turnId }, 'conversation state could not be cleared after a failed turn');
    }
    try {
      await context.sendActivity(cardMessage(apologyCard()));
    } catch (err) {
      logger.error({ err, turnId }, 'apology could not be sent');
    }
  };
}
