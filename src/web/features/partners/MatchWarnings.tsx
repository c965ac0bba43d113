import { Alert, Stack } from '@mantine/core';
import type { MatchWarning } from '../../api/matching.ts';

const titles: Record<string, string> = {
  size_asymmetry: 'Size gap',
  dependence: 'Single source of a critical input',
  lock_in: 'Inside your own cluster',
};

/** The seeds' asymmetric-synergy risks, as yellow alerts. */
export function MatchWarnings({ warnings }: { warnings: MatchWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Stack gap={6}>
      {warnings.map((warning) => (
        <Alert
          key={warning.kind}
          color="yellow"
          variant="light"
          title={titles[warning.kind] ?? 'Watch out'}
          p="xs"
          data-testid="match-warning"
          data-kind={warning.kind}
        >
          {warning.text}
        </Alert>
      ))}
    </Stack>
  );
}
