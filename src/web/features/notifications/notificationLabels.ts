import type { EmailMode, NotificationKind } from '../../../common/notifications.ts';

export const notificationKindLabels: Record<NotificationKind, { label: string; hint: string }> = {
  task_assigned: { label: 'Tasks assigned to me', hint: 'Someone gives you a task' },
  task_updated: { label: 'Task changes', hint: 'Status, due date or owner of your tasks' },
  message: { label: 'Thread messages', hint: 'New messages in threads you follow' },
  mention: { label: 'Mentions', hint: 'Someone @mentions you' },
  document: { label: 'Documents', hint: 'New documents and versions' },
  meeting: { label: 'Meetings', hint: 'Proposed slots and confirmed meetings' },
  introduction: { label: 'Introductions', hint: 'Requests to meet and their answers' },
  collaboration: { label: 'Collaborations', hint: 'Invitations, agreements and signatures' },
  analytics: { label: 'Network analytics', hint: 'Finished network reports' },
};

export const emailModeLabels: Record<EmailMode, { label: string; hint: string }> = {
  instant: { label: 'Right away', hint: 'One e-mail per notification, as it happens' },
  digest: { label: 'Daily digest', hint: 'One e-mail a day at 07:00 UTC with what you have not read' },
  off: { label: 'Never', hint: 'Only in Synergia' },
};

export function kindLabel(kind: string): string {
  return (notificationKindLabels as Record<string, { label: string } | undefined>)[kind]?.label ?? kind;
}

// Short, relative times for a list ("5 min ago"); the full date is in the title attribute.
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
