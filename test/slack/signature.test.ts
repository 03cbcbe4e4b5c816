import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSlackSignature, verifySlackSignature } from '../../src/channels/slack/signature';

// Slack's published example (docs: "Verifying requests from Slack"), copied from the team brief.
const VECTOR = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
    '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
};
const NOW = Number(VECTOR.timestamp);

describe('Slack request signature', () => {
  it("computes Slack's published example signature", () => {
    expect(computeSlackSignature(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(computeSlackSignature(VECTOR.secret, VECTOR.timestamp, Buffer.from(VECTOR.body))).toBe(VECTOR.signature);
  });

  it('accepts the published example at its own time and up to 5 minutes either side', () => {
    const request = { timestamp: VECTOR.timestamp, signature: VECTOR.signature, rawBody: VECTOR.body };
    expect(verifySlackSignature(VECTOR.secret, request, NOW)).toEqual({ ok: true });
    expect(verifySlackSignature(VECTOR.secret, request, NOW + 300)).toEqual({ ok: true });
    expect(verifySlackSignature(VECTOR.secret, request, NOW - 300)).toEqual({ ok: true });
  });

  it('rejects a timestamp more than 5 minutes old or in the future', () => {
    const request = { timestamp: VECTOR.timestamp, signature: VECTOR.signature, rawBody: VECTOR.body };
    expect(verifySlackSignature(VECTOR.secret, request, NOW + 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(verifySlackSignature(VECTOR.secret, request, NOW - 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('rejects a changed body, a wrong secret and a tampered signature', () => {
    const base = { timestamp: VECTOR.timestamp, signature: VECTOR.signature, rawBody: VECTOR.body };
    expect(verifySlackSignature(VECTOR.secret, { ...base, rawBody: VECTOR.body.replace('text=', 'text=x') }, NOW).ok).toBe(false);
    expect(verifySlackSignature('another-secret-of-some-length', base, NOW).ok).toBe(false);
    const flipped = VECTOR.signature.slice(0, -1) + (VECTOR.signature.endsWith('3') ? '4' : '3');
    expect(verifySlackSignature(VECTOR.secret, { ...base, signature: flipped }, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    // Different length (no v0= prefix): must not throw from timingSafeEqual.
    expect(verifySlackSignature(VECTOR.secret, { ...base, signature: VECTOR.signature.slice(3) }, NOW).ok).toBe(false);
    expect(verifySlackSignature(VECTOR.secret, { ...base, signature: 'v0=' + 'é'.repeat(64) }, NOW).ok).toBe(false);
  });

  it('rejects missing headers and a non-numeric timestamp', () => {
    const base = { timestamp: VECTOR.timestamp, signature: VECTOR.signature, rawBody: VECTOR.body };
    expect(verifySlackSignature(VECTOR.secret, { ...base, timestamp: undefined }, NOW)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackSignature(VECTOR.secret, { ...base, signature: undefined }, NOW)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackSignature(VECTOR.secret, { ...base, timestamp: '1531420618.5' }, NOW)).toEqual({ ok: false, reason: 'bad_timestamp' });
    expect(verifySlackSignature(VECTOR.secret, { ...base, timestamp: '-1' }, NOW)).toEqual({ ok: false, reason: 'bad_timestamp' });
  });

  it('agrees with an independent HMAC over arbitrary bytes', () => {
    const body = Buffer.from([0xff, 0x00, 0x26, 0x3d, 0xe2, 0x82, 0xac]);
    const expected = 'v0=' + createHmac('sha256', 's3cret-s3cret-s3cret').update(Buffer.concat([Buffer.from('v0:42:'), body])).digest('hex');
    expect(computeSlackSignature('s3cret-s3cret-s3cret', '42', body)).toBe(expected);
    expect(verifySlackSignature('s3cret-s3cret-s3cret', { timestamp: '42', signature: expected, rawBody: body }, 42).ok).toBe(true);
  });
});
