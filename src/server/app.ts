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

export function createServer({ logger, channels }: AppDeps): restify.Server {
  const server = restify.createServer({ name: 'eiot-advisor', handleUncaughtExceptions: false });

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
