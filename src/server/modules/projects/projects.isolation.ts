import assert from 'node:assert/strict';
import type { IsolationSamples } from '../../http/isolationSamples.ts';
import { json } from '../../testing/factories.ts';

// Projects, tasks and threads of the owner's collaboration, for the route-walking isolation test.
export const projectSamples: IsolationSamples = {
  async setup({ t, owner, ids }) {
    const post = async (url: string, payload: object) => {
      const response = await t.request({ method: 'POST', url, as: owner, payload });
      assert.equal(response.statusCode, 201, response.body);
      return json<{ id: string }>(response).id;
    };
    const projectId = await post(`/api/v1/collaborations/${ids.collaborationId}/projects`, { name: 'Hidden project' });
    const milestoneId = await post(`/api/v1/projects/${projectId}/milestones`, { title: 'Hidden milestone' });
    const taskId = await post(`/api/v1/projects/${projectId}/tasks`, { title: 'Hidden task', ownerOrgId: ids.orgId });
    const threadId = await post(`/api/v1/collaborations/${ids.collaborationId}/threads`, { title: 'Hidden thread' });
    const messageId = await post(`/api/v1/threads/${threadId}/messages`, { body: 'Hidden message' });
    return { projectId, milestoneId, taskId, threadId, messageId };
  },
  bodies: {
    'POST /api/v1/collaborations/:collaborationId/projects': () => ({ name: 'Sneaky' }),
    'PATCH /api/v1/projects/:projectId': () => ({ name: 'Renamed' }),
    'POST /api/v1/projects/:projectId/milestones': () => ({ title: 'Sneaky' }),
    'PATCH /api/v1/milestones/:milestoneId': () => ({ title: 'Renamed' }),
    'POST /api/v1/projects/:projectId/tasks': (ids) => ({ title: 'Sneaky', ownerOrgId: ids.orgId }),
    'PATCH /api/v1/tasks/:taskId': () => ({ title: 'Renamed' }),
    'POST /api/v1/collaborations/:collaborationId/threads': () => ({ title: 'Sneaky' }),
    'POST /api/v1/threads/:threadId/messages': () => ({ body: 'Sneaky' }),
    'PATCH /api/v1/messages/:messageId': () => ({ body: 'Edited' }),
    'POST /api/v1/threads/:threadId/read': () => undefined,
  },
};
