import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestApp } from './testing/testApp.ts';

const t = await createTestApp();

test('the OpenAPI document validates against the OpenAPI 3.1 schema', async () => {
  const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
  const document = response.json() as { openapi: string };
  assert.equal(document.openapi, '3.1.0');
  const validator = new Validator();
  const result = await validator.validate(document);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2)?.slice(0, 2000));
});

test('/docs renders the API documentation', async () => {
  const response = await t.request({ method: 'GET', url: '/docs/' });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /swagger/i);
});
