import { Command } from 'commander';

export function ingestCommand(): Command {
  return new Command('ingest').action(() => {
    console.error('noticeboard ingest: not built yet');
    process.exitCode = 1;
  });
}
