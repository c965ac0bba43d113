import { useSearchParams } from 'react-router';
import type { Collaboration } from '../../api/collaborations.ts';
import { ProjectBoard } from './ProjectBoard.tsx';
import { ProjectsList } from './ProjectsList.tsx';

/** Projects of the collaboration; `?project=` opens one project's board and `&task=` one of its tasks. */
export function WorkTab({ collaboration }: { collaboration: Collaboration }) {
  const [params] = useSearchParams();
  const projectId = params.get('project');
  return projectId ? (
    <ProjectBoard collaboration={collaboration} projectId={projectId} />
  ) : (
    <ProjectsList collaboration={collaboration} />
  );
}
