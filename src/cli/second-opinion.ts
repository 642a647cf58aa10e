import { systemClock } from '../adapters/clock.ts';
import { makeSecondOpinion } from '../adapters/llm/index.ts';
import { createLogger } from '../adapters/log.ts';
import { loadConfig, withDotEnv } from '../config/env.ts';
import type { Extraction } from '../domain/facts.ts';
import type { Notice } from '../domain/notice.ts';

export type Refine = (notice: Notice, deterministic: Extraction) => Promise<Extraction>;

/**
 * `--llm`: the optional second opinion for one command run, from OPENAI_* in the environment.
 * Without a key it says so and the command goes on with the deterministic reading alone.
 */
export function openSecondOpinion(command: string): { refine: Refine | undefined; close(): Promise<void> } {
  const env = withDotEnv(process.env);
  const config = loadConfig(env);
  const log = createLogger(env.LOG_LEVEL ? config.logLevel : 'warn');
  const opinion = makeSecondOpinion({ config: config.openai, log, clock: systemClock });
  if (!opinion.enabled) {
    process.stderr.write(`noticeboard ${command}: --llm needs OPENAI_API_KEY; extracting without a second opinion\n`);
    return { refine: undefined, close: () => opinion.close() };
  }
  return {
    refine: (notice, deterministic) => opinion.refine(notice, deterministic),
    async close() {
      log.info({ usage: opinion.stats() }, 'llm usage');
      await opinion.close();
    },
  };
}
