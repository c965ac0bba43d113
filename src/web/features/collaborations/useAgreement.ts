import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementContent } from '../../../common/agreement.ts';
import {
  diffAgreementVersions,
  fetchCanonicalAgreement,
  getAgreementVersion,
  listAgreementVersions,
  proposeAgreementVersion,
  saveAgreementDraft,
  signAgreementVersion,
  type AgreementVersion,
} from '../../api/collaborations.ts';
import { sha256Hex, webCryptoProblem } from '../ledger/webCrypto.ts';
import { collaborationKeys } from './collaborationQueryKeys.ts';

export function useAgreementVersions(collaborationId: string) {
  return useQuery({
    queryKey: collaborationKeys.versions(collaborationId),
    queryFn: () => listAgreementVersions(collaborationId),
    select: (d) => [...d.items].sort((a, b) => b.version - a.version),
  });
}

export function useAgreementVersion(collaborationId: string, version: number | null) {
  return useQuery({
    queryKey: collaborationKeys.version(collaborationId, version ?? 0),
    queryFn: () => getAgreementVersion(collaborationId, version ?? 0),
    enabled: version !== null,
  });
}

/** After a version changes, the list, the collaboration (it may become active) and its ledger move too. */
function useStoreVersion(collaborationId: string) {
  const queryClient = useQueryClient();
  return (version: AgreementVersion) => {
    queryClient.setQueryData(collaborationKeys.version(collaborationId, version.version), version);
    void queryClient.invalidateQueries({ queryKey: collaborationKeys.versions(collaborationId), exact: true });
    void queryClient.invalidateQueries({ queryKey: collaborationKeys.one(collaborationId), exact: true });
    void queryClient.invalidateQueries({ queryKey: collaborationKeys.all, exact: true });
    void queryClient.invalidateQueries({ queryKey: ['ledgers'] });
  };
}

export function useSaveAgreementDraft(collaborationId: string) {
  const store = useStoreVersion(collaborationId);
  return useMutation({
    mutationFn: (content: AgreementContent) => saveAgreementDraft(collaborationId, content),
    onSuccess: store,
  });
}

export function useProposeAgreement(collaborationId: string) {
  const store = useStoreVersion(collaborationId);
  return useMutation({
    mutationFn: (version: number) => proposeAgreementVersion(collaborationId, version),
    onSuccess: store,
  });
}

export function useSignAgreement(collaborationId: string) {
  const store = useStoreVersion(collaborationId);
  return useMutation({
    mutationFn: ({ version, orgId, contentHash }: { version: number; orgId: string; contentHash: string }) =>
      signAgreementVersion(collaborationId, version, orgId, contentHash),
    onSuccess: store,
  });
}

export function useAgreementDiff(collaborationId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: collaborationKeys.diff(collaborationId, from ?? 0, to ?? 0),
    queryFn: () => diffAgreementVersions(collaborationId, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null && from !== to,
    select: (d) => d.changes,
  });
}

/** SHA-256 of the canonical bytes, computed here rather than taken from the server. */
export function useCanonicalHash(collaborationId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: collaborationKeys.canonicalHash(collaborationId, version),
    queryFn: async () => {
      const problem = webCryptoProblem();
      if (problem) throw new Error(problem);
      const bytes = await fetchCanonicalAgreement(collaborationId, version);
      return { hash: await sha256Hex(bytes), byteLength: bytes.length };
    },
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

/** The version in effect, if any: its exit clause governs leaving. */
export function useEffectiveAgreement(collaborationId: string) {
  const versions = useAgreementVersions(collaborationId);
  const effective = versions.data?.find((v) => v.status === 'effective') ?? null;
  const version = useAgreementVersion(collaborationId, effective?.version ?? null);
  return { isPending: versions.isPending || (effective !== null && version.isPending), version: version.data ?? null };
}
