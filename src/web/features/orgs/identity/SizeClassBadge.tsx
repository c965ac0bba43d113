import { Badge } from '@mantine/core';
import type { SizeClass } from '../../../../common/vocabulary.ts';
import { Hint } from '../../../components/Hint.tsx';
import { sizeClassLabels } from '../../../components/vocabularyLabels.ts';

const colors: Record<SizeClass, string> = { micro: 'cyan', small: 'indigo', medium: 'violet', large: 'orange' };

export function SizeClassBadge({
  sizeClass,
  size = 'sm',
}: {
  sizeClass: SizeClass | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  if (!sizeClass) {
    return (
      <Hint label="Enter the number of employees to derive the size class">
        <Badge color="gray" variant="outline" size={size}>
          Size unknown
        </Badge>
      </Hint>
    );
  }
  return (
    <Hint label="EU SME definition (Recommendation 2003/361), from employees and turnover">
      <Badge color={colors[sizeClass]} variant="light" size={size} data-testid="size-class-badge">
        {sizeClassLabels[sizeClass]} enterprise
      </Badge>
    </Hint>
  );
}
