import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Logs go to standard error so that standard output carries only the bot's replies
 * (the console channel is scriptable). Readable in a terminal, JSON otherwise.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const usePretty = options.pretty ?? process.stderr.isTTY;
  const redact = { paths: ['token', '*.token', 'url', '*.url', 'config.*TOKEN*', 'key', '*.key'], censor: '[ẩn]' };
  if (usePretty) {
    return pino(
      { level, redact },
      pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }),
    );
  }
  return pino({ level, redact }, pino.destination({ fd: 2, sync: true }));
}
