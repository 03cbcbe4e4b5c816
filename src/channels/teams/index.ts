// Teams channel: POST /api/messages through botbuilder's CloudAdapter. The only folder that imports botbuilder.
// botbuilder itself (./runtime) loads on the first activity, not at start-up: see runtime.ts.
import type { Activity } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import * as restify from 'restify';
import { knowledge } from '../../domain/knowledge';
import type { ChannelRoutes } from '../../server/app';
import type { AppConfig } from '../../server/config';
import { describeActivityProblems, IncomingActivity } from './activitySchema';
import type { TeamsRuntime, TeamsRuntimeDeps } from './runtime';
import type { StateStorage } from './storage';

export const MESSAGES_ROUTE = '/api/messages';
/** Teams activities are small; a card submit is a few KB. */
const MAX_BODY_BYTES = 256 * 1024;

/** The channel passes its dependencies straight to the runtime it builds on the first activity. */
export type TeamsChannelDeps = TeamsRuntimeDeps;

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
    // With an app id every request must carry a valid Bot Framework token. It is checked here rather than inside
    // adapter.process(), which prints each failure's stack trace to stderr and echoes the library's message (the
    // token's audience, for one) in the response body.
    const authorization = req.headers.authorization ?? '';
    if (deps.config.MicrosoftAppId && (!authorization || tokenExpired(authorization))) {
      logger.warn({ reason: authorization ? 'token expired' : 'no Authorization header' }, 'request not authenticated');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: 'not a valid activity', problems: describeActivityProblems(parsed.error) });
      return;
    }
    const activity = withDates(req.body as Record<string, unknown>);
    const turn = runtime()
      .then(async ({ adapter, bot, authentication }) => {
        let authenticated: AuthenticateRequestResult;
        try {
          authenticated = await authentication.authenticateRequest(activity, authorization);
        } catch (err) {
          const status = authFailureStatus(err);
          if (status === 401) logger.warn({ reason: errorReason(err) }, 'request not authenticated');
          else logger.error({ reason: errorReason(err) }, 'token validation unavailable');
          res.send(status, { error: status === 401 ? 'unauthorized' : 'service unavailable' });
          return;
        }
        const invokeResponse = await adapter.processAuthenticated(authenticated, activity, (context) => bot.run(context));
        if (invokeResponse?.body !== undefined) res.send(invokeResponse.status ?? 200, invokeResponse.body);
        else res.send(invokeResponse?.status ?? 200);
      })
      .catch((err: unknown) => {
        // A failed turn is answered by onTurnError; this catches a failed load or a failure around the turn.
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

/** botbuilder reads the timestamps as Dates (what CloudAdapter.process does before processActivity). */
function withDates(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** Bot Framework allows 5 minutes of clock skew. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;

/**
 * True only for a readable Bearer JWT whose `exp` has passed: refused before botbuilder, which would print the
 * expiry's stack trace. Anything else is left to botbuilder to judge.
 */
export function tokenExpired(authorization: string, nowSeconds = Date.now() / 1000): boolean {
  const token = /^Bearer [\w-]+\.([\w-]+)\.[\w-]*$/.exec(authorization);
  if (!token) return false;
  try {
    const payload: unknown = JSON.parse(Buffer.from(token[1]!, 'base64url').toString('utf8'));
    const exp = (payload as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' && exp + CLOCK_TOLERANCE_SECONDS < nowSeconds;
  } catch {
    return false;
  }
}

/**
 * A forged, foreign, mis-addressed or expired token is a 401: botframework-connector reports those as an
 * AuthenticationError (401) or lets jsonwebtoken's errors through. Keys it could not download are a 500
 * AuthenticationError: answered 503 (our side; the channel retries) without processing the request.
 */
function authFailureStatus(err: unknown): 401 | 503 {
  const e = err as { name?: unknown; statusCode?: unknown } | null;
  if (e && ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes(String(e.name))) return 401;
  if (e && typeof e.statusCode === 'number') return e.statusCode >= 500 ? 503 : 401;
  return 503;
}

function errorReason(err: unknown): string {
  return (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 200);
}
