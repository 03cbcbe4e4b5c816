// Process entry: configuration, logger, channels, HTTP server, graceful shutdown.
// `startApp` is the whole wiring without the process-level parts, so tests run the real server on port 0.
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { slackChannel } from './channels/slack';
import { teamsChannel, type TeamsChannelDeps } from './channels/teams';
import { createServer, type ChannelRoutes } from './server/app';
import { ConfigError, describeConfig, loadConfig, type AppConfig } from './server/config';
import { createLogger, type Logger } from './server/logger';
import type { DestinationStream } from 'pino';

export interface StartOptions {
  /** Where JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /** Test hooks passed to the Teams channel (storage credential, a failing engine). */
  teams?: Partial<Pick<TeamsChannelDeps, 'stateStorage' | 'storageOptions' | 'respond' | 'botAuth'>>;
}

export interface RunningApp {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  config: AppConfig;
  logger: Logger;
  /** Stop accepting, finish in-flight turns, release the port. */
  close: () => Promise<void>;
}

function buildChannels(config: AppConfig, logger: Logger, options: StartOptions): ChannelRoutes[] {
  return [teamsChannel({ config, logger, ...options.teams }), slackChannel({ config, logger })];
}

/** Validates the environment (throws ConfigError), builds the server and listens. */
export async function startApp(env: NodeJS.ProcessEnv, options: StartOptions = {}): Promise<RunningApp> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  const channels = buildChannels(config, logger, options);
  const server = createServer({ config, logger, channels });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const done = () => {
      server.removeListener('error', reject);
      resolve();
    };
    if (config.HOST) server.listen(config.PORT, config.HOST, done);
    else server.listen(config.PORT, done);
  });

  const address = server.address() as AddressInfo;
  const host = config.HOST ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const summary = describeConfig(config);
  logger.info({ ...summary, port: address.port, host: config.HOST ?? 'all interfaces' }, 'listening');
  if (!config.MicrosoftAppId) {
    logger.info('Bot Framework auth: anonymous local mode (no MicrosoftAppId): only for local testing, not for Teams');
  }
  // "Slack is off" is logged once by the Slack channel itself when it registers no routes.

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Stop accepting first, then let the channels finish the turns already running.
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      await Promise.allSettled(channels.map((c) => c.close?.() ?? Promise.resolve()));
      server.server.closeAllConnections();
      await stopped;
      logger.info('stopped');
    })());

  return { server, url, config, logger, close };
}

async function main(): Promise<void> {
  let app: RunningApp;
  try {
    app = await startApp(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`Could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exit(1);
  }
  const shutdown = (signal: NodeJS.Signals) => {
    app.logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

if (require.main === module) void main();
