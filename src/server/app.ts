// The restify server: shared HTTP plumbing, health routes, and each channel's routes.
// Channels plug in through `ChannelRoutes`; nothing here knows about botbuilder or Slack.
import * as restify from 'restify';
import type { AppConfig } from './config';
import type { Logger } from './logger';

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; rejects otherwise. */
  check: () => Promise<void>;
}

export interface ChannelRoutes {
  name: string;
  register(server: restify.Server): void;
  readiness?: ReadinessCheck[];
  /** Called on shutdown after the server stops accepting: finish in-flight work. */
  close?: () => Promise<void>;
}

export interface AppDeps {
  config: AppConfig;
  logger: Logger;
  channels: ChannelRoutes[];
}

/** Probes from the platform (liveness, readiness) are never throttled. */
export const HEALTH_ROUTES = new Set(['/healthz', '/readyz']);

/** What any error response says: the status in words, never an exception message or a stack. */
const PUBLIC_ERROR_MESSAGES: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  406: 'not acceptable',
  413: 'request body too large',
  415: 'unsupported content type',
  429: 'too many requests',
  500: 'internal error',
  503: 'service unavailable',
};

interface RestifyError extends Error {
  statusCode?: number;
  body?: { code?: string };
  toJSON?: () => unknown;
}

export function createServer({ config, logger, channels }: AppDeps): restify.Server {
  const server = restify.createServer({ name: 'eiot-advisor', handleUncaughtExceptions: false });

  // restify's own errors (404, bodyParser's 400/413/415, throttle's 429, a rejected handler's 500) carry the
  // parser's or the exception's message: answer with the status in words instead, and log the detail.
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: RestifyError, done: () => void) => {
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) logger.error({ err, route: req.getRoute()?.path ?? 'unmatched' }, 'request failed');
    const code = err.body?.code ?? (status >= 500 ? 'InternalError' : 'Error');
    const message = PUBLIC_ERROR_MESSAGES[status] ?? (status >= 500 ? 'internal error' : 'request refused');
    err.toJSON = () => ({ code, message });
    if (status === 429) res.header('Retry-After', String(retryAfterSeconds(config.THROTTLE_RATE)));
    done();
  });

  // Per-client throttling (restify's token bucket, keyed on the socket's address) on every public route.
  if (config.THROTTLE_RATE > 0 && config.THROTTLE_BURST > 0) {
    const throttle = restify.plugins.throttle({ rate: config.THROTTLE_RATE, burst: config.THROTTLE_BURST, ip: true });
    server.use((req, res, next) => (HEALTH_ROUTES.has(req.getPath()) ? next() : throttle(req, res, next)));
  }

  // One JSON line per request: route, status, latency. No body, no headers.
  server.on('after', (req: restify.Request, res: restify.Response, route: restify.Route | null) => {
    logger.info(
      {
        method: req.method,
        route: route?.spec?.path ?? 'unmatched',
        status: res.statusCode,
        latencyMs: Math.round((Date.now() - req.time()) * 10) / 10,
      },
      'request',
    );
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  const checks = channels.flatMap((c) => c.readiness ?? []);
  server.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async (c) => {
        try {
          await c.check();
          return { name: c.name, ok: true };
        } catch (error) {
          logger.warn({ check: c.name, err: error }, 'readiness check failed');
          return { name: c.name, ok: false };
        }
      }),
    );
    const ready = results.every((r) => r.ok);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: results });
  });

  for (const channel of channels) channel.register(server);
  return server;
}

/** Seconds until the bucket holds a token again (at least 1: Retry-After is whole seconds). */
function retryAfterSeconds(rate: number): number {
  return Math.max(1, Math.ceil(1 / Math.max(rate, 1e-9)));
}
