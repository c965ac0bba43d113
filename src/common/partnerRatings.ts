import { z } from 'zod';
import type { CollaborationState } from './collaboration.ts';

const idSchema = z.uuid();

/** States in which the parties have worked together, so that they can rate each other. */
export const ratableStates: readonly CollaborationState[] = ['active', 'under_review', 'completed'];

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
