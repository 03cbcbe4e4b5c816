// POST /api/slack/commands on the real server with the real answer engine, signed like Slack signs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertWithinBlockKitLimits, messageText } from './blockKitLimits';
import { SECRET, commandBody, nowSeconds, sign, signedPost, startSlackServer, type Started } from './helpers';

const PATH = '/api/slack/commands';

describe('Slack routes without SLACK_SIGNING_SECRET', () => {
  it('answers 404 on both routes and logs that Slack is off', async () => {
    const app = await startSlackServer({});
    try {
      const command = await signedPost(app.url + PATH, commandBody('1679 devices and 320 E5'));
      const interaction = await signedPost(app.url + '/api/slack/interactions', 'payload=%7B%7D');
      expect(command.status).toBe(404);
      expect(interaction.status).toBe(404);
      expect(app.logs.join('\n')).toMatch(/Slack is off/);
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/slack/commands', () => {
  let app: Started;
  beforeAll(async () => {
    app = await startSlackServer();
  });
  afterAll(async () => {
    await app.close();
  });
  const post = (text: string, overrides: Record<string, string | undefined> = {}) =>
    signedPost(app.url + PATH, commandBody(text, overrides));

  it('answers the seed example ephemerally with 79 and the purchase steps', async () => {
    const res = await post('1679 devices and 320 E5');
    expect(res.status).toBe(200);
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.response_type).toBe('ephemeral');
    expect(message.blocks[0]?.type).toBe('header');
    const text = messageText(message);
    expect(text).toMatch(/\b79\b/);
    expect(text).toContain('*Purchase services*');
    expect(text).toMatch(/^1\. /m);
    expect(message.text).toMatch(/\b79\b/);
    // Figures as section fields: the gap is one of them.
    const fields = message.blocks.flatMap((b) => (b.type === 'section' && b.fields ? b.fields.map((f) => f.text) : []));
    expect(fields.some((f) => /\b79\b/.test(f))).toBe(true);
    // Link buttons to the admin center and the Learn source.
    const urls = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.url) : []));
    expect(urls).toContain('https://portal.office.com/AdminPortal/Home#/catalog');
    expect(urls.some((u) => u?.startsWith('https://learn.microsoft.com/'))).toBe(true);
  });

  it('posts `share <question>` in the channel', async () => {
    const res = await post('share 1679 devices and 320 E5');
    expect(res.status).toBe(200);
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.response_type).toBe('in_channel');
    expect(messageText(message)).toMatch(/\b79\b/);
    expect(messageText(message)).not.toMatch(/^share/m);
  });

  it.each([[''], ['help'], ['  HELP  '], ['share']])('shows usage for %j', async (text) => {
    const res = await post(text);
    expect(res.status).toBe(200);
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.response_type).toBe('ephemeral');
    expect(messageText(message)).toContain('`/eiot 1679 devices and 320 E5`');
    expect(messageText(message)).toContain('`/eiot share');
  });

  it('asks for the missing figure with an example, and keeps it out of the channel even when shared', async () => {
    for (const text of ['I have 1679 devices', 'share I have 1679 devices']) {
      const res = await post(text);
      expect(res.status).toBe(200);
      const message = assertWithinBlockKitLimits(res.json);
      expect(message.response_type).toBe('ephemeral');
      const shown = messageText(message);
      expect(shown).toContain('*What I need:*');
      expect(shown).toMatch(/E5/);
      expect(shown).toContain('`/eiot 1679 devices and 320 E5`');
    }
  });

  it('answers a procedure question with numbered steps', async () => {
    const res = await post('how do I start a trial?');
    const message = assertWithinBlockKitLimits(res.json);
    expect(messageText(message)).toMatch(/1\. .*\*Trials\*/);
  });

  it('answers an unknown command with a clear ephemeral message', async () => {
    const res = await post('1679 devices and 320 E5', { command: '/weather' });
    expect(res.status).toBe(200);
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('`/eiot` only, not `/weather`');
  });

  it('answers 10 000 characters of text with a clear message', async () => {
    const res = await post('1679 devices and 320 E5 '.repeat(420).slice(0, 10_000));
    expect(res.status).toBe(200);
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('10000 characters');
  });

  it('answers malformed and incomplete forms with 200 and a clear message', async () => {
    for (const body of ['%%%zz&&==&text', '', 'text=hello', 'command=&text=x', '{"command":"/eiot","text":"x"}']) {
      const res = await signedPost(app.url + PATH, body);
      expect(res.status, body).toBe(200);
      const message = assertWithinBlockKitLimits(res.json);
      expect(message.response_type).toBe('ephemeral');
      expect(message.text).toMatch(/couldn't read that request.*`command`/);
    }
  });

  it('treats a form without `text` as a bare /eiot (usage)', async () => {
    const res = await post('', { text: undefined });
    expect(res.status).toBe(200);
    expect(messageText(assertWithinBlockKitLimits(res.json))).toContain('*Examples*');
  });

  it('escapes the user text it echoes', async () => {
    const res = await post('1679 devices', { command: '/<!channel>&x' });
    const message = assertWithinBlockKitLimits(res.json);
    expect(message.text).toContain('&lt;!channel&gt;&amp;x');
  });

  it('rejects bad signatures, stale and future timestamps and missing headers with a bare 401', async () => {
    const body = commandBody('1679 devices and 320 E5');
    const now = nowSeconds();
    const cases = [
      { name: 'wrong secret', options: { secret: 'another-secret-0123456789abcdef' } },
      { name: 'tampered', options: { signature: sign(body + 'x', now) } },
      { name: 'garbage', options: { signature: 'v0=nothex' } },
      { name: 'stale', options: { timestamp: now - 400 } },
      { name: 'future', options: { timestamp: now + 400 } }, // exact 300 s edges: signature.test.ts (fixed clock)
      { name: 'no signature', options: { signature: null } },
      { name: 'no timestamp', options: { noTimestamp: true } },
    ];
    for (const c of cases) {
      const res = await signedPost(app.url + PATH, body, c.options);
      expect(res.status, c.name).toBe(401);
      expect(res.text, c.name).not.toMatch(/signature|timestamp|secret/i);
    }
    // Body changed after signing: the bytes are what is signed.
    const ts = now;
    const res = await fetch(app.url + PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sign(body, ts),
      },
      body: body.replace('320', '999'),
    });
    expect(res.status).toBe(401);
  });

  it('accepts a timestamp just inside the 5-minute window', async () => {
    const res = await signedPost(app.url + PATH, commandBody('help'), { timestamp: nowSeconds() - 290 });
    expect(res.status).toBe(200);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await signedPost(app.url + PATH, 'text=' + 'a'.repeat(1_100_000));
    expect(res.status).toBe(413);
  });

  it('never writes the question text or the signing secret to the logs', async () => {
    await post('1679 devices and 320 E5 marker-zebra-42');
    await signedPost(app.url + PATH, commandBody('marker-zebra-43'), { secret: 'bad-secret-0123456789abcdef' });
    const logs = app.logs.join('\n');
    expect(logs).not.toContain('marker-zebra');
    expect(logs).not.toContain(SECRET);
    expect(logs).toContain('signature rejected');
  });
});

