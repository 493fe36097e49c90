import { Writable } from 'node:stream';
import pino from 'pino';

export type LogLine = { level: number; msg: string } & Record<string, unknown>;

/** A pino logger whose JSON lines are kept for assertions. */
export function collectedLogs() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}
