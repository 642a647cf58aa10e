import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, rulesJsonSchemas } from '../../src/config/rules-json-schema.ts';

describe('the JSON Schemas editors use', () => {
  it.each(Object.entries(rulesJsonSchemas()))('rules/schema/%s matches the zod schema (run scripts/gen-rules-schema.ts)', (name, schema) => {
    expect(readFileSync(join('rules', 'schema', name), 'utf8')).toBe(jsonSchemaText(schema));
  });

  it('refuses unknown keys, as the loader does', () => {
    const teams = rulesJsonSchemas()['teams.schema.json'] as { additionalProperties?: boolean };

    expect(teams.additionalProperties).toBe(false);
  });

  const yamlFiles = [
    ...['teams', 'ladders', 'sources'].map((n) => [`${n}.yaml`, `./schema/${n}.schema.json`]),
    ...readdirSync(join('rules', 'providers')).map((n) => [`providers/${n}`, '../schema/provider.schema.json']),
  ];
  it.each(yamlFiles)('rules/%s names its schema on the first line', (file, schema) => {
    const first = readFileSync(join('rules', file), 'utf8').split('\n')[0];

    expect(first).toBe(`# yaml-language-server: $schema=${schema}`);
  });
});
