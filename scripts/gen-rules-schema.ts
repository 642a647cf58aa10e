// Writes rules/schema/*.schema.json from the zod schemas: `node bin/run-ts.js scripts/gen-rules-schema.ts [DIR]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText, rulesJsonSchemas } from '../src/config/rules-json-schema.ts';

const dir = process.argv[2] ?? join('rules', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(rulesJsonSchemas())) {
  writeFileSync(join(dir, name), jsonSchemaText(schema));
  console.log(`wrote ${join(dir, name)}`);
}
