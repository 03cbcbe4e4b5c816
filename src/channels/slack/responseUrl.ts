// POSTs a follow-up message to an interaction's response_url. Only Slack's own host is accepted, so a
// forged-but-signed payload (or a bug) cannot make the server call arbitrary URLs; tests inject a loopback origin.
import type { Logger } from '../../server/logger';

export const SLACK_RESPONSE_URL_ORIGIN = 'https://hooks.slack.com';
const POST_TIMEOUT_MS = 5000;

export interface ResponseUrlPosterOptions {
  fetch: typeof fetch;
  logger: Logger;
  /** Exact origin response_urls must have (scheme + host + port). */
  allowedOrigin?: string;
  timeoutMs?: number;
}

export type PostToResponseUrl = (responseUrl: string, body: object) => Promise<boolean>;

export function isAllowedResponseUrl(responseUrl: string, allowedOrigin = SLACK_RESPONSE_URL_ORIGIN): boolean {
  try {
    return new URL(responseUrl).origin === allowedOrigin;
  } catch {
    return false;
  }
}

/** Resolves true when Slack accepted the message; never rejects (failures are logged, without the URL's secret path). */
export function createResponseUrlPoster(options: ResponseUrlPosterOptions): PostToResponseUrl {
  const allowedOrigin = options.allowedOrigin ?? SLACK_RESPONSE_URL_ORIGIN;
  const timeoutMs = options.timeoutMs ?? POST_TIMEOUT_MS;
  return async (responseUrl, body) => {
    if (!isAllowedResponseUrl(responseUrl, allowedOrigin)) {
      options.logger.warn({ allowedOrigin }, 'slack: response_url refused (not the allowed origin)');
      return false;
    }
    try {
      const response = await options.fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) {
        options.logger.warn({ status: response.status }, 'slack: response_url POST rejected');
        return false;
      }
      return true;
    } catch (error) {
      options.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'slack: response_url POST failed');
      return false;
    }
  };
}
