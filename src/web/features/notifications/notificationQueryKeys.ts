// Everything under ['notifications'] refreshes when a live 'notification' event arrives.
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', { unreadOnly }] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  preferences: ['notifications', 'preferences'] as const,
  outbox: ['notifications', 'outbox'] as const,
};
