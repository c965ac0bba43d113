import type { AgreementChange } from '../../../api/collaborations.ts';
import { clauseLabels, clauseOrder } from '../agreement/agreementLabels.ts';

// Turns the server's diff paths ('contributions[1].declaredValue') and values into words.

const fieldLabels: Record<string, string> = {
  description: 'description',
  inScope: 'in scope',
  outOfScope: 'out of scope',
  text: 'text',
  metric: 'metric',
  target: 'target',
  unit: 'unit',
  ownerOrgId: 'owner',
  deadline: 'deadline',
  partyOrgId: 'party',
  resourceId: 'resource',
  amount: 'amount',
  declaredValue: 'declared value (€)',
  raci: 'RACI',
  orgId: 'organization',
  role: 'role',
  rules: 'rules',
  decisionClass: 'decision class',
  rule: 'rule',
  voteWeighting: 'vote weighting',
  baseline: 'baseline',
  frequency: 'frequency',
  background: 'background IP',
  foregroundOwnership: 'foreground IP owner',
  licences: 'licences',
  applies: 'applies',
  termMonths: 'months',
  steps: 'steps',
  days: 'days',
  noticeDays: 'notice (days)',
  contributedResources: 'contributed resources',
  sharedData: 'shared data',
  startDate: 'start',
  endDate: 'end',
  renewal: 'renewal',
  kind: 'kind',
  name: 'name',
};

const humanize = (key: string) => fieldLabels[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** 'objectives[0].target' → 'Objectives › 1 › target'. */
export function prettifyPath(path: string): string {
  const parts = path.match(/[^.[\]]+|\[\d+\]/g) ?? [path];
  return parts
    .map((part, index) => {
      const item = part.match(/^\[(\d+)\]$/);
      if (item) return `#${Number(item[1]) + 1}`;
      return index === 0 ? (clauseLabels[part] ?? humanize(part)) : humanize(part);
    })
    .join(' › ');
}

/** A value as a reader would say it; organization ids become names. */
export function prettifyValue(value: unknown, nameOf: (orgId: string) => string | undefined): string {
  if (value === undefined) return '(none)';
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return nameOf(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => prettifyValue(v, nameOf)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, v]) => `${humanize(key)}: ${prettifyValue(v, nameOf)}`)
    .join('; ');
}

/** In the order the agreement reads: by clause, and within a clause as the server listed them. */
export function sortChanges(changes: AgreementChange[]): AgreementChange[] {
  const rank = (path: string) => {
    const index = clauseOrder.indexOf(path.split(/[.[]/)[0] ?? '');
    return index === -1 ? clauseOrder.length : index;
  };
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => rank(a.change.path) - rank(b.change.path) || a.index - b.index)
    .map(({ change }) => change);
}
