// Structured JSON logs. Message text, tokens and secrets are redacted at every level we ship.
import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear in a log object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'authorization',
  'text',
  '*.text',
  'activity.text',
  'body',
  'req.body',
  'config.MicrosoftAppPassword',
  'config.SLACK_SIGNING_SECRET',
  'config.STATE_STORAGE_CONNECTION_STRING',
  'MicrosoftAppPassword',
  'SLACK_SIGNING_SECRET',
  'STATE_STORAGE_CONNECTION_STRING',
  'token',
  '*.token',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'eiot-advisor' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? stdoutLines(),
  );
}

/**
 * stdout without a write() system call per line: lines logged while a write is in flight go out together with
 * the next one (under load, dozens per call). pino flushes what is pending when the process exits.
 */
function stdoutLines(): DestinationStream {
  return pino.destination({ dest: 1, sync: false });
}
