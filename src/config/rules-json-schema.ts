/** JSON Schemas of the rules files, generated from the zod schemas so that the two never disagree. */
import { z } from 'zod';
import { providerFileSchema } from './rules-schema-provider.ts';
import { laddersFileSchema, sourcesFileSchema, teamsFileSchema } from './rules-schema.ts';

/** File name under rules/schema/ → schema. YAML files point at them with a yaml-language-server comment. */
export function rulesJsonSchemas(): Record<string, unknown> {
  const schemas = {
    'teams.schema.json': teamsFileSchema,
    'ladders.schema.json': laddersFileSchema,
    'sources.schema.json': sourcesFileSchema,
    'provider.schema.json': providerFileSchema,
  };
  // `input`: editors check what people type, before defaults are filled in.
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-7', io: 'input' })]));
}

/** The exact text a schema file holds, so a test can compare byte for byte. */
export function jsonSchemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
