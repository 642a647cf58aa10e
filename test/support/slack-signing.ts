// Signed requests as Slack sends them to an app: slash commands, interactions, events.
export {
  slackSignature,
  signedHeaders,
  sendSlashCommand,
  sendInteraction,
  sendEvent,
  blockActionsPayload,
  viewSubmissionPayload,
  type SigningOptions,
  type SlackDelivery,
  type SlashCommand,
  type ButtonClick,
  type ViewSubmission,
} from '../../src/adapters/slack/loopback/requests.ts';
