import type { z } from 'zod';
import type {
  CreateRelationInput,
  MemberPosition,
  MemberVulnerability,
  NetworkAnalytics,
  Relation,
  RelationList,
  startRunView,
  UpdateRelationInput,
  WhatIfResult,
} from '../../common/networkAnalytics.ts';
import { api } from './client.ts';

export type {
  AnalysisRun,
  CreateRelationInput,
  UpdateRelationInput,
  DimensionAssessment,
  Evidence,
  HistoryPoint,
  MapMember,
  MapTie,
  MemberMetricKey,
  MemberMetricValues,
  MemberPosition,
  MemberVulnerability,
  NetworkAnalytics,
  NetworkMetricValues,
  OrgRef,
  Relation,
  RelationDirection,
  RelationList,
  Snapshot,
  TieType,
  Vulnerability,
  VulnerabilityDimension,
  WhatIfResult,
} from '../../common/networkAnalytics.ts';
export {
  memberMetricKeys,
  relationDirections,
  tieTypes,
  vulnerabilityDimensions,
} from '../../common/networkAnalytics.ts';
export type StartedRun = z.infer<typeof startRunView>;

const relations = (orgId: string) => `orgs/${orgId}/relations`;
const network = (networkId: string) => `networks/${networkId}`;

export const listRelations = (orgId: string) => api.get<RelationList>(relations(orgId));
export const createRelation = (orgId: string, input: CreateRelationInput) =>
  api.post<Relation>(relations(orgId), input);
export const updateRelation = (orgId: string, relationId: string, input: UpdateRelationInput) =>
  api.patch<Relation>(`${relations(orgId)}/${relationId}`, input);
export const deleteRelation = (orgId: string, relationId: string) => api.delete(`${relations(orgId)}/${relationId}`);

export const getNetworkAnalytics = (networkId: string) => api.get<NetworkAnalytics>(`${network(networkId)}/analytics`);
export const startAnalysis = (networkId: string) => api.post<StartedRun>(`${network(networkId)}/analytics/runs`, {});
export const getMemberVulnerability = (networkId: string, orgId: string) =>
  api.get<MemberVulnerability>(`${network(networkId)}/members/${orgId}/vulnerability`);
export const getMemberPosition = (networkId: string, orgId: string) =>
  api.get<MemberPosition>(`${network(networkId)}/members/${orgId}/position`);
export const runWhatIf = (networkId: string, remove: string[]) =>
  api.post<WhatIfResult>(`${network(networkId)}/what-if`, { remove });
