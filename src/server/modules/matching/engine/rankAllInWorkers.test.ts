import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoProfiles } from './fixtures.ts';
import { buildMatchIndex } from './matchIndex.ts';
import { rankAllInWorkers } from './rankAllInWorkers.ts';
import { rankTopIds } from './rankPartners.ts';

describe('rankAllInWorkers', () => {
  it('gives the same top 10 on two workers as on the main thread', async () => {
    const index = buildMatchIndex(demoProfiles(3000));
    const queries = Array.from({ length: 400 }, (_, q) => (q * 17) % 3000);
    const batch = await rankAllInWorkers(index, 10, 2, { queries, chunk: 16 });
    assert.equal(
      batch.perWorker.reduce((a, b) => a + b, 0),
      queries.length,
    );
    queries.forEach((org, q) => {
      const expected = rankTopIds(index, { org });
      const orgs = Array.from(batch.orgs.subarray(q * 10, q * 10 + 10));
      const scores = Array.from(batch.scores.subarray(q * 10, q * 10 + 10));
      assert.deepEqual(
        orgs,
        expected.map((r) => r.org),
        `org ${org}`,
      );
      assert.deepEqual(
        scores,
        expected.map((r) => r.score),
      );
    });
  });
});
