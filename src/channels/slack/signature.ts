// Slack request signing (https://api.slack.com/authentication/verifying-requests-from-slack), isolated so it
// can be tested against Slack's published vector. Pure: no I/O, the clock is a parameter.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's own limit: a request older (or newer) than this is treated as a replay. */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

export interface SignedRequest {
  /** X-Slack-Request-Timestamp header, as sent (seconds since the epoch). */
  timestamp: string | undefined;
  /** X-Slack-Signature header, as sent: "v0=" + hex HMAC. */
  signature: string | undefined;
  /** The body exactly as received: the signature is over these bytes, not a re-encoded form. */
  rawBody: string | Buffer;
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'stale_timestamp' | 'bad_signature' };

/** 'v0=' + HMAC-SHA256(secret, `v0:{timestamp}:{body}`). */
export function computeSlackSignature(signingSecret: string, timestamp: string, rawBody: string | Buffer): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * Checks one request. The reason is for logs only: callers answer every failure with the same bare 401.
 * `nowSeconds` defaults to the wall clock; tests pass the vector's own time.
 */
export function verifySlackSignature(
  signingSecret: string,
  request: SignedRequest,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) {
    return { ok: false, reason: 'stale_timestamp' };
  }
  const expected = Buffer.from(computeSlackSignature(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual throws on different lengths; the length of a well-formed signature is public anyway.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  return { ok: true };
}
