import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Fields that hold secrets. Task IDs are logged as `key` too, so `key` is not one of them:
 * API keys never reach a log field (errors from the Google client are sanitised where they
 * leave it, see store/sheet-error.ts), and config keys are named in full.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'url',
  '*.url',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.Authorization',
  '*.headers.Authorization',
  'config.*TOKEN*',
  'config.*SECRET*',
  'config.GOOGLE_API_KEY',
];

/**
 * Logs go to standard error so that standard output carries only the bot's replies
 * (the console channel is scriptable). Readable in a terminal, JSON otherwise. Tests pass
 * their own `destination` to read the lines.
 */
export function createLogger(
  level: string,
  options: { pretty?: boolean; destination?: DestinationStream } = {},
): Logger {
  const redact = { paths: REDACTED_PATHS, censor: '[ẩn]' };
  if (options.destination) return pino({ level, redact }, options.destination);
  const usePretty = options.pretty ?? process.stderr.isTTY;
  if (usePretty) {
    return pino(
      { level, redact },
      pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }),
    );
  }
  return pino({ level, redact }, pino.destination({ fd: 2, sync: true }));
}
