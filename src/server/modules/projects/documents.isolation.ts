import assert from 'node:assert/strict';
import type { IsolationSamples } from '../../http/isolationSamples.ts';
import { json } from '../../testing/factories.ts';
import { uploadTo } from './documents.testing.ts';

// A document and a meeting of the owner's collaboration, for the route-walking isolation test.
const meetingBody = () => ({
  title: 'Sneaky meeting',
  durationMinutes: 30,
  slots: [new Date(Date.now() + 7 * 86_400_000).toISOString()],
});

export const documentAndMeetingSamples: IsolationSamples = {
  async setup({ t, owner, ids }) {
    const uploaded = await uploadTo(
      t,
      owner,
      `/api/v1/collaborations/${ids.collaborationId}/documents`,
      'hidden.txt',
      'hidden',
    );
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const proposed = await t.request({
      method: 'POST',
      url: `/api/v1/collaborations/${ids.collaborationId}/meetings`,
      as: owner,
      payload: meetingBody(),
    });
    assert.equal(proposed.statusCode, 201, proposed.body);
    const meeting = json<{ id: string; slots: { id: string }[] }>(proposed);
    return { documentId: json<{ id: string }>(uploaded).id, meetingId: meeting.id, slotId: meeting.slots[0]!.id };
  },
  // Uploads are multipart; a JSON body still reaches the tenant check first (and then fails validation).
  bodies: {
    'POST /api/v1/collaborations/:collaborationId/documents': () => ({ file: 'not multipart' }),
    'POST /api/v1/documents/:documentId/versions': () => ({ file: 'not multipart' }),
    'POST /api/v1/collaborations/:collaborationId/meetings': meetingBody,
    'POST /api/v1/introductions/:introductionId/meetings': meetingBody,
    'PUT /api/v1/meetings/:meetingId/slots/:slotId/answer': () => ({ answer: 'yes' }),
    'POST /api/v1/meetings/:meetingId/schedule': (ids) => ({ slotId: ids.slotId }),
    'POST /api/v1/meetings/:meetingId/cancel': () => undefined,
  },
};
