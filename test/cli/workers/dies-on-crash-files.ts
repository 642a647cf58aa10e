// An extract worker that dies, as one out of memory would, when it begins a file whose name holds `crash`.
import { basename } from 'node:path';
import { readAndExtract, serve } from '../../../src/cli/extract-work.ts';

serve(async (file) => {
  if (basename(file).includes('crash')) process.exit(3);
  return readAndExtract(file);
});
