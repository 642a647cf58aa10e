import { Writable } from 'node:stream';
import { createLogger } from '../../src/adapters/log.ts';
import type { Logger } from '../../src/app/ports.ts';

/** A real pino logger whose lines are kept, parsed, for assertions on fixed messages. */
export function captureLog(): { log: Logger; lines: Record<string, unknown>[]; messages: () => string[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger('debug', sink);
  return { log, lines, messages: () => lines.map((l) => String(l.msg)) };
}
