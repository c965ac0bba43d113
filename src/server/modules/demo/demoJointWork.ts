import type { AgreementContent } from '../../../common/agreement.ts';
import { createCollaborationBody } from '../../../common/collaborationSchemas.ts';
import { ratePartnerBody } from '../../../common/partnerRatings.ts';
import { createMeetingBody } from '../../../common/meetings.ts';
import { createMilestoneBody, createProjectBody, createTaskBody, createThreadBody } from '../../../common/projects.ts';
import { orgMembers, users } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { findUserByEmail } from '../auth/auth.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import { getVersion, editDraft, proposeVersion, signVersion } from '../collaborations/agreements.service.ts';
import { createCollaboration } from '../collaborations/collaborations.service.ts';
import { respondToInvitation } from '../collaborations/parties.service.ts';
import { ratePartner } from '../collaborations/ratings.service.ts';
import { uploadDocument } from '../projects/documents.service.ts';
import { answerSlot, proposeCollaborationMeeting } from '../projects/meetings.service.ts';
import { createMilestone, createProject } from '../projects/projects.service.ts';
import { createTask, updateTask } from '../projects/tasks.service.ts';
import { postMessage } from '../projects/threads.messages.service.ts';
import { createThread, getTaskThread } from '../projects/threads.service.ts';

// A lived-in collaboration for the demo: the demo user's organization and a partner (with a login of
// its own, to see the other side) have signed an alliance and work on a project — tasks across both
// organizations (one overdue, one blocked), a thread, a shared document and a meeting being planned.
// Everything goes through the same use-cases as the API, so the ledger, activity feed and
// notifications are those a real collaboration would have.

export const demoPartnerLogin = {
  email: 'partner@synergia.local',
  password: 'synergia-demo-2026',
  name: 'Piet Partner',
} as const;

const day = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function ensurePartnerUser(deps: Deps, orgId: string): Promise<string> {
  const existing = await findUserByEmail(deps.db, demoPartnerLogin.email);
  const userId =
    existing?.id ??
    (
      await deps.db
        .insert(users)
        .values({
          email: demoPartnerLogin.email,
          name: demoPartnerLogin.name,
          passwordHash: await hashPassword(demoPartnerLogin.password),
        })
        .returning({ id: users.id })
    )[0]!.id;
  await deps.db.insert(orgMembers).values({ orgId, userId, role: 'owner' }).onConflictDoNothing();
  return userId;
}

function agreementFor(content: AgreementContent, demoOrgId: string, partnerOrgId: string): AgreementContent {
  return {
    ...content,
    objectives: [
      {
        id: 'o1',
        text: 'Deliver breakfast bundles to offices in the region',
        metric: 'bundles delivered',
        target: 400,
        unit: 'bundles/month',
        ownerOrgId: demoOrgId,
        deadline: '2027-06-30',
      },
    ],
    contributions: [
      {
        partyOrgId: demoOrgId,
        kind: 'hours',
        resourceId: null,
        description: 'Delivery rounds and route planning',
        amount: 300,
        unit: 'h',
        declaredValue: 9000,
      },
      {
        partyOrgId: partnerOrgId,
        kind: 'money',
        resourceId: null,
        description: 'Packaging and launch marketing',
        amount: 6000,
        unit: 'EUR',
        declaredValue: 6000,
      },
    ],
  };
}

async function signAlliance(deps: Deps, demo: Actor, partner: Actor, ids: DemoJointWorkInput) {
  const collaboration = await createCollaboration(
    deps,
    demo,
    createCollaborationBody.parse({
      name: 'Breakfast bundles for offices',
      description: 'Fresh breakfast delivered to offices before 9: our rounds, their packaging and marketing.',
      kind: 'strategic_alliance',
      networkId: ids.networkId,
      initiatorOrgId: ids.demoOrgId,
      partyOrgIds: [ids.partnerOrgId],
    }),
  );
  await respondToInvitation(deps, partner, collaboration.id, ids.partnerOrgId, true);
  const draft = await getVersion(deps, demo, collaboration.id, 1);
  await editDraft(deps, demo, collaboration.id, agreementFor(draft.content, ids.demoOrgId, ids.partnerOrgId));
  const proposed = await proposeVersion(deps, demo, collaboration.id, 1);
  const contentHash = proposed.contentHash!;
  await signVersion(deps, demo, collaboration.id, 1, { orgId: ids.demoOrgId, contentHash });
  await signVersion(deps, partner, collaboration.id, 1, { orgId: ids.partnerOrgId, contentHash });
  return collaboration.id;
}

