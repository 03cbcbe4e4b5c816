// Teams channel: POST /api/messages through botbuilder's CloudAdapter. The only folder that imports botbuilder.
// botbuilder itself (./runtime) loads on the first activity, not at start-up: see runtime.ts.
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import * as restify from 'restify';
import { knowledge } from '../../domain/knowledge';
import type { ChannelRoutes } from '../../server/app';
import type { AppConfig } from '../../server/config';
import type { Logger } from '../../server/logger';
import { describeActivityProblems, IncomingActivity } from './activitySchema';
import type { Respond } from './bot';
import type { TeamsRuntime } from './runtime';
import type { StateStorage, StateStorageOptions } from './storage';

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
  /** Test hook: botbuilder authentication settings laid over the config's (e.g. a loopback OpenID endpoint). */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export interface TeamsChannel extends ChannelRoutes {
  /** The botbuilder side (adapter, bot, state storage), loaded once on first use; concurrent callers share it. */
  runtime: () => Promise<TeamsRuntime>;
}

/** Which store the config names (as createStateStorage decides), without loading storage.ts and botbuilder. */
function stateStorageKind(config: AppConfig): StateStorage['kind'] {
  const configured = Boolean(config.STATE_STORAGE_CONNECTION_STRING || config.STATE_STORAGE_ACCOUNT_URL);
  return config.STATE_STORAGE_CONTAINER && configured ? 'azure-blob' : 'memory';
}

export function teamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const logger = deps.logger.child({ channel: 'teams' });
  const storageKind = deps.stateStorage?.kind ?? stateStorageKind(deps.config);

  let loading: Promise<TeamsRuntime> | undefined;
  let loadError: unknown;
  const runtime = () =>
    (loading ??= import('./runtime')
      .then((m) => {
        const built = m.createTeamsRuntime({ ...deps, logger });
        loadError = undefined;
        return built;
      })
      .catch((err: unknown) => {
        // The next activity tries again; /readyz reports the failure meanwhile.
        loading = undefined;
        loadError = err;
        throw err;
      }));

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
    const turn = runtime()
      .then(({ adapter, bot }) => adapter.process(req, res, (context) => bot.run(context)))
      .catch((err: unknown) => {
        // process() answers the HTTP request itself; this catches a failed load or a failure writing that answer.
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
    runtime,
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
      {
        name: `state-storage (${storageKind})`,
        // Blob storage is reached (which loads the runtime) on every check. Memory storage lives in this process
        // and cannot be down; it is pinged once the runtime exists, and a failed runtime load shows here.
        check: async () => {
          if (storageKind === 'memory' && !loading) {
            if (loadError) throw loadError;
            return;
          }
          await (await runtime()).stateStorage.ping();
        },
      },
    ],
    async close() {
      closing = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
