// Test harness: the real server on an ephemeral port, a capture server standing in for the Teams
// connector (serviceUrl), and activities shaped like the ones Teams sends.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import * as http from 'node:http';
import { listenOnLoopback } from '../support/loopback';
import { Writable } from 'node:stream';
import { startApp, type RunningApp, type StartOptions } from '../../src/main';
import type { AdaptiveCard } from '../../src/rendering/adaptiveCard';

export interface CapturedReply {
  method: string;
  path: string;
  conversationId: string;
  replyToId?: string;
  activity: {
    type: string;
    text?: string;
    speak?: string;
    inputHint?: string;
    attachments?: { contentType: string; content: AdaptiveCard }[];
    [key: string]: unknown;
  };
}

/** Stands in for https://smba.trafficmanager.net/...: records every activity the bot posts back. */
export async function startCaptureServer(options: { delayMs?: number } = {}) {
  const replies: CapturedReply[] = [];
  /** Called when a reply arrives, before it is answered (a slow connector keeps the turn in flight). */
  const arrivals = new EventEmitter();
  let n = 0;
  const server = http.createServer((req, res) => {
    arrivals.emit('request');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(path);
      if (m && req.method === 'POST') {
        replies.push({
          method: req.method,
          path,
          conversationId: decodeURIComponent(m[1]!),
          replyToId: m[2] ? decodeURIComponent(m[2]) : undefined,
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        const id = `reply-${++n}`;
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id }));
        }, options.delayMs ?? 0);
        return;
      }
      res.writeHead(404).end();
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, replies, arrivals, close };
}
export type CaptureServer = Awaited<ReturnType<typeof startCaptureServer>>;

/** Collects the JSON log lines the app writes. */
export function logSink() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      cb();
    },
  });
  return { stream, lines, raw };
}

export async function startBot(env: Record<string, string> = {}, options: StartOptions = {}) {
  const logs = logSink();
  const app: RunningApp = await startApp(
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env },
    { logDestination: logs.stream, ...options },
  );
  return { app, logs };
}

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export const BOT = { id: '28:bot-app-id', name: 'eIoT Advisor' };
export const USER = { id: '29:user-aad-id', name: 'Ada Admin', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };

/** A Teams conversation: builds activities the way Teams sends them (channelId msteams, serviceUrl, ids). */
export function teamsConversation(serviceUrl: string, type: ConversationType = 'personal', locale = 'en-US') {
  const conversationId =
    type === 'channel' ? `19:${randomUUID()}@thread.tacv2;messageid=1700000000000` : type === 'groupChat' ? `19:${randomUUID()}@thread.v2` : `a:${randomUUID()}`;
  const base = () => ({
    id: `1${Math.floor(Math.random() * 1e12)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    from: USER,
    recipient: BOT,
    conversation: {
      id: conversationId,
      conversationType: type,
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      ...(type === 'personal' ? {} : { isGroup: true }),
    },
    channelData: {
      tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      ...(type === 'channel'
        ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } }
        : {}),
    },
    locale,
  });
  return {
    conversationId,
    message(text: string, opts: { mention?: boolean } = {}) {
      const mention = `<at>${BOT.name}</at>`;
      return {
        ...base(),
        type: 'message',
        text: opts.mention ? `${mention} ${text}` : text,
        textFormat: 'plain',
        entities: opts.mention
          ? [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }, { type: 'clientInfo', locale }]
          : [{ type: 'clientInfo', locale }],
      };
    },
    /** Action.Submit from a card: Teams sends a message with `value` (inputs merged in, as strings) and no text. */
    submit(value: Record<string, unknown>) {
      return { ...base(), type: 'message', value, replyToId: 'card-activity-id' };
    },
    membersAdded(members: { id: string; name?: string }[]) {
      return { ...base(), type: 'conversationUpdate', membersAdded: members };
    },
  };
}

export async function postActivity(appUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, text };
}

/** Sends an activity and returns the cards the bot posted back for it. */
export async function ask(appUrl: string, capture: CaptureServer, activity: { id: string }) {
  const before = capture.replies.length;
  const res = await postActivity(appUrl, activity);
  const replies = capture.replies.slice(before);
  return { status: res.status, replies, cards: replies.flatMap((r) => (r.activity.attachments ?? []).map((a) => a.content)) };
}

/** All the text a card shows (for assertions about numbers and wording). */
export function cardText(card: AdaptiveCard | undefined): string {
  return JSON.stringify(card?.body ?? []);
}
