import { Badge, Tooltip } from '@mantine/core';
import type { Visibility } from '../../common/vocabulary.ts';
import { visibilityHints } from './vocabularyLabels.ts';

const colors: Record<Visibility, string> = { public: 'teal', network: 'blue', private: 'gray' };
const shortLabels: Record<Visibility, string> = { public: 'Public', network: 'Network', private: 'Private' };

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return (
    <Tooltip label={visibilityHints[visibility]} withArrow>
      <Badge color={colors[visibility]} variant="light" size="sm" data-testid="visibility-badge" miw="max-content">
        {shortLabels[visibility]}
      </Badge>
    </Tooltip>
  );
}
