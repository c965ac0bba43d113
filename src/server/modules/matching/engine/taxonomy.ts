import { capabilities } from '../../../../common/reference/capabilities.ts';

// Capability tags as small integers, with the parent of each, so that the tag similarity of an
// offer and a need is a few integer comparisons. Ids are dotted paths (a child's id is its parent's
// id plus '.segment'), so tags that are not in the reference taxonomy still get their place in it.

/** Same capability. */
export const TAG_EXACT = 1;
/** Two children of the same parent ('digital.web.seo' and 'digital.web.hosting'). */
export const TAG_SIBLING = 0.6;
/** One is the direct parent of the other ('digital.web' and 'digital.web.seo'). */
export const TAG_PARENT_CHILD = 0.4;

export type TagRelation = 'exact' | 'sibling' | 'parent' | 'child' | 'none';

function parentId(id: string): string | null {
  const dot = id.lastIndexOf('.');
  return dot === -1 ? null : id.slice(0, dot);
}

/** How an offer's tag relates to a need's tag, read on the ids alone ('parent': the offer is broader). */
export function tagRelation(needTag: string, offerTag: string): TagRelation {
  if (needTag === offerTag) return 'exact';
  const needParent = parentId(needTag);
  const offerParent = parentId(offerTag);
  if (needParent !== null && needParent === offerParent) return 'sibling';
  if (needParent === offerTag) return 'parent';
  if (offerParent === needTag) return 'child';
  return 'none';
}

export function relationSimilarity(relation: TagRelation): number {
  if (relation === 'exact') return TAG_EXACT;
  if (relation === 'sibling') return TAG_SIBLING;
  if (relation === 'parent' || relation === 'child') return TAG_PARENT_CHILD;
  return 0;
}

/** Tag similarity of two capability ids: exact 1, sibling 0.6, parent/child 0.4, otherwise 0. */
export function tagSimilarity(a: string, b: string): number {
  return relationSimilarity(tagRelation(a, b));
}

/** Capability ids numbered in the order first seen; the reference taxonomy comes first. */
export interface Taxonomy {
  ids: string[];
  byId: Map<string, number>;
  /** Parent number, or -1 for a root. */
  parent: number[];
}

export function createTaxonomy(extraIds: readonly string[] = []): Taxonomy {
  const taxonomy: Taxonomy = { ids: [], byId: new Map(), parent: [] };
  for (const capability of capabilities) registerTag(taxonomy, capability.id);
  for (const id of extraIds) registerTag(taxonomy, id);
  return taxonomy;
}

/** The number of a tag, registering it and its ancestors when new. */
export function registerTag(taxonomy: Taxonomy, id: string): number {
  const known = taxonomy.byId.get(id);
  if (known !== undefined) return known;
  const parent = parentId(id);
  const parentNumber = parent === null ? -1 : registerTag(taxonomy, parent);
  const number = taxonomy.ids.length;
  taxonomy.ids.push(id);
  taxonomy.byId.set(id, number);
  taxonomy.parent.push(parentNumber);
  return number;
}

/** tagSimilarity on tag numbers; agrees with the string version. */
export function tagSimilarityOf(parent: ArrayLike<number>, need: number, offer: number): number {
  if (need === offer) return TAG_EXACT;
  const needParent = parent[need] ?? -1;
  const offerParent = parent[offer] ?? -1;
  if (needParent !== -1 && needParent === offerParent) return TAG_SIBLING;
  if (needParent === offer || offerParent === need) return TAG_PARENT_CHILD;
  return 0;
}
