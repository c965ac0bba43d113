import type { ResourceCategory } from '../vocabulary.ts';
import { capabilityRows } from './capabilities.data.ts';

// A hierarchical taxonomy of capabilities used to tag offers and needs. Ids are kebab-case dotted
// paths ('digital.web.seo'), so a capability's id always starts with its parent's id plus '.'.

export interface Capability {
  id: string;
  label: string;
  category: ResourceCategory;
  parent: string | null;
}

function build(): Capability[] {
  const byId = new Map<string, Capability>();
  for (const [id, label, category] of capabilityRows) {
    const dot = id.lastIndexOf('.');
    const parentId = dot === -1 ? null : id.slice(0, dot);
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parentId !== null && parent === undefined) throw new Error(`capability ${id}: parent listed later or missing`);
    const resolved = category ?? parent?.category;
    if (resolved === undefined) throw new Error(`capability ${id}: no category`);
    if (byId.has(id)) throw new Error(`capability ${id}: duplicate id`);
    byId.set(id, { id, label, category: resolved, parent: parentId });
  }
  return [...byId.values()];
}

export const capabilities: readonly Capability[] = build();

export const capabilityById: ReadonlyMap<string, Capability> = new Map(capabilities.map((c) => [c.id, c]));

/** True when `id` equals `ancestorId` or lies below it in the taxonomy. */
export function isCapabilityWithin(id: string, ancestorId: string): boolean {
  return id === ancestorId || id.startsWith(`${ancestorId}.`);
}

/** The chain of capabilities from the root down to `id`; empty when `id` is unknown. */
export function capabilityPath(id: string): Capability[] {
  const path: Capability[] = [];
  let current = capabilityById.get(id);
  while (current !== undefined) {
    path.push(current);
    current = current.parent === null ? undefined : capabilityById.get(current.parent);
  }
  return path.reverse();
}
