import { Badge } from '@mantine/core';
import type { Visibility } from '../../common/vocabulary.ts';
import { Hint } from './Hint.tsx';
import { visibilityHints } from './vocabularyLabels.ts';

const colors: Record<Visibility, string> = { public: 'teal', network: 'blue', private: 'gray' };
const shortLabels: Record<Visibility, string> = { public: 'Public', network: 'Network', private: 'Private' };

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return (
    <Hint label={visibilityHints[visibility]}>
      <Badge color={colors[visibility]} variant="light" size="sm" data-testid="visibility-badge" miw="max-content">
        {shortLabels[visibility]}
      </Badge>
    </Hint>
  );
}
