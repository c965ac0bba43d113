import type { AgreementContent } from '../../../../../common/agreement.ts';

export interface AgreementParty {
  orgId: string;
  name: string;
}

export interface ClauseProps<K extends keyof AgreementContent> {
  value: AgreementContent[K];
  onChange: (next: AgreementContent[K]) => void;
  /** Field path ('objectives.0.target') → message. */
  errors: Record<string, string>;
  readOnly: boolean;
  parties: AgreementParty[];
}

export const numberOrNull = (value: string | number): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const dateOrNull = (value: string): string | null => (value === '' ? null : value);

export function replaceAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export const newObjectiveId = () => `o-${Math.random().toString(36).slice(2, 10)}`;

export const partyOptions = (parties: AgreementParty[]) => parties.map((p) => ({ value: p.orgId, label: p.name }));
