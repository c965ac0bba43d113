// Migrates once per test run: a PGlite snapshot, and a PostgreSQL template database when DATABASE_URL is set.
import { writePgliteSnapshot, writePostgresTemplate } from '../src/server/testing/testDatabase.ts';

await writePgliteSnapshot();
if (process.env.DATABASE_URL) await writePostgresTemplate();
