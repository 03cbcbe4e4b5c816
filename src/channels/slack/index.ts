// The Slack channel: POST /api/slack/commands and POST /api/slack/interactions on the shared restify server.
// Every request: read the raw body -> verify the signature -> parse the form with zod -> answer. Errors after
// the signature check are answered 200 with an ephemeral message (Slack shows non-200s as a failure).
import type { Request, Response, Server } from 'restify';
import type { Answer } from '../../answer/model';
import { renderNoticeBlocks } from '../../rendering/blockKit';
import type { ChannelRoutes } from '../../server/app';
import type { AppConfig } from '../../server/config';
import type { Logger } from '../../server/logger';
import { type CommandDeps, handleSlashCommand } from './commands';
import { parseForm, parseInteraction } from './forms';
import { followUpWork } from './interactions';
import { BodyTooLargeError, readRawBody } from './rawBody';
import { createResponseUrlPoster, SLACK_RESPONSE_URL_ORIGIN } from './responseUrl';
import { verifySlackSignature } from './signature';

export const SLACK_COMMANDS_PATH = '/api/slack/commands';
export const SLACK_INTERACTIONS_PATH = '/api/slack/interactions';
export const SLACK_COMMAND = '/eiot';

export interface SlackChannelDeps {
  config: AppConfig;
  logger: Logger;
  fetch?: typeof fetch;
  /** Origin response_urls must have; https://hooks.slack.com unless a test points it at a loopback server. */
  responseUrlOrigin?: string;
  /** The answer engine; answerQuestion unless a test injects a failing one. */
  ask?: (question: string) => Answer;
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The answer engine's module, imported on the first request. */
type Engine = typeof import('../../conversation/session');

export function slackChannel(deps: SlackChannelDeps): ChannelRoutes {
  const logger = deps.logger.child({ channel: 'slack' });
  const secret = deps.config.SLACK_SIGNING_SECRET;
  const inFlight = new Set<Promise<unknown>>();
  // The engine (understanding, number recognizer) loads with the first request, not at start-up: ~0.1 s less to ready.
  let engine: Engine | undefined;
  let engineLoading: Promise<unknown> | undefined;
  const loadEngine = async () => {
    if (!deps.ask && !engine) await (engineLoading ??= import('../../conversation/session').then((m) => (engine = m)));
  };
  const commandDeps: CommandDeps = {
    ask: deps.ask ?? ((q) => (engine as Engine).answerQuestion(q)),
    command: SLACK_COMMAND,
    logger,
  };
  const post = createResponseUrlPoster({
    fetch: deps.fetch ?? globalThis.fetch,
    logger,
    allowedOrigin: deps.responseUrlOrigin ?? SLACK_RESPONSE_URL_ORIGIN,
  });

  /** Raw body + signature check. Answers the 401/413/400 itself and returns null when the request stops here. */
  async function verifiedBody(req: Request, res: Response, route: string): Promise<Buffer | null> {
    let raw: Buffer;
    try {
      raw = await readRawBody(req);
    } catch (error) {
      res.send(error instanceof BodyTooLargeError ? 413 : 400);
      return null;
    }
    const check = verifySlackSignature(secret ?? '', {
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
      rawBody: raw,
    });
    if (!check.ok) {
      logger.warn({ route, reason: check.reason }, 'slack: request signature rejected');
      res.send(401);
      return null;
    }
    return raw;
  }

  const notice = (message: string) => ({
    response_type: 'ephemeral' as const,
    ...renderNoticeBlocks(message, { command: SLACK_COMMAND }),
  });

  async function commands(req: Request, res: Response): Promise<void> {
    const raw = await verifiedBody(req, res, SLACK_COMMANDS_PATH);
    if (!raw) return;
    // A failed load leaves `engine` unset: the command then gets the friendly error answer, not a 500.
    await loadEngine().catch(() => undefined);
    try {
      res.send(200, handleSlashCommand(parseForm(raw), commandDeps));
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'slack: command failed');
      res.send(200, notice("Sorry, something went wrong on my side. Please try again in a moment."));
    }
  }

  async function interactions(req: Request, res: Response): Promise<void> {
    const raw = await verifiedBody(req, res, SLACK_INTERACTIONS_PATH);
    if (!raw) return;
    await loadEngine().catch(() => undefined);
    let work: (() => Promise<boolean>) | null = null;
    try {
      const parsed = parseInteraction(parseForm(raw));
      if (parsed.kind === 'invalid') {
        logger.warn({ problem: parsed.problem }, 'slack: malformed interaction');
        res.send(200, notice(`I couldn't read that button click from Slack: ${parsed.problem}.`));
        return;
      }
      if (parsed.kind === 'block_actions') work = followUpWork(parsed.payload, { ...commandDeps, post });
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'slack: interaction failed');
    }
    // Acknowledge first (Slack allows 3 s); the answer follows on the response_url.
    res.send(200);
    if (work) {
      const run = work;
      // setImmediate: let the 200 leave before the answer is computed.
      const job: Promise<boolean> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(run)
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
  }

  return {
    name: 'slack',
    register(server: Server) {
      if (!secret) {
        // No routes: restify answers 404 for /api/slack/*.
        logger.info({ slack: 'off' }, 'Slack is off: SLACK_SIGNING_SECRET is not set, /api/slack/* answer 404');
        return;
      }
      server.post(SLACK_COMMANDS_PATH, commands);
      server.post(SLACK_INTERACTIONS_PATH, interactions);
      logger.info({ slack: 'on', routes: [SLACK_COMMANDS_PATH, SLACK_INTERACTIONS_PATH] }, 'Slack routes registered');
    },
    async close() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
