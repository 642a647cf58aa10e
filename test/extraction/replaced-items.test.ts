import { describe, expect, it } from 'vitest';
import { listedNames } from '../../src/extraction/lists.ts';

describe('a listed item that points with an arrow to its replacement names what is left of the arrow', () => {
  it.each([
    ['Models leaving the platform on 1 March:\n\nquill-lite-0312 and quill-lite-0419 → Use quill-lite-latest\nquill-pro-0501 → Use quill-pro-latest\n', ['quill-lite-0312', 'quill-lite-0419', 'quill-pro-0501']],
    ['Affected models:\n- ember-7b-v1 -> ember-7b-v2\n- ember-13b-v1, ember-13b-v1a -> ember-13b-v2\n', ['ember-7b-v1', 'ember-13b-v1', 'ember-13b-v1a']],
    ['The following databases move to new hosts:\n\n* orders-db-3 => orders-db-9\n* ledger_pg_1 ⇒ ledger_pg_4\n', ['orders-db-3', 'ledger_pg_1']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // Words left of the arrow are a note, not names: the list ends there.
    ['Affected models:\n- the older small model → the new one\n', []],
    // Between two bullets such a note names nothing of its own; the list goes on past it.
    ['Affected models:\n- plume-v1 → plume-v2\n- Old pricing -> new pricing\n- plume-v3\n', ['plume-v1', 'plume-v3']],
    // A heading about something else lists nothing.
    ['Pricing changes:\n\nbasic-tier → standard-tier\n', []],
  ])('not names: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});

describe('a state in parentheses after a listed name is no second name', () => {
  it.each([
    ['The following virtual machines are affected:\n  - build-runner-07 (ACTIVE)\n  - build-runner-08 (SHUTOFF)\n', ['build-runner-07', 'build-runner-08']],
    ['Affected servers:\n- pg-replica-2 (Running)\n- pg-replica-3 (STOPPED)\n', ['pg-replica-2', 'pg-replica-3']],
    ['Affected instances:\n- cache-eu-1 (DEGRADED)\n', ['cache-eu-1']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // A made-up tag in the same place is the thing's other name.
    ['Affected instances:\n- i-0a1b2c3d4e5f67890 (batch-worker-3)\n', ['i-0a1b2c3d4e5f67890', 'batch-worker-3']],
    ['Affected add-ons:\n- redis-curved-41 (CACHEPRIMARY)\n', ['redis-curved-41', 'CACHEPRIMARY']],
  ])('still a name: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});

describe('one listed item may join several made-up names', () => {
  it.each([
    ['Models retiring in April:\n\n- orca-mini-0611 and orca-mini-0702\n- orca-max-0611\n', ['orca-mini-0611', 'orca-mini-0702', 'orca-max-0611']],
    ['Affected servers:\n* web-3, web-4 and web-7\n* db-2\n', ['web-3', 'web-4', 'web-7', 'db-2']],
    ['The following buckets will be locked:\n\nlogs-eu-2024 & logs-us-2024\n', ['logs-eu-2024', 'logs-us-2024']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // Plain words joined are prose, and end the list.
    ['Affected servers:\n- web-3\n- Python and Ruby runtimes\n\nweb-9 and web-10 are fine.\n', ['web-3']],
    ['Affected servers:\n- web-3\nPlease reboot, then check and confirm\n', ['web-3']],
  ])('not names: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});
