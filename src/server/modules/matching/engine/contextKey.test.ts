import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { otherContextBound, otherContextScore } from './candidateContext.ts';
import { KEY_NO_CULTURE } from './contextRow.ts';
import { demoProfiles, profile } from './fixtures.ts';
import { buildMatchIndex, type MatchIndex } from './matchIndex.ts';
import { createQueryContext, type MatchQuery } from './queryContext.ts';

/** For every pair (asker, candidate) of `askers` × all: the bound and the score it bounds. */
function pairs(index: MatchIndex, askers: number[], query: Omit<MatchQuery, 'org'> = {}) {
  const result: Array<{ bound: number; score: number; weights: number }> = [];
  for (const org of askers) {
    const ctx = createQueryContext(index, { ...query, org });
    const w = ctx.weights;
    const weights = w.strategic + w.values + w.operational + w.risk + w.culture + w.trust;
    for (let c = 0; c < index.orgCount; c++) {
      if (c !== org) result.push({ bound: otherContextBound(ctx, c), score: otherContextScore(ctx, c), weights });
    }
  }
  return result;
}

describe('context keys', () => {
  it('bound the six context components above from the keys alone, and closely', () => {
    const index = buildMatchIndex(demoProfiles(400));
    const askers = Array.from({ length: 20 }, (_, q) => (q * 37 + 1) % 400);
    for (const query of [{ weights: { values: 0.5, trust: 0.3, culture: 0.01 } }, { weights: { strategic: 1 } }]) {
      for (const { bound, score } of pairs(index, askers, query))
        assert.ok(bound >= score - 1e-12, `${bound} < ${score}`);
    }
    const all = pairs(index, askers);
    for (const { bound, score } of all) assert.ok(bound >= score - 1e-12, `${bound} < ${score}`);
    // With the default weights: only values, the systems' share of operational fit and trust's
    // rounding are bounded rather than scored, so the bound stays close and well under its maximum.
    const meanGap = all.reduce((sum, { bound, score }) => sum + bound - score, 0) / all.length;
    assert.ok(meanGap < 0.05, `mean gap ${meanGap}`);
    assert.ok(all.filter(({ bound, weights }) => bound < 0.9 * weights).length > all.length / 2);
  });

  it('still bound where a field does not fit its bits: risk out of range, more cultures than the key holds', () => {
    const cultures = KEY_NO_CULTURE + 20;
    const profiles = Array.from({ length: cultures }, (_, n) =>
      profile(`org-${n}`, {
        riskAppetite: n % 3 === 0 ? 200 : 1 + (n % 5),
        digitalMaturity: n % 4 === 0 ? 99 : 1 + (n % 5),
        culture: { pdi: n % 100, idv: Math.floor(n / 100), mas: 70, uai: 75, lto: 61, ivr: 30 },
        trust: { verified: n % 2 === 0, ratingSum: n % 7, ratingCount: 7 },
      }),
    );
    const index = buildMatchIndex(profiles);
    assert.ok(index.cultures.keys.length > KEY_NO_CULTURE);
    for (const { bound, score } of pairs(index, [0, 1, 2, 7, cultures - 1])) {
      assert.ok(bound >= score - 1e-12, `${bound} < ${score}`);
    }
  });
});
