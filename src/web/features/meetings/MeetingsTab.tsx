import type { Collaboration } from '../../api/collaborations.ts';
import { MeetingsPanel } from './MeetingsPanel.tsx';

export function MeetingsTab({ collaboration }: { collaboration: Collaboration }) {
  return <MeetingsPanel home={{ collaborationId: collaboration.id }} defaultTitle={`${collaboration.name}: meeting`} />;
}
