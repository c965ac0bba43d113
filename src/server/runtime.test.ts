import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from './runtime.ts';

test('invitation secrets are cut from logged URLs', () => {
  assert.equal(redactSecrets('/api/v1/invitations/AbCdEf0123456789xyz'), '/api/v1/invitations/AbCdEf…');
  assert.equal(redactSecrets('/invitations/AbCdEf0123456789xyz?x=1'), '/invitations/AbCdEf…?x=1');
  assert.equal(redactSecrets('/api/v1/orgs/123'), '/api/v1/orgs/123');
});
