import { useMutation, useQuery } from '@tanstack/react-query';
import { exportLedger, getInclusionProof, getLedgerTreeHead, listLedgerEntries } from '../../api/ledger.ts';
import { verifyLedgerInBrowser } from './verifyLedgerInBrowser.ts';

export const ledgerKeys = {
  entries: (ledgerId: string) => ['ledgers', ledgerId, 'entries'] as const,
  treeHead: (ledgerId: string) => ['ledgers', ledgerId, 'tree-head'] as const,
};

export function useLedgerEntries(ledgerId: string) {
  return useQuery({ queryKey: ledgerKeys.entries(ledgerId), queryFn: () => listLedgerEntries(ledgerId) });
}

export function useLedgerTreeHead(ledgerId: string) {
  return useQuery({ queryKey: ledgerKeys.treeHead(ledgerId), queryFn: () => getLedgerTreeHead(ledgerId) });
}

/** Downloads the whole log and re-checks it here; the server's own verdict is never asked for. */
export function useVerifyLedger(ledgerId: string) {
  return useMutation({
    mutationFn: async ({ inclusionSequence }: { inclusionSequence?: number }) => {
      const log = await exportLedger(ledgerId);
      return verifyLedgerInBrowser(log, {
        inclusionSequence,
        fetchInclusionProof: (sequence, treeSize) => getInclusionProof(ledgerId, sequence, treeSize),
      });
    },
  });
}
