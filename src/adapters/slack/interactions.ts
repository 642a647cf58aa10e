// Buttons, the snooze select and the two modals. Each handler acks first, parses, calls one use
// case and renders its answer; the post itself is brought up to date by the outbox rows the use
// case queued with its change.
import type { App, BlockAction, ButtonAction, StaticSelectAction, webApi } from '@slack/bolt';
import type { Clock, Logger, SlackActions, TaskOutcome } from '../../app/ports.ts';
import { ACTION, INPUT, VIEW, decodeSnoozeChoice, decodeTaskRef, type TaskRef } from '../../domain/action-ids.ts';
import { notApplicableModal, parseReasonSubmission, parseScheduleSubmission, scheduleModal, type ViewStateValues } from '../../domain/blocks/modals.ts';
import { noteMessage } from '../../domain/blocks/help.ts';
import { homeView } from '../../domain/blocks/task-list.ts';
import { boundary, refusalMessage, tell, type Audience } from './replies.ts';

export interface InteractionDeps {
  actions: SlackActions;
  clock: Clock;
  log: Logger;
}

/** Slack wants the ack within 3 s; the schedule modal waits at most this long for the use case. */
const SCHEDULE_ACK_BUDGET_MS = 2_000;

/** The promise's value if it settles within `ms`, else null (it keeps running). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

type Simple = 'takeOwnership' | 'approve' | 'done';
const SIMPLE: [string, Simple][] = [
  [ACTION.takeOwnership, 'takeOwnership'],
  [ACTION.approve, 'approve'],
  [ACTION.done, 'done'],
];

function audienceOf(body: BlockAction): Audience {
  return { user: body.user.id, channel: body.channel?.id ?? null };
}

/** Say what the use case answered: a refusal or its message; for a click in Home, show Home again. */
async function answer(deps: InteractionDeps, client: webApi.WebClient, to: Audience, outcome: TaskOutcome, fromHome: boolean) {
  if (!outcome.ok) return tell(client, to, refusalMessage(outcome));
  if (outcome.message) await tell(client, to, noteMessage(outcome.message));
  if (fromHome) await publishHome(deps, client, to.user);
}

export async function publishHome(deps: InteractionDeps, client: webApi.WebClient, user: string): Promise<void> {
  const now = deps.clock.now();
  const listing = await deps.actions.home({ user, now });
  const teams = new Map(listing.teams.map((t) => [t.id, t]));
  const view = homeView({ user, pendingSignOffs: listing.pendingSignOffs, tasks: listing.tasks }, (t) => teams.get(t.team), now);
  await client.views.publish({ user_id: user, view });
}

export function registerInteractions(app: App, deps: InteractionDeps): void {
  const { actions, clock, log } = deps;

  for (const [actionId, useCase] of SIMPLE) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const to = audienceOf(body);
      await boundary(log, actionId, to, client, async () => {
        const ref = decodeTaskRef(action.value);
        if (!ref) return tell(client, to, noteMessage('That button is out of date.'));
        const outcome = await actions[useCase]({ taskId: ref.taskId, user: to.user, now: clock.now() });
        await answer(deps, client, to, outcome, body.container?.type === 'view');
      });
    });
  }

  const openModal = (actionId: string, render: typeof scheduleModal) =>
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const to = audienceOf(body);
      await boundary(log, actionId, to, client, async () => {
        const ref = decodeTaskRef(action.value);
        if (!ref) return tell(client, to, noteMessage('That button is out of date.'));
        const now = clock.now();
        const shown = await actions.show({ taskId: ref.taskId, user: to.user, now });
        if (!shown.ok) return tell(client, to, refusalMessage(shown));
        const where: TaskRef = to.channel ? { taskId: ref.taskId, channel: to.channel } : { taskId: ref.taskId };
        await client.views.open({ trigger_id: body.trigger_id, view: render(shown.task, shown.team, now, where) });
      });
    });
  openModal(ACTION.schedule, scheduleModal);
  openModal(ACTION.notApplicable, notApplicableModal);

  app.action<BlockAction<StaticSelectAction>>(ACTION.snooze, async ({ ack, body, action, client }) => {
    await ack();
    const to = audienceOf(body);
    await boundary(log, ACTION.snooze, to, client, async () => {
      const choice = decodeSnoozeChoice(action.selected_option?.value);
      if (!choice) return tell(client, to, noteMessage('That choice is out of date.'));
      const outcome = await actions.snooze({ ...choice, user: to.user, now: clock.now() });
      await answer(deps, client, to, outcome, body.container?.type === 'view');
    });
  });

  app.view(VIEW.schedule, async ({ ack, body, view, client }) => {
    const form = parseScheduleSubmission(view.state.values as ViewStateValues);
    if (!form.ok) return ack({ response_action: 'errors', errors: form.errors });
    const ref = decodeTaskRef(view.private_metadata);
    const to: Audience = { user: body.user.id, channel: ref?.channel ?? null };
    let acked = false;
    const ackOnce = async (response?: { response_action: 'errors'; errors: Record<string, string> }) => {
      if (acked) return;
      acked = true;
      await (response ? ack(response) : ack());
    };
    await boundary(log, VIEW.schedule, to, client, async () => {
      if (!ref) {
        await ackOnce();
        return tell(client, to, noteMessage('That form is out of date.'));
      }
      // The window is judged before the modal closes, so a refused window is explained beside the
      // field; a store slower than the budget must not make Slack give up on the ack.
      const pending = actions.schedule({ taskId: ref.taskId, user: to.user, window: form.value, now: clock.now() });
      const early = await within(pending, SCHEDULE_ACK_BUDGET_MS);
      if (early && !early.ok && early.code.startsWith('window-')) {
        return ackOnce({ response_action: 'errors', errors: { [INPUT.windowEnd.block]: early.message ?? refusalMessage(early).text } });
      }
      await ackOnce();
      await answer(deps, client, to, early ?? (await pending), false);
    });
    await ackOnce();
  });

  app.view(VIEW.notApplicable, async ({ ack, body, view, client }) => {
    const form = parseReasonSubmission(view.state.values as ViewStateValues);
    if (!form.ok) return ack({ response_action: 'errors', errors: form.errors });
    await ack();
    const ref = decodeTaskRef(view.private_metadata);
    const to: Audience = { user: body.user.id, channel: ref?.channel ?? null };
    await boundary(log, VIEW.notApplicable, to, client, async () => {
      if (!ref) return tell(client, to, noteMessage('That form is out of date.'));
      const outcome = await actions.dismiss({ taskId: ref.taskId, user: to.user, reason: form.value.reason, now: clock.now() });
      await answer(deps, client, to, outcome, false);
    });
  });
}
