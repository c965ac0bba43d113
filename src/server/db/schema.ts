// The database schema, one file per domain; migrations are generated from it (drizzle-kit).
export * from './schema/accounts.ts';
export * from './schema/orgs.ts';
export * from './schema/networks.ts';
export * from './schema/ledger.ts';
export * from './schema/collaborations.ts';
export * from './schema/matching.ts';
export * from './schema/projects.ts';
export * from './schema/notifications.ts';
export * from './schema/jobs.ts';
export * from './schema/networkAnalytics.ts';