export interface DemoJointWorkInput {
  demoUserId: string;
  demoOrgId: string;
  partnerOrgId: string;
  networkId: string;
}

export async function loadDemoJointWork(deps: Deps, ids: DemoJointWorkInput): Promise<{ collaborationId: string }> {
  const partnerUserId = await ensurePartnerUser(deps, ids.partnerOrgId);
  const demo: Actor = { userId: ids.demoUserId, via: 'session' };
  const partner: Actor = { userId: partnerUserId, via: 'session' };
  const collaborationId = await signAlliance(deps, demo, partner, ids);
  const now = deps.now();
  await ratePartner(
    deps,
    partner,
    collaborationId,
    ratePartnerBody.parse({
      raterOrgId: ids.partnerOrgId,
      ratedOrgId: ids.demoOrgId,
      score: 5,
      comment: 'Punctual morning rounds, and they plan the routes with us.',
    }),
  );

  const project = await createProject(
    deps,
    demo,
    collaborationId,
    createProjectBody.parse({ name: 'Pilot with three office parks', description: 'Four weeks, then we decide.' }),
  );
  const milestone = await createMilestone(
    deps,
    demo,
    project.id,
    createMilestoneBody.parse({
      title: 'First 100 bundles',
      dueDate: isoDay(new Date(now.getTime() + 21 * day)),
      objectiveClauseId: 'o1',
    }),
  );
  const task = (input: Record<string, unknown>, as: Actor = demo) =>
    createTask(deps, as, project.id, createTaskBody.parse({ milestoneId: milestone.id, ...input }));
  const routes = await task({
    title: 'Plan the morning delivery routes',
    ownerOrgId: ids.demoOrgId,
    assigneeUserId: ids.demoUserId,
    status: 'in_progress',
    dueDate: isoDay(new Date(now.getTime() + 5 * day)),
  });
  const packaging = await task(
    {
      title: 'Order compostable packaging',
      ownerOrgId: ids.partnerOrgId,
      assigneeUserId: partnerUserId,
      dueDate: isoDay(new Date(now.getTime() - 2 * day)),
      raci: [{ userId: ids.demoUserId, role: 'informed' }],
    },
    partner,
  );
  await task({
    title: 'First delivery to Park Noord',
    ownerOrgId: ids.demoOrgId,
    dueDate: isoDay(new Date(now.getTime() + 14 * day)),
    dependsOn: [routes.id, packaging.id],
  });
  const flyer = await task({ title: 'Agree on the launch flyer', ownerOrgId: ids.partnerOrgId }, partner);
  await updateTask(deps, partner, flyer.id, { status: 'done' });

  const thread = await getTaskThread(deps, partner, packaging.id);
  await postMessage(deps, partner, thread.id, {
    body: 'The supplier needs one more week for the compostable boxes. Can the first round start with paper bags?',
    mentionedUserIds: [],
  });
  await createThread(
    deps,
    demo,
    collaborationId,
    createThreadBody.parse({
      title: 'Which office parks first?',
      body: 'Park Noord has 1 200 employees and a reception that takes deliveries from 7:30. Shall we start there?',
    }),
  );
  await uploadDocument(deps, partner, { collaborationId, taskId: packaging.id }, async () => ({
    fileName: 'Packaging quote.csv',
    bytes: Buffer.from('item,quantity,unit price EUR\ncompostable box,2000,0.42\npaper bag,2000,0.08\n'),
  }));
  const meeting = await proposeCollaborationMeeting(
    deps,
    demo,
    collaborationId,
    createMeetingBody.parse({
      title: 'Pilot kick-off',
      location: 'Park Noord reception',
      durationMinutes: 45,
      slots: [3, 4].map((days) =>
        new Date(Math.ceil((now.getTime() + days * day) / day) * day + 9 * 3_600_000).toISOString(),
      ),
    }),
  );
  await answerSlot(deps, partner, meeting.id, meeting.slots[0]!.id, 'yes');
  return { collaborationId };
}
