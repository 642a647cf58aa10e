/**
 * The shape of rules/teams.yaml, ladders.yaml and sources.yaml: the single source of truth for
 * validation and for the JSON Schema editors use (scripts/gen-rules-schema.ts).
 * Objects are strict: an unknown key is a typo until proven otherwise.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { LOUDNESS } from '../domain/policy.ts';
import { NOTICE_KINDS } from '../domain/facts.ts';
import { DURATION_PATTERN, SIGNED_DURATION_PATTERN } from './rules-duration.ts';

const ID = /^[a-z0-9][a-z0-9._-]*$/;
export const idOf = (what: string) => z.string().regex(ID, `${what} ids are lower-case letters, digits, ".", "_" and "-"`);
export const teamId = idOf('team').describe('A team id from teams.yaml');
export const roleId = idOf('role').describe('A role id from teams.yaml `roles`');
export const ladderId = idOf('ladder').describe('A ladder id from ladders.yaml');

export const slackChannel = z
  .string()
  .regex(/^(#[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,})$/, 'must be a Slack channel: #name or an id such as C0123456789')
  .describe('A Slack channel: #name or a channel id (C…)');
const slackUser = z.string().regex(/^[UW][A-Z0-9]{6,}$/, 'must be a Slack user id such as U0123456789').describe('A Slack user id (U…)');
export const slackPrincipal = z
  .string()
  .regex(/^[UWS][A-Z0-9]{6,}$/, 'must be a Slack user id (U…) or user-group id (S…)')
  .describe('A Slack user id (U…) or user-group id (S…)');

export const duration = z
  .union([z.literal(0), z.string().regex(new RegExp(DURATION_PATTERN), 'must be a duration such as 14d, 12h, 1d12h, 2w, 90m or 0')], {
    error: 'must be a duration such as 14d, 12h, 1d12h, 2w, 90m or 0',
  })
  .describe('A duration: 14d, 12h, 1d12h, 2w, 90m or 0');
const signedDuration = z
  .union([z.literal(0), z.string().regex(new RegExp(SIGNED_DURATION_PATTERN), 'must be an offset such as -30d, -12h, 0 or +1d')], {
    error: 'must be an offset such as -30d, -12h, 0 or +1d',
  })
  .describe('Offset from the deadline: -30d before it, 0 at it, +1d after it');

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM, quoted');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const weekday = z.union([z.int().min(1).max(7), z.enum(WEEKDAYS)], { error: 'must be mon…sun or 1 (Monday) … 7 (Sunday)' });
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const digestDay = z.union([z.int().min(1).max(7), z.enum(WEEKDAYS), z.enum(WEEKDAY_NAMES)], {
  error: 'must be monday…sunday (mon…sun) or 1 (Monday) … 7 (Sunday)',
});
const timeZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { error: (i) => `unknown time zone "${String(i.input)}": use an IANA name such as Europe/Berlin` })
  .describe('IANA time zone, e.g. Europe/Berlin');

const teamSchema = z.strictObject({
  channel: slackChannel.describe("Where the team's tasks are posted"),
  members: z.array(slackUser).default([]),
  timeZone,
  workingDays: z.array(weekday).min(1).default(['mon', 'tue', 'wed', 'thu', 'fri']).describe('Days reminders go out (critical ones go out any day)'),
  quietHours: z
    .strictObject({ start: hhmm, end: hhmm })
    .nullable()
    .optional()
    .describe('Local hours in which only critical reminders go out; may wrap midnight'),
  escalation: z
    .strictObject({ users: z.array(slackPrincipal).default([]), channel: slackChannel.nullable().optional() })
    .default({ users: [] })
    .describe('Who is told when a deadline is near or missed'),
  roles: z.record(roleId, z.array(slackPrincipal).min(1)).default({}).describe('Role → who may sign for it in this team'),
  ladder: ladderId.optional().describe("Ladder for this team's tasks unless a rule names one"),
  leadTime: duration.optional().describe("Lead time for this team's tasks unless a rule sets one"),
  digest: z
    .union([z.literal(false), z.strictObject({ day: digestDay.default('monday'), time: hhmm.default('09:00') })], {
      error: "must be { day: monday, time: '09:00' } or false",
    })
    .optional()
    .describe("The weekly digest in the team's channel, in its time zone: Monday 09:00 unless set; false for none"),
});

export const teamsFileSchema = z
  .strictObject({
    adminChannel: slackChannel.describe("Where the bot reports its own failures (a source down, a rule that cannot load)"),
    defaultTeam: teamId.describe('Owner of notices that no rule, account or resource route assigns'),
    roles: z
      .record(
        roleId,
        z.strictObject({
          description: z.string().min(1),
          members: z.array(slackPrincipal).min(1).optional().describe('Who signs for this role in teams that do not name their own'),
        }),
      )
      .describe('Every role a rule may require'),
    signoff: z.strictObject({
      default: z.array(roleId).min(1).describe('Roles every task needs unless its rule names its own'),
      byKind: z.partialRecord(z.enum(NOTICE_KINDS), z.array(roleId)).default({}).describe('Roles added for a kind, whatever the rule says'),
    }),
    teams: z.record(teamId, teamSchema),
    accounts: z
      .record(z.string().min(1), teamId)
      .default({})
      .describe('Provider account id (AWS account, GCP project, Azure subscription) → team; quote numbers'),
    resourceRoutes: z
      .array(z.strictObject({ pattern: z.string().min(1).describe('Regex tested against each resource found'), team: teamId }))
      .default([])
      .describe('First route whose pattern matches a resource of the notice decides the team'),
  })
  .describe('noticeboard teams, roles and who owns what');

const stepSchema = z.strictObject({
  id: idOf('step').optional().describe('Stable name used to record that the step was sent; derived from `at` when absent (d-30, deadline, d+1)'),
  at: signedDuration,
  loudness: z.enum(LOUDNESS).describe('thread < channel (owners mentioned) < dm (pending approvers) < here (+ escalation) < overdue'),
  critical: z.boolean().default(false).describe('Goes out in quiet hours and on days off; snooze never passes it'),
});

export const laddersFileSchema = z
  .strictObject({
    defaultLadder: ladderId,
    defaultLeadTime: duration.describe('How long before the deadline the work must be scheduled, unless a team or rule says otherwise'),
    ladders: z.record(
      ladderId,
      z.strictObject({
        description: z.string().min(1),
        steps: z.array(stepSchema).min(1).describe('In order, earliest first'),
        repeatOverdue: duration.nullable().default(null).describe('After the last step, repeat it this often; null for never'),
      }),
    ),
  })
  .describe('noticeboard reminder ladders');

const hostname = z.string().regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i, 'must be a host name or address');
const feedSchema = z.strictObject({
  id: idOf('feed'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  format: z.enum(['rss', 'atom', 'statuspage', 'detect']).default('detect'),
  intervalMinutes: z.int().min(1).default(15),
  provider: idOf('provider').optional(),
  team: teamId.optional(),
});
const mailboxSchema = z.strictObject({
  id: idOf('mailbox'),
  host: hostname,
  port: z.int().min(1).max(65535).default(993),
  user: z.string().min(1),
  passwordEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, 'must be the NAME of an environment variable (upper case), never the password')
    .describe('Environment variable that holds the password'),
  tls: z.boolean().default(true),
  mailbox: z.string().min(1).default('INBOX'),
  processed: z
    .union([z.strictObject({ flag: z.string().min(1) }), z.strictObject({ moveTo: z.string().min(1) })], {
      error: 'must be {flag: $Noticeboard} or {moveTo: Processed}',
    })
    .default({ flag: '$Noticeboard' }),
  maxMessageBytes: z.int().min(1024).default(10 * 1024 * 1024),
  team: teamId.optional(),
});
const certProbeSchema = z.strictObject({
  host: hostname,
  port: z.int().min(1).max(65535).default(443),
  servername: hostname.optional().describe('SNI name when it differs from host'),
  team: teamId,
  intervalMinutes: z.int().min(1).default(360),
  warnBefore: duration.optional().describe('A certificate expiring sooner than this opens a task; 30d unless set'),
});

export const sourcesFileSchema = z
  .strictObject({
    feeds: z.array(feedSchema).default([]),
    mailboxes: z.array(mailboxSchema).default([]),
    certProbes: z.array(certProbeSchema).default([]),
  })
  .describe('noticeboard sources: feeds to poll, mailboxes to watch, certificates to probe');

export type TeamsFile = z.output<typeof teamsFileSchema>;
export type LaddersFile = z.output<typeof laddersFileSchema>;
export type SourcesFile = z.output<typeof sourcesFileSchema>;
