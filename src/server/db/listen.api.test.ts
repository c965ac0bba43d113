import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, testDatabaseKind } from '../testing/testDatabase.ts';

const database = await openTestDatabase();
after(() => database.close());

const channel = 'synergia_listen_test';
const publish = (payload: string) => database.db.execute(sql`select pg_notify(${channel}, ${payload})`);

function collector() {
  const received: string[] = [];
  const waitFor = async (payload: string, ms: number) => {
    const deadline = Date.now() + ms;
    while (!received.includes(payload)) {
      if (Date.now() > deadline) throw new Error(`"${payload}" did not arrive within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { received, waitFor, onPayload: (p: string) => void received.push(p) };
}

test('a listener receives what is published after it started, until it stops', async () => {
  const { received, waitFor, onPayload } = collector();
  const unlisten = await database.listen(channel, onPayload);
  await publish('one');
  await waitFor('one', 1000);
  await unlisten();
  await publish('two');
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(received, ['one']);
});

test(
  'a PostgreSQL listener whose connection is killed reconnects and listens again',
  { skip: testDatabaseKind() === 'postgres' ? false : 'PGlite has no connection to lose' },
  async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (_obj: object, msg: string) => void warnings.push(msg) };
    const { waitFor, onPayload } = collector();
    const unlisten = await database.listen(channel, onPayload, log);
    try {
      const killed = (await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
      )) as unknown as { rows: unknown[] };
      assert.equal(killed.rows.length, 1);
      // Published while reconnecting: not guaranteed to arrive, so publish until one does.
      const deadline = Date.now() + 5000;
      let delivered = false;
      for (let i = 0; !delivered && Date.now() < deadline; i += 1) {
        await publish(`after-${i}`);
        delivered = await waitFor(`after-${i}`, 300).then(
          () => true,
          () => false,
        );
      }
      assert.ok(delivered, 'the listener came back');
      assert.ok(warnings.length > 0, 'the drop was logged');
    } finally {
      await unlisten();
    }
  },
);
