// The loopback workspace's memory: channels with their messages and threads, ephemeral
// messages, modals and Home tabs, users and user groups. No HTTP here.

export interface LoopbackUser {
  id: string;
  name: string;
  realName?: string;
  tz?: string;
  isBot?: boolean;
  deleted?: boolean;
}

export interface StoredMessage {
  ts: string;
  channel: string;
  user: string;
  botId: string;
  text: string;
  blocks: unknown[] | null;
  threadTs: string | null;
  replies: StoredMessage[];
  reactions: string[];
  /** How many times chat.update changed it. */
  edits: number;
  metadata: unknown;
}

export interface Ephemeral {
  messageTs: string;
  channel: string;
  user: string;
  text: string;
  blocks: unknown[] | null;
  threadTs: string | null;
}

export interface StoredView {
  id: string;
  hash: string;
  user: string | null;
  triggerId: string | null;
  view: Record<string, unknown>;
  updates: number;
}

export interface ChannelState {
  id: string;
  /** Top-level messages in posting order. */
  messages: StoredMessage[];
}

export class Workspace {
  readonly channels = new Map<string, ChannelState>();
  readonly ephemerals: Ephemeral[] = [];
  readonly views = new Map<string, StoredView>();
  readonly homes = new Map<string, StoredView>();
  readonly users = new Map<string, LoopbackUser>();
  readonly usergroups = new Map<string, string[]>();
  readonly #byTs = new Map<string, StoredMessage>();
  #lastMicros = 0;
  #viewSeq = 0;

  /** A Slack `ts`: seconds.micros of the clock, strictly increasing even within a microsecond. */
  nextTs(nowMs: number): string {
    const micros = Math.max(nowMs * 1000, this.#lastMicros + 100);
    this.#lastMicros = micros;
    const seconds = Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  /** `U123` posts to the app's DM with that user, as Slack does; `D…`, `C…`, `G…` are used as given. */
  resolveChannel(channel: string): string {
    return /^[UW]/.test(channel) ? this.dmFor(channel) : channel;
  }

  dmFor(user: string): string {
    return `D${user.slice(1)}`;
  }

  channel(id: string): ChannelState {
    let state = this.channels.get(id);
    if (!state) {
      state = { id, messages: [] };
      this.channels.set(id, state);
    }
    return state;
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    const m = this.#byTs.get(`${channel}/${ts}`);
    return m;
  }

  post(message: Omit<StoredMessage, 'replies' | 'reactions' | 'edits'>): StoredMessage {
    const stored: StoredMessage = { ...message, replies: [], reactions: [], edits: 0 };
    if (message.threadTs) {
      const parent = this.message(message.channel, message.threadTs);
      // a reply to a reply lands in the parent's thread, as in Slack
      const root = parent?.threadTs ? this.message(message.channel, parent.threadTs) : parent;
      if (!root) throw new Error('thread_not_found');
      stored.threadTs = root.ts;
      root.replies.push(stored);
    } else {
      this.channel(message.channel).messages.push(stored);
    }
    this.#byTs.set(`${message.channel}/${stored.ts}`, stored);
    return stored;
  }

  newView(view: Record<string, unknown>, user: string | null, triggerId: string | null): StoredView {
    this.#viewSeq += 1;
    const id = `V${String(this.#viewSeq).padStart(8, '0')}`;
    return { id, hash: `${id}.1`, user, triggerId, view, updates: 0 };
  }

  /** Every message of a channel, replies included, in ts order. */
  allMessages(channel: string): StoredMessage[] {
    const top = this.channels.get(channel)?.messages ?? [];
    return top.flatMap((m) => [m, ...m.replies]).sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
  }
}
