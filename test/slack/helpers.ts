// Test plumbing for the Slack routes: the real server (createServer + slackChannel) on 127.0.0.1:0,
// requests signed with an independent HMAC, a loopback capture server standing in for hooks.slack.com,
// and a log capture.
import { createHmac } from 'node:crypto';
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackChannel, type SlackChannelDeps } from '../../src/channels/slack';
import { createServer, type ChannelRoutes } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createLogger } from '../../src/server/logger';

export const SECRET = 'test-signing-secret-0123456789abcdef';

export interface Started {
  url: string;
  logs: string[];
  close: () => Promise<void>;
}

export async function startSlackServer(
  env: Record<string, string> = { SLACK_SIGNING_SECRET: SECRET },
  extra: Omit<SlackChannelDeps, 'config' | 'logger'> = {},
  before: ChannelRoutes[] = [],
): Promise<Started> {
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(line) });
  const config = loadConfig(env);
  const channel = slackChannel({ config, logger, ...extra });
  const server = createServer({ config, logger, channels: [...before, channel] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    close: async () => {
      await channel.close?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sign(body: string, timestamp: number, secret = SECRET): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface PostOptions {
  timestamp?: number;
  secret?: string;
  /** Replace the computed signature (or drop it with null). */
  signature?: string | null;
  /** Drop the timestamp header. */
  noTimestamp?: boolean;
  contentType?: string;
}

export async function signedPost(url: string, body: string, options: PostOptions = {}) {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
  };
  if (!options.noTimestamp) headers['x-slack-request-timestamp'] = String(timestamp);
  const signature = options.signature === undefined ? sign(body, timestamp, options.secret) : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json: json as any };
}

/** A slash command form as Slack sends it. */
export function commandBody(text: string, overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C2147483705',
    channel_name: 'it-admins',
    user_id: 'U2147483697',
    user_name: 'admin',
    command: '/eiot',
    text,
    api_app_id: 'A123456',
    response_url: 'https://hooks.slack.com/commands/1234/5678',
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.append(key, value);
  return params.toString();
}

export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface Captured {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** Stands in for hooks.slack.com: records each POST and answers 200 "ok" like Slack. */
export async function startCaptureServer() {
  const received: Captured[] = [];
  const waiters: (() => void)[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        /* keep text */
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    /** Resolves once `count` requests have arrived, or rejects after `ms`. */
    async waitFor(count: number, ms = 5000): Promise<Captured[]> {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`capture server: ${received.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
