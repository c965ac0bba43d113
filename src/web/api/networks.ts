import type { z } from 'zod';
import type {
  createNetworkBody,
  directoryEntryView,
  directoryPage,
  membershipView,
  networkView,
  updateNetworkBody,
} from '../../common/schemas.ts';
import type { NetworkMemberStatus, SizeClass } from '../../common/vocabulary.ts';
import { api, type ItemList } from './client.ts';

export type Network = z.infer<typeof networkView>;
export type CreateNetworkInput = z.input<typeof createNetworkBody>;
export type UpdateNetworkInput = z.input<typeof updateNetworkBody>;
export type DirectoryEntry = z.infer<typeof directoryEntryView>;
export type DirectoryPage = z.infer<typeof directoryPage>;
export type Membership = z.infer<typeof membershipView>;

export interface DirectorySearch {
  q?: string;
  sector?: string;
  country?: string;
  city?: string;
  sizeClass?: SizeClass;
  offers?: string;
  needs?: string;
  limit?: number;
  offset?: number;
}

export interface MembershipResult {
  orgId: string;
  status: NetworkMemberStatus;
}

export interface CsvRowError {
  row: number;
  column: string;
  reason: string;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: CsvRowError[];
}

export const listNetworks = () => api.get<ItemList<Network>>('networks');
export const getNetwork = (networkId: string) => api.get<Network>(`networks/${networkId}`);
export const createNetwork = (input: CreateNetworkInput) => api.post<Network>('networks', input);
export const updateNetwork = (networkId: string, changes: UpdateNetworkInput) =>
  api.patch<Network>(`networks/${networkId}`, changes);

export const searchDirectory = (networkId: string, search: DirectorySearch) =>
  api.get<DirectoryPage>(`networks/${networkId}/members`, { ...search });

export const listMemberships = (networkId: string, status?: NetworkMemberStatus) =>
  api.get<ItemList<Membership>>(`networks/${networkId}/memberships`, { status });
export const requestToJoin = (networkId: string, orgId: string) =>
  api.post<MembershipResult>(`networks/${networkId}/join-requests`, { orgId });
export const inviteOrgToNetwork = (networkId: string, orgId: string) =>
  api.post<MembershipResult>(`networks/${networkId}/invitations`, { orgId });
export const setMembershipStatus = (networkId: string, orgId: string, status: 'active' | 'suspended') =>
  api.patch<void>(`networks/${networkId}/memberships/${orgId}`, { status });
export const verifyMember = (networkId: string, orgId: string) =>
  api.put<void>(`networks/${networkId}/memberships/${orgId}/verification`);
export const unverifyMember = (networkId: string, orgId: string) =>
  api.delete(`networks/${networkId}/memberships/${orgId}/verification`);
export const removeMembership = (networkId: string, orgId: string) =>
  api.delete(`networks/${networkId}/memberships/${orgId}`);

export const importMembersCsv = (networkId: string, csv: string, skipInvalid: boolean) =>
  api.postCsv<ImportResult>(`networks/${networkId}/imports`, csv, { skipInvalid });
