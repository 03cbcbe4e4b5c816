// Teams channel: POST /api/messages through botbuilder's CloudAdapter. The only folder that imports botbuilder.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import * as restify from 'restify';
import { knowledge } from '../../domain/knowledge';
import type { ChannelRoutes } from '../../server/app';
import type { AppConfig } from '../../server/config';
import type { Logger } from '../../server/logger';
import { describeActivityProblems, IncomingActivity } from './activitySchema';
import { AdvisorBot, turnErrorHandler, type Respond } from './bot';
import { createStateStorage, type StateStorage, type StateStorageOptions } from './storage';

export const MESSAGES_ROUTE = '/api/messages';
/** Teams activities are small; a card submit is a few KB. */
const MAX_BODY_BYTES = 256 * 1024;

export interface TeamsChannelDeps {
  config: AppConfig;
  logger: Logger;
  /** Defaults to the storage the config names (memory or Azure Blob). */
  stateStorage?: StateStorage;
  storageOptions?: StateStorageOptions;
  respond?: Respond;
}

export interface TeamsChannel extends ChannelRoutes {
  stateStorage: StateStorage;
}

function authOptions(config: AppConfig): ConfigurationBotFrameworkAuthenticationOptions {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { MicrosoftAppType: config.MicrosoftAppType };
  if (config.MicrosoftAppId) options.MicrosoftAppId = config.MicrosoftAppId;
  if (config.MicrosoftAppPassword) options.MicrosoftAppPassword = config.MicrosoftAppPassword;
  if (config.MicrosoftAppTenantId) options.MicrosoftAppTenantId = config.MicrosoftAppTenantId;
  return options;
}

export function teamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const logger = deps.logger.child({ channel: 'teams' });
  const stateStorage = deps.stateStorage ?? createStateStorage(deps.config, deps.storageOptions);
  const conversationState = new ConversationState(stateStorage.storage);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions(deps.config)));
  const bot = new AdvisorBot({ conversationState, logger, respond: deps.respond });

  adapter.onTurnError = turnErrorHandler(conversationState, logger);

  const inFlight = new Set<Promise<void>>();
  let closing = false;

  const handleMessages: restify.RequestHandler = async (req, res) => {
    if (closing) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    if (!req.is('json')) {
      res.send(415, { error: 'expected an application/json Bot Framework activity' });
      return;
    }
    // With an app id every request must carry a Bot Framework token; refusing the obvious case here keeps
    // botbuilder from printing a stack trace to stderr for each unauthenticated probe.
    if (deps.config.MicrosoftAppId && !req.headers.authorization) {
      res.send(401, { error: 'missing Authorization header' });
      return;
    }
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'not a valid activity', problems: describeActivityProblems(parsed.error) });
      return;
    }
    const turn = adapter.process(req, res, (context) => bot.run(context)).catch((err: unknown) => {
      // process() answers the HTTP request itself; this only catches failures writing that answer.
      logger.error({ err, turnId: parsed.data.id }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    });
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  };

  return {
    name: 'teams',
    stateStorage,
    register(server) {
      // Route-level body parsing: only this route needs a JSON body.
      server.post(
        MESSAGES_ROUTE,
        restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }),
        handleMessages,
      );
    },
    readiness: [
      {
        name: 'knowledge-base',
        check: async () => {
          if (Object.keys(knowledge.procedures).length === 0) throw new Error('knowledge base is empty');
        },
      },
      { name: `state-storage (${stateStorage.kind})`, check: () => stateStorage.ping() },
    ],
    async close() {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
