import type { LedgerEntry } from '../../api/ledger.ts';

// One line per ledger entry, in words; unknown types fall back to their fields.

type NameOf = (orgId: string) => string;

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const state = (value: unknown) => text(value).replaceAll('_', ' ');
const hash = (value: unknown) => (typeof value === 'string' ? `${value.slice(0, 12)}…` : '');

export function ledgerEntryType(entry: LedgerEntry): string {
  return typeof entry.payload.type === 'string' ? entry.payload.type : 'entry';
}

export function describeLedgerEntry(entry: LedgerEntry, nameOf: NameOf): string {
  const p = entry.payload;
  const org = typeof p.orgId === 'string' ? nameOf(p.orgId) : '';
  switch (p.type) {
    case 'collaboration.created': {
      const invited = Array.isArray(p.invitedOrgIds) ? p.invitedOrgIds.map((id) => nameOf(String(id))) : [];
      return `“${text(p.name)}” created by ${nameOf(String(p.initiatorOrgId))}${invited.length > 0 ? `, inviting ${invited.join(', ')}` : ''}`;
    }
    case 'party.invited':
      return `${org} invited`;
    case 'party.accepted':
      return `${org} accepted the invitation`;
    case 'party.declined':
      return `${org} declined the invitation`;
    case 'party.exited':
      return `${org} left with ${text(p.noticeDays)} days’ notice${p.reason ? ` (${text(p.reason)})` : ''}`;
    case 'state.changed':
      return `${state(p.from)} → ${state(p.to)}${p.reason ? `: ${text(p.reason)}` : ''}`;
    case 'agreement.proposed':
      return `Version ${text(p.version)} proposed, hash ${hash(p.contentHash)}`;
    case 'agreement.signed':
      return `Version ${text(p.version)} signed for ${org}, hash ${hash(p.contentHash)}`;
    case 'agreement.effective':
      return `Version ${text(p.version)} in effect`;
    default:
      return Object.entries(p)
        .filter(([key]) => key !== 'type')
        .map(([key, value]) => `${key}: ${text(value)}`)
        .join(', ');
  }
}
