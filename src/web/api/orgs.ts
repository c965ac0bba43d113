import type { z } from 'zod';
import type {
  createdInvitationView,
  createOrgBody,
  invitationView,
  inviteBody,
  offerBody,
  offerView,
  orgMemberView,
  orgView,
  resourceBody,
  resourceView,
  strategicProfileBody,
  strategicProfileView,
  updateOfferBody,
  updateOrgBody,
  updateResourceBody,
} from '../../common/schemas.ts';
import type { OrgRole } from '../../common/vocabulary.ts';
import { api, type ItemList } from './client.ts';

export type Org = z.infer<typeof orgView>;
export type CreateOrgInput = z.input<typeof createOrgBody>;
export type UpdateOrgInput = z.input<typeof updateOrgBody>;
export type StrategicProfile = z.infer<typeof strategicProfileView>;
export type StrategicProfileInput = z.input<typeof strategicProfileBody>;
export type Resource = z.infer<typeof resourceView>;
export type ResourceInput = z.input<typeof resourceBody>;
export type ResourceChanges = z.input<typeof updateResourceBody>;
export type Listing = z.infer<typeof offerView>;
export type ListingInput = z.input<typeof offerBody>;
export type ListingChanges = z.input<typeof updateOfferBody>;
export type ListingKind = 'offer' | 'need';
export type OrgMember = z.infer<typeof orgMemberView>;
export type Invitation = z.infer<typeof invitationView>;
export type CreatedInvitation = z.infer<typeof createdInvitationView>;
export type InviteInput = z.input<typeof inviteBody>;
export interface InvitationPreview {
  orgName: string;
  role: OrgRole;
  email: string;
}

export const listMyOrgs = () => api.get<ItemList<Org>>('orgs');
export const getOrg = (orgId: string) => api.get<Org>(`orgs/${orgId}`);
export const createOrg = (input: CreateOrgInput) => api.post<Org>('orgs', input);
export const updateOrg = (orgId: string, changes: UpdateOrgInput) => api.patch<Org>(`orgs/${orgId}`, changes);

export const getStrategicProfile = (orgId: string) => api.get<StrategicProfile>(`orgs/${orgId}/strategic-profile`);
export const putStrategicProfile = (orgId: string, input: StrategicProfileInput) =>
  api.put<StrategicProfile>(`orgs/${orgId}/strategic-profile`, input);

export const listResources = (orgId: string) => api.get<ItemList<Resource>>(`orgs/${orgId}/resources`);
export const addResource = (orgId: string, input: ResourceInput) =>
  api.post<Resource>(`orgs/${orgId}/resources`, input);
export const changeResource = (orgId: string, resourceId: string, changes: ResourceChanges) =>
  api.patch<Resource>(`orgs/${orgId}/resources/${resourceId}`, changes);
export const removeResource = (orgId: string, resourceId: string) =>
  api.delete(`orgs/${orgId}/resources/${resourceId}`);

export const listListings = (orgId: string, kind: ListingKind) => api.get<ItemList<Listing>>(`orgs/${orgId}/${kind}s`);
export const addListing = (orgId: string, kind: ListingKind, input: ListingInput) =>
  api.post<Listing>(`orgs/${orgId}/${kind}s`, input);
export const changeListing = (orgId: string, kind: ListingKind, listingId: string, changes: ListingChanges) =>
  api.patch<Listing>(`orgs/${orgId}/${kind}s/${listingId}`, changes);
export const removeListing = (orgId: string, kind: ListingKind, listingId: string) =>
  api.delete(`orgs/${orgId}/${kind}s/${listingId}`);

export const listMembers = (orgId: string) => api.get<ItemList<OrgMember>>(`orgs/${orgId}/members`);
export const changeMemberRole = (orgId: string, userId: string, role: OrgRole) =>
  api.patch<void>(`orgs/${orgId}/members/${userId}`, { role });
export const removeMember = (orgId: string, userId: string) => api.delete(`orgs/${orgId}/members/${userId}`);

export const listInvitations = (orgId: string) => api.get<ItemList<Invitation>>(`orgs/${orgId}/invitations`);
export const inviteMember = (orgId: string, input: InviteInput) =>
  api.post<CreatedInvitation>(`orgs/${orgId}/invitations`, input);
export const revokeInvitation = (orgId: string, invitationId: string) =>
  api.delete(`orgs/${orgId}/invitations/${invitationId}`);
export const previewInvitation = (token: string) =>
  api.get<InvitationPreview>(`invitations/${encodeURIComponent(token)}`);
export const acceptInvitation = (token: string) =>
  api.post<{ orgId: string; role: OrgRole }>('invitations/accept', { token });
