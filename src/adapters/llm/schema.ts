import { z } from 'zod';
import { zodResponseFormat } from 'openai/helpers/zod';
import { DATE_ROLES, NOTICE_KINDS } from '../../domain/facts.ts';
import type { LlmProposal } from '../../extraction/grounding.ts';

// Strict structured output wants every field present: absent facts are null or []. There is no field
// for routing, owners or sign-off: the model cannot express them, let alone choose them.
export const ProposalSchema = z.object({
  provider: z.object({ id: z.string(), text: z.string() }).nullable(),
  service: z.object({ name: z.string(), text: z.string() }).nullable(),
  kind: z.enum(NOTICE_KINDS),
  actionRequired: z.boolean(),
  dates: z.array(
    z.object({
      text: z.string().describe('the phrase naming the date, copied exactly from the notice'),
      day: z.string().describe('YYYY-MM-DD'),
      role: z.enum(DATE_ROLES),
    }),
  ),
  resources: z.array(z.string()),
  regions: z.array(z.string()),
  accounts: z.array(z.string()),
});

export const responseFormat = zodResponseFormat(ProposalSchema, 'notice_facts');

export type ReadResult = { ok: true; proposal: LlmProposal } | { ok: false; code: 'empty' | 'not-json' | 'wrong-shape' };

/** The reply's content, checked here: a compatible server may ignore the schema it was sent. */
export function readProposal(content: string | null | undefined): ReadResult {
  if (!content || content.trim() === '') return { ok: false, code: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  const parsed = ProposalSchema.safeParse(json);
  if (!parsed.success) return { ok: false, code: 'wrong-shape' };
  const proposal: LlmProposal = parsed.data;
  return { ok: true, proposal };
}