describe('POST /api/slack/commands when the engine fails', () => {
  it('answers 200 with an ephemeral apology, never a 500', async () => {
    const app = await startSlackServer(undefined, {
      ask: () => {
        throw new Error('boom');
      },
    });
    try {
      const res = await signedPost(app.url + PATH, commandBody('1679 devices and 320 E5'));
      expect(res.status).toBe(200);
      const message = assertWithinBlockKitLimits(res.json);
      expect(message.response_type).toBe('ephemeral');
      expect(message.text).toMatch(/Sorry/);
      expect(res.text).not.toContain('boom');
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/slack/commands behind a server-wide restify bodyParser', () => {
  it('verifies the signature over the raw body the parser kept', async () => {
    const restify = await import('restify');
    // A channel registered before Slack that parses every body, as a future global middleware might.
    const globalParser = {
      name: 'global-body-parser',
      register(server: import('restify').Server) {
        server.use(restify.plugins.bodyParser({ mapParams: false }));
      },
    };
    const app = await startSlackServer(undefined, {}, [globalParser]);
    try {
      const ok = await signedPost(app.url + PATH, commandBody('1679 devices and 320 E5'));
      expect(ok.status).toBe(200);
      expect(messageText(assertWithinBlockKitLimits(ok.json))).toMatch(/\b79\b/);
      const bad = await signedPost(app.url + PATH, commandBody('1679 devices and 320 E5'), { secret: 'wrong-secret-0123456789abcdef' });
      expect(bad.status).toBe(401);
    } finally {
      await app.close();
    }
  });
});
