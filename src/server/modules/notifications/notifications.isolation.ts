import type { IsolationSamples } from '../../http/isolationSamples.ts';
import { notify } from './notify.ts';

// The owner's own notification: an outsider must not be able to mark it read.
export const notificationSamples: IsolationSamples = {
  async setup({ t, owner }) {
    await notify(t.deps.db, { userIds: [owner.id], kind: 'message', title: 'For the owner only' });
    const response = await t.request({ method: 'GET', url: '/api/v1/me/notifications?limit=1', as: owner });
    const { items } = response.json<{ items: { id: string }[] }>();
    return { notificationId: items[0]!.id };
  },
  bodies: { 'POST /api/v1/me/notifications/:notificationId/read': () => undefined },
};
