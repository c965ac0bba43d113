import {
  answerSlotBody,
  createMeetingBody,
  meetingCollaborationParams,
  meetingIntroductionParams,
  meetingListView,
  meetingParams,
  meetingSlotParams,
  meetingView,
  scheduleMeetingBody,
} from '../../../common/meetings.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import { attachmentDisposition } from './documents.fileNames.ts';
import { meetingInvitation } from './meetings.invitation.ts';
import * as meetings from './meetings.service.ts';

const tags = ['meetings'];
const user = { auth: 'user' } as const;

export function registerMeetingRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/collaborations/:collaborationId/meetings',
    {
      config: user,
      schema: {
        tags,
        description: 'Propose a meeting with 1 to 10 possible start times (in the future)',
        params: meetingCollaborationParams,
        body: createMeetingBody,
        response: { 201: meetingView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await meetings.proposeCollaborationMeeting(deps, requireActor(req), req.params.collaborationId, req.body),
        ),
  );
  app.get(
    '/api/v1/collaborations/:collaborationId/meetings',
    { config: user, schema: { tags, params: meetingCollaborationParams, response: { 200: meetingListView } } },
    async (req) => meetings.listCollaborationMeetings(deps, requireActor(req), req.params.collaborationId),
  );
  app.post(
    '/api/v1/introductions/:introductionId/meetings',
    {
      config: user,
      schema: {
        tags,
        description: 'Propose a first meeting between the two organizations of an accepted introduction',
        params: meetingIntroductionParams,
        body: createMeetingBody,
        response: { 201: meetingView },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await meetings.proposeIntroductionMeeting(deps, requireActor(req), req.params.introductionId, req.body)),
  );
  app.get(
    '/api/v1/introductions/:introductionId/meetings',
    { config: user, schema: { tags, params: meetingIntroductionParams, response: { 200: meetingListView } } },
    async (req) => meetings.listIntroductionMeetings(deps, requireActor(req), req.params.introductionId),
  );
  app.get(
    '/api/v1/meetings/:meetingId',
    {
      config: user,
      schema: {
        tags,
        description: "A meeting's slots with everyone's answers",
        params: meetingParams,
        response: { 200: meetingView },
      },
    },
    async (req) => meetings.getMeeting(deps, requireActor(req), req.params.meetingId),
  );
  app.put(
    '/api/v1/meetings/:meetingId/slots/:slotId/answer',
    {
      config: user,
      schema: {
        tags,
        description: 'Say whether you can make this time',
        params: meetingSlotParams,
        body: answerSlotBody,
        response: { 200: meetingView },
      },
    },
    async (req) =>
      meetings.answerSlot(deps, requireActor(req), req.params.meetingId, req.params.slotId, req.body.answer),
  );
  app.post(
    '/api/v1/meetings/:meetingId/schedule',
    {
      config: user,
      schema: {
        tags,
        description: 'Pick the time (its proposer, or an owner or admin of a taking-part organization)',
        params: meetingParams,
        body: scheduleMeetingBody,
        response: { 200: meetingView },
      },
    },
    async (req) => meetings.scheduleMeeting(deps, requireActor(req), req.params.meetingId, req.body.slotId),
  );
  app.post(
    '/api/v1/meetings/:meetingId/cancel',
    { config: user, schema: { tags, params: meetingParams, response: { 200: meetingView } } },
    async (req) => meetings.cancelMeeting(deps, requireActor(req), req.params.meetingId),
  );
  app.get(
    '/api/v1/meetings/:meetingId/invitation.ics',
    {
      config: user,
      schema: {
        tags,
        description: 'The iCalendar (RFC 5545) invitation of a scheduled meeting',
        params: meetingParams,
      },
    },
    async (req, reply) => {
      const { fileName, calendar } = await meetingInvitation(deps, requireActor(req), req.params.meetingId);
      return reply
        .header('Content-Type', 'text/calendar; charset=utf-8')
        .header('Content-Disposition', attachmentDisposition(fileName))
        .header('Cache-Control', 'private, no-store')
        .send(calendar);
    },
  );
}
