// `/notices …` text → one subcommand. Slack escapes mentions in command text when the command
// asks for it (`should_escape: true`), so `@ada` arrives as `<@U123|ada>`; a bare `U123` is accepted too.

export type NoticesCommand =
  | { kind: 'list' }
  | { kind: 'mine' }
  | { kind: 'digest' }
  | { kind: 'help'; problem?: string }
  | { kind: 'show'; taskId: number }
  | { kind: 'add'; text: string }
  | { kind: 'assign'; taskId: number; assignee: string }
  | { kind: 'snooze'; taskId: number; minutes: number };

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };

/** `90m`, `12h`, `3d`, `1w` (a bare number is days). */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,4})\s*([mhdw]?)$/i.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * (UNIT_MINUTES[(m[2] || 'd').toLowerCase()] ?? 0);
  return minutes > 0 ? minutes : null;
}

function taskId(text: string | undefined): number | null {
  const m = /^#?(\d{1,9})$/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

function userId(text: string | undefined): string | null {
  const m = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text ?? '') ?? /^([UW][A-Z0-9]{2,})$/.exec(text ?? '');
  return m?.[1] ?? null;
}

export function parseNoticesCommand(raw: string): NoticesCommand {
  const text = raw.trim();
  const [head = '', ...rest] = text.split(/\s+/);
  const sub = head.toLowerCase();
  switch (sub) {
    case '':
    case 'help':
      return { kind: 'help' };
    case 'list':
    case 'mine':
    case 'digest':
      return { kind: sub };
    case 'show': {
      const id = taskId(rest[0]);
      return id ? { kind: 'show', taskId: id } : { kind: 'help', problem: 'Usage: /notices show ID' };
    }
    case 'add': {
      const body = text.slice(head.length).trim();
      return body ? { kind: 'add', text: body } : { kind: 'help', problem: 'Usage: /notices add TEXT (paste the notice)' };
    }
    case 'assign': {
      const id = taskId(rest[0]);
      const user = userId(rest[1]);
      return id && user ? { kind: 'assign', taskId: id, assignee: user } : { kind: 'help', problem: 'Usage: /notices assign ID @user' };
    }
    case 'snooze': {
      const id = taskId(rest[0]);
      const minutes = parseDuration(rest.slice(1).join(''));
      return id && minutes ? { kind: 'snooze', taskId: id, minutes } : { kind: 'help', problem: 'Usage: /notices snooze ID 3d (m, h, d or w)' };
    }
    default:
      return { kind: 'help', problem: `Unknown subcommand "${head}".` };
  }
}
