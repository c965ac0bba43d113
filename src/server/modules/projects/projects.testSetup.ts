import assert from 'node:assert/strict';
import { createAlliance, type Alliance } from '../../testing/collaborationFactories.ts';
import { createOrg, json, signUp, type TestUser } from '../../testing/factories.ts';
import type { Session, TestApp } from '../../testing/testApp.ts';

export interface Workspace extends Alliance {
  // A viewer of Bob's organization: reads joint work, cannot change it.
  viewer: TestUser;
  // Has an organization of their own, not a party.
  outsider: TestUser;
  projectId: string;
}

export async function addMember(t: TestApp, owner: Session, orgId: string, role: 'member' | 'viewer', name: string) {
  const user = await signUp(t, name);
  const invited = await t.request({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/invitations`,
    as: owner,
    payload: { email: user.email, role },
  });
  assert.equal(invited.statusCode, 201, invited.body);
  const token = json<{ link: string }>(invited).link.split('/invitations/')[1]!;
  const accepted = await t.request({ method: 'POST', url: '/api/v1/invitations/accept', as: user, payload: { token } });
  assert.ok(accepted.statusCode < 300, accepted.body);
  return user;
}

export async function createWorkspace(t: TestApp): Promise<Workspace> {
  const alliance = await createAlliance(t);
  const viewer = await addMember(t, alliance.bob, alliance.bobOrg.id, 'viewer', 'Vera Viewer');
  const outsider = await signUp(t, 'Olga Outsider');
  await createOrg(t, outsider, { name: 'Outsider Ltd' });
  const project = await t.request({
    method: 'POST',
    url: `/api/v1/collaborations/${alliance.collaborationId}/projects`,
    as: alliance.alice,
    payload: { name: 'Launch', description: 'Breakfast bundles launch' },
  });
  assert.equal(project.statusCode, 201, project.body);
  return { ...alliance, viewer, outsider, projectId: json<{ id: string }>(project).id };
}

export async function createTask(t: TestApp, as: Session, projectId: string, body: Record<string, unknown>) {
  const response = await t.request({ method: 'POST', url: `/api/v1/projects/${projectId}/tasks`, as, payload: body });
  assert.equal(response.statusCode, 201, response.body);
  return json<TaskJson>(response);
}

export interface TaskJson {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  blocked: boolean;
  assignee: { userId: string; name: string } | null;
  ownerOrg: { orgId: string; name: string };
  raci: { userId: string; role: string; name: string }[];
  dependsOn: { taskId: string; title: string; status: string }[];
  abilities: { edit: boolean; delete: boolean };
}
