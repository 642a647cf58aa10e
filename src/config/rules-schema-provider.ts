/** The shape of rules/providers/*.yaml: how a provider's notices are recognised, read and routed. */
import { z } from 'zod';
import { DATE_ROLES, NOTICE_KINDS } from '../domain/facts.ts';
import { duration, idOf, ladderId, roleId, slackChannel, teamId } from './rules-schema.ts';

export const SOURCE_KINDS = ['imap', 'feed', 'aws-health', 'cert-probe', 'slack', 'file'] as const;

const regex = z.string().min(1).describe('A regular expression, case-insensitive');
const regexes = z
  .union([regex, z.array(regex).min(1)], { error: 'must be a regex or a list of regexes' })
  .describe('A regex, or a list of regexes that must all match; case-insensitive');
const oneOrMany = <T extends z.ZodType>(item: T, what: string) =>
  z.union([item, z.array(item).min(1)], { error: `must be ${what} or a list of them` });

const matchSchema = z
  .strictObject({
    from: regexes.optional().describe('Sender address (lower case) or feed URL'),
    subject: regexes.optional(),
    body: regexes.optional().describe('The body, with every run of whitespace (line breaks too) as one space'),
    text: regexes.optional().describe('Subject or body (whitespace collapsed as for body)'),
    feed: regexes.optional().describe('The feed a notice came from (id or URL)'),
    source: oneOrMany(z.enum(SOURCE_KINDS), 'a source kind').optional(),
    provider: oneOrMany(z.string().min(1), 'a provider name').optional().describe('Provider as a structured source or extraction names it'),
    service: regexes.optional().describe('Service as extraction names it'),
    kind: oneOrMany(z.enum(NOTICE_KINDS), 'a notice kind').optional().describe('Kind as extraction classified it'),
    resource: regexes.optional().describe('At least one resource found matches'),
    actionRequired: z.boolean().optional(),
    deadline: z.boolean().optional().describe('true: a deadline was found; false: none was'),
  })
  .describe('Every condition given must hold');

const expectSchema = z.strictObject({
  rule: idOf('rule').optional().describe('The rule that must win; this rule by default'),
  disposition: z.enum(['track', 'fyi', 'ignore']).optional(),
  team: teamId.optional(),
  kind: z.enum(NOTICE_KINDS).optional(),
  deadline: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be a date YYYY-MM-DD or an ISO instant' })
    .nullable()
    .optional()
    .describe('YYYY-MM-DD compares the UTC day; an instant compares exactly; null: no deadline'),
  actionRequired: z.boolean().optional(),
  resources: z.array(z.string().min(1)).optional().describe('Each must be among the resources found'),
});

const exampleSchema = z.strictObject({
  text: z.string().min(1).describe('The notice body, as the provider writes it'),
  from: z.string().min(1).optional().describe("Sender; the file's exampleFrom by default"),
  subject: z.string().optional(),
  feed: z.string().min(1).optional().describe('Deliver the example as an item of this feed'),
  receivedAt: z.iso.datetime({ offset: true }).optional().describe('When it was sent; 2025-06-02T09:00:00Z by default'),
  expect: expectSchema,
});

export const ruleSchema = z.strictObject({
  id: idOf('rule'),
  description: z.string().min(1),
  priority: z.int().default(0).describe('Higher wins when several rules match'),
  match: matchSchema,
  classify: z
    .strictObject({ provider: z.string().min(1).optional(), service: z.string().min(1).optional(), kind: z.enum(NOTICE_KINDS).optional() })
    .default({})
    .describe('Overrides what extraction found'),
  extract: z
    .array(
      z.strictObject({
        pattern: regex.describe('Named groups: date (with role), resource, region, account'),
        role: z.enum(DATE_ROLES).optional().describe('What the `date` group is'),
      }),
    )
    .default([]),
  route: teamId.optional().describe('Owning team; else the account map, resource routes, default team'),
  channel: slackChannel.optional().describe("Post here instead of the team's channel"),
  disposition: z.enum(['track', 'fyi', 'ignore']).default('track').describe('ignore is never a default: write it to mean it'),
  signoff: z.array(roleId).min(1).optional().describe('Roles that must sign; teams.yaml signoff.default otherwise'),
  ladder: ladderId.optional(),
  leadTime: duration.optional(),
  examples: z.array(exampleSchema).min(1).describe('Notices that must route (and read) as expected; they run as tests'),
});

export const identifySchema = z
  .strictObject({
    from: regex.optional(),
    feed: regex.optional(),
    subject: regex.optional(),
    name: regex.optional().describe('Provider name given by a structured source or extraction'),
  })
  .describe("A notice is this provider's when any one of these matches (or its provider is this file's)");

const envelope = {
  provider: idOf('provider').optional().describe('Provider id; classify.provider of every rule here'),
  description: z.string().optional(),
  identify: identifySchema.optional(),
  exampleFrom: z.string().min(1).optional().describe('Sender of examples that give none'),
};

export const providerFileSchema = z
  .strictObject({ ...envelope, rules: z.array(ruleSchema).min(1) })
  .describe('noticeboard provider rules');

/** The file without its rules: each rule is checked on its own, so one bad rule hides no other problem. */
export const providerEnvelopeSchema = z.strictObject({ ...envelope, rules: z.array(z.unknown()).min(1) });

export type RuleInput = z.output<typeof ruleSchema>;
export type ProviderEnvelope = z.output<typeof providerEnvelopeSchema>;
