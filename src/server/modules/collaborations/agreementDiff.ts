// A readable diff between two agreement versions: one line per changed leaf value, with its path.

export interface AgreementChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(before: unknown, after: unknown, path: string, out: AgreementChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      walk(before[i], after[i], `${path}[${i}]`, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (before === undefined) out.push({ path, kind: 'added', before, after });
  else if (after === undefined) out.push({ path, kind: 'removed', before, after });
  else out.push({ path, kind: 'changed', before, after });
}

export function diffAgreements(before: unknown, after: unknown): AgreementChange[] {
  const changes: AgreementChange[] = [];
  walk(before, after, '', changes);
  return changes;
}
