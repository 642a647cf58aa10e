// How the Slack layer answers one person: an ephemeral message where they clicked, a DM when the
// click came from a modal or the Home tab, and one error boundary per interaction.
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { Logger, SlackRefusal } from '../../app/ports.ts';
import { noteMessage } from '../../domain/blocks/help.ts';
import type { MessageContent } from '../../domain/blocks/kit.ts';

/** What to say when a use case refuses without a message of its own. */
export const REFUSAL_TEXT: Record<string, string> = {
  'not-found': 'That task no longer exists.',
  'not-a-signer': 'You are not one of the people who sign this task.',
  'already-signed': 'You have already signed this task.',
  'invalid-transition': 'That does not apply to the task as it stands now.',
  'window-invalid': 'That maintenance window is not valid.',
  'reason-required': 'Say why the notice does not apply.',
};

export function refusalMessage(refusal: SlackRefusal): MessageContent {
  return noteMessage(refusal.message ?? REFUSAL_TEXT[refusal.code] ?? 'That did not work.');
}

/** Where an answer to one person goes: beside the message they clicked, or their DM with the app. */
export interface Audience {
  user: string;
  channel: string | null;
  threadTs?: string | null;
}

export async function tell(client: webApi.WebClient, to: Audience, content: MessageContent): Promise<void> {
  const blocks = content.blocks;
  if (to.channel && !to.channel.startsWith('D')) {
    await client.chat.postEphemeral({
      channel: to.channel,
      user: to.user,
      text: content.text,
      blocks,
      ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
    });
    return;
  }
  await client.chat.postMessage({ channel: to.user, text: content.text, blocks });
}

/**
 * Runs one interaction; an unexpected error is logged with a short reference that the person
 * also sees, and the next interaction goes on.
 */
export async function boundary(
  log: Logger,
  what: string,
  to: Audience,
  client: webApi.WebClient,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    const ref = randomUUID().slice(0, 8);
    log.error({ err, ref, interaction: what, user: to.user }, 'slack interaction failed');
    await tell(client, to, noteMessage(`Something went wrong on our side (reference ${ref}).`)).catch((e: unknown) =>
      log.error({ err: e, ref }, 'slack error reply failed'),
    );
  }
}
