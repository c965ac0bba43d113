import type { DbOrTx } from '../../deps.ts';
import { auditEvents } from '../../db/schema.ts';

export interface AuditEvent {
  actorUserId: string | null;
  orgId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

// Written in the caller's transaction so that the event and the change land together.
export async function recordAudit(db: DbOrTx, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({ ...event, data: event.data ?? {} });
}
