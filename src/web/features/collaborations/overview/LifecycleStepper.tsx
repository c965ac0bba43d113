import { Stepper } from '@mantine/core';
import type { CollaborationState } from '../../../../common/collaboration.ts';
import type { Collaboration } from '../../../api/collaborations.ts';
import { stateLabels } from '../collaborationLabels.ts';

const path: CollaborationState[] = ['proposed', 'negotiating', 'active', 'under_review', 'completed'];
const descriptions: Partial<Record<CollaborationState, string>> = {
  proposed: 'Partners invited',
  negotiating: 'Drafting the agreement',
  active: 'Every party signed',
  under_review: 'If the parties review it',
  completed: 'or terminated',
};

/** proposed → negotiating → active → under review → completed | terminated; a termination ends the path early. */
export function LifecycleStepper({ collaboration }: { collaboration: Collaboration }) {
  const { state, transitions } = collaboration;
  let steps = path;
  if (state === 'terminated') {
    const visited = [...new Set(transitions.map((t) => t.to))].filter((s) => s !== 'terminated');
    steps = [...visited, 'terminated'];
  }
  const active = state === 'completed' || state === 'terminated' ? steps.length : steps.indexOf(state);
  return (
    <Stepper active={active} size="sm" data-testid="lifecycle-stepper" allowNextStepsSelect={false}>
      {steps.map((step) => (
        <Stepper.Step
          key={step}
          label={stateLabels[step]}
          description={state === 'terminated' ? undefined : descriptions[step]}
          color={step === 'terminated' ? 'red' : undefined}
        />
      ))}
    </Stepper>
  );
}
