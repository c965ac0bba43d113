import { z } from 'zod';
import type { CollaborationState } from './collaboration.ts';

const idSchema = z.uuid();

/**
 * Whether the parties have worked together, so that they can rate each other: the collaboration is or
 * was active (it enters `active` only when an agreement takes effect), even if it was terminated since.
 */
export function hasBeenActive(transitions: readonly { to: CollaborationState }[]): boolean {
  return transitions.some((transition) => transition.to === 'active');
}

export const ratePartnerBody = z.object({
  /** The party giving the rating: one of your organizations. */
  raterOrgId: idSchema,
  /** Another party of the same collaboration. */
  ratedOrgId: idSchema,
  /** 1 (would not work with them again) to 5 (excellent partner). */
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).default(''),
});

export const partnerRatingView = z.object({
  raterOrgId: idSchema,
  raterName: z.string(),
  ratedOrgId: idSchema,
  ratedName: z.string(),
  score: z.number().int(),
  comment: z.string(),
  updatedAt: z.string(),
});
