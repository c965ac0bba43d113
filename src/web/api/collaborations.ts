import type { z } from 'zod';
import type { AgreementContent } from '../../common/agreement.ts';
import type { CollaborationState } from '../../common/collaboration.ts';
import type {
  agreementChangeView,
  agreementVersionSummary,
  agreementVersionView,
  collaborationSummaryView,
  collaborationView,
  createCollaborationBody,
  findingView,
} from '../../common/collaborationSchemas.ts';
import type { partnerRatingView, ratePartnerBody } from '../../common/partnerRatings.ts';
import { api, apiUrl, type ItemList } from './client.ts';

export type CollaborationSummary = z.infer<typeof collaborationSummaryView>;
export type Collaboration = z.infer<typeof collaborationView>;
export type CollaborationParty = Collaboration['parties'][number];
export type CreateCollaborationInput = z.input<typeof createCollaborationBody>;
export type AgreementVersion = z.infer<typeof agreementVersionView>;
export type AgreementVersionSummary = z.infer<typeof agreementVersionSummary>;
export type Finding = z.infer<typeof findingView>;
export type AgreementChange = z.infer<typeof agreementChangeView>;
export type PartnerRating = z.infer<typeof partnerRatingView>;
export type RatePartnerInput = z.input<typeof ratePartnerBody>;

const base = (collaborationId: string) => `collaborations/${collaborationId}`;
const agreement = (collaborationId: string) => `${base(collaborationId)}/agreement`;

export const listCollaborations = () => api.get<ItemList<CollaborationSummary>>('collaborations');
export const getCollaboration = (collaborationId: string) => api.get<Collaboration>(base(collaborationId));
export const createCollaboration = (input: CreateCollaborationInput) =>
  api.post<Collaboration>('collaborations', input);

/** Accepting returns the collaboration; declining returns nothing, as the organization no longer sees it. */
export const respondToInvitation = (collaborationId: string, orgId: string, accept: boolean) =>
  api.post<Collaboration | undefined>(`${base(collaborationId)}/responses`, { orgId, accept });
export const inviteParty = (collaborationId: string, orgId: string) =>
  api.post<Collaboration>(`${base(collaborationId)}/parties`, { orgId });
export const transitionCollaboration = (collaborationId: string, to: CollaborationState, reason: string) =>
  api.post<Collaboration>(`${base(collaborationId)}/transitions`, { to, reason });
export const exitCollaboration = (collaborationId: string, orgId: string, reason: string) =>
  api.post<Collaboration>(`${base(collaborationId)}/exit`, { orgId, reason });

export const listPartnerRatings = (collaborationId: string) =>
  api.get<ItemList<PartnerRating>>(`${base(collaborationId)}/ratings`);
/** Rating a partner again replaces the earlier rating; the answer is the updated list. */
export const ratePartner = (collaborationId: string, input: RatePartnerInput) =>
  api.put<ItemList<PartnerRating>>(`${base(collaborationId)}/ratings`, input);

export const listAgreementVersions = (collaborationId: string) =>
  api.get<ItemList<AgreementVersionSummary>>(`${agreement(collaborationId)}/versions`);
export const getAgreementVersion = (collaborationId: string, version: number) =>
  api.get<AgreementVersion>(`${agreement(collaborationId)}/versions/${version}`);
export const saveAgreementDraft = (collaborationId: string, content: AgreementContent) =>
  api.put<AgreementVersion>(`${agreement(collaborationId)}/draft`, { content });
export const proposeAgreementVersion = (collaborationId: string, version: number) =>
  api.post<AgreementVersion>(`${agreement(collaborationId)}/versions/${version}/propose`);
export const signAgreementVersion = (collaborationId: string, version: number, orgId: string, contentHash: string) =>
  api.post<AgreementVersion>(`${agreement(collaborationId)}/versions/${version}/signatures`, { orgId, contentHash });
export const diffAgreementVersions = (collaborationId: string, from: number, to: number) =>
  api.get<{ changes: AgreementChange[] }>(`${agreement(collaborationId)}/diff`, { from, to });

/** The exact RFC 8785 bytes the parties sign. */
export const fetchCanonicalAgreement = (collaborationId: string, version: number) =>
  api.getBytes(`${agreement(collaborationId)}/versions/${version}/canonical`);
export const canonicalAgreementUrl = (collaborationId: string, version: number) =>
  apiUrl(`${agreement(collaborationId)}/versions/${version}/canonical`);
export const agreementPdfUrl = (collaborationId: string, version: number) =>
  apiUrl(`${agreement(collaborationId)}/versions/${version}/pdf`);
