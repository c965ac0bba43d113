import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../deps.ts';

// After a bulk load the planner's row estimates are stale (PGlite runs no autovacuum), and
// stale estimates turn the directory's joins into nested loops over the whole network.
export async function refreshStatistics(db: DbOrTx): Promise<void> {
  await db.execute(sql`analyze`);
}
