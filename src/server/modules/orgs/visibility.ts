import { sql, type SQL, type Column } from 'drizzle-orm';
import { networkMembers, orgMembers } from '../../db/schema.ts';

// Visibility lives in the query: a row the actor may not see is never loaded.

export function myOrgIds(userId: string): SQL {
  return sql`(select ${orgMembers.orgId} from ${orgMembers} where ${orgMembers.userId} = ${userId})`;
}

// Organizations that share at least one network with one of the actor's organizations, both active.
export function networkPeerOrgIds(userId: string): SQL {
  return sql`(select peer.org_id from ${networkMembers} mine
    join ${networkMembers} peer on peer.network_id = mine.network_id and peer.status = 'active'
    where mine.status = 'active' and mine.org_id in ${myOrgIds(userId)})`;
}

export function visibleTo(userId: string, orgIdColumn: Column | SQL, visibilityColumn: Column): SQL {
  return sql`(${visibilityColumn} = 'public'
    or ${orgIdColumn} in ${myOrgIds(userId)}
    or (${visibilityColumn} = 'network' and ${orgIdColumn} in ${networkPeerOrgIds(userId)}))`;
}
