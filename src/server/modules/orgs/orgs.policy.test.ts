import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, orgAbilities } from './orgs.policy.ts';

test('roles grant rights in order: owner ⊃ admin ⊃ member ⊃ viewer', () => {
  assert.deepEqual(orgAbilities('owner'), { edit: true, manageMembers: true });
  assert.deepEqual(orgAbilities('admin'), { edit: true, manageMembers: true });
  assert.deepEqual(orgAbilities('member'), { edit: true, manageMembers: false });
  assert.deepEqual(orgAbilities('viewer'), { edit: false, manageMembers: false });
  assert.deepEqual(orgAbilities(null), { edit: false, manageMembers: false });
  assert.equal(can('admin', 'grantOwner'), false);
  assert.equal(can('owner', 'grantOwner'), true);
  assert.equal(can('viewer', 'view'), true);
});
