import { Badge } from '@mantine/core';
import type { SizeClass } from '../../../../common/vocabulary.ts';
import { Hint } from '../../../components/Hint.tsx';
import { sizeClassLabels } from '../../../components/vocabularyLabels.ts';

const colors: Record<SizeClass, string> = { micro: 'cyan', small: 'indigo', medium: 'violet', large: 'orange' };

export function SizeClassBadge({
  sizeClass,
  size = 'sm',
  hintFocusable = true,
}: {
  sizeClass: SizeClass | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  /** False in long grids of cards (see Hint). */
  hintFocusable?: boolean;
}) {
  const hint = sizeClass
    ? 'EU SME definition (Recommendation 2003/361), from employees and turnover'
    : 'Enter the number of employees to derive the size class';
  return (
    <Hint label={hint} focusable={hintFocusable}>
      {sizeClass ? (
        <Badge color={colors[sizeClass]} variant="light" size={size} data-testid="size-class-badge">
          {sizeClassLabels[sizeClass]} enterprise
        </Badge>
      ) : (
        <Badge color="gray" variant="outline" size={size}>
          Size unknown
        </Badge>
      )}
    </Hint>
  );
}
