import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoProfiles } from './fixtures.ts';
import { markerLists } from './markerLists.ts';
import { buildMatchIndex } from './matchIndex.ts';
import { createQueryContext } from './queryContext.ts';
import { BLOCK, makePlan, ONLY_A, ONLY_B, scratchFor } from './searchPlan.ts';
import { walkTiled } from './tiledWalk.ts';

describe('marker lists of the one-sided walks', () => {
  // More organizations than one tile, so that lists are walked across tiles.
  const index = buildMatchIndex(demoProfiles(BLOCK + 1904));

  /** One side's walk for `org` with the least complementarity worth filing at `minComp`. */
  function walkOneSide(org: number, side: 0 | 1, minComp: number, useMarkers: boolean) {
    const plan = makePlan(createQueryContext(index, { org }), scratchFor(index));
    plan.minComp = minComp;
    const tagLists = plan.tagLists.filter((list) => list.side === side);
    const termLists = plan.essential.filter((list) => list.side === side);
    const markers = useMarkers ? markerLists(plan, side, tagLists, termLists) : null;
    walkTiled(plan, side === 0 ? 'onlyA' : 'onlyB', tagLists, termLists, markers);
    const met = plan.s.met[side === 0 ? ONLY_A : ONLY_B];
    assert.ok(met !== undefined);
    const filed = Array.from({ length: met.count }, (_, p) => `${met.ids[p]}:${met.a[p]}:${met.b[p]}`).sort();
    const leftOut = markers === null ? 0 : [...markers.tags, ...markers.terms].filter((marks) => !marks).length;
    return { filed, leftOut };
  }

  it('file exactly the candidates, with the same bounds, that walking every list files', () => {
    let leftOut = 0;
    let filed = 0;
    for (let q = 0; q < 25; q++) {
      const org = (q * 7919 + 5) % index.orgCount;
      for (const side of [0, 1] as const) {
        for (const minComp of [0.05, 0.12, 0.2, 0.3]) {
          const everyList = walkOneSide(org, side, minComp, false);
          const withMarkers = walkOneSide(org, side, minComp, true);
          assert.deepEqual(withMarkers.filed, everyList.filed, `org ${org}, side ${side}, minComp ${minComp}`);
          leftOut += withMarkers.leftOut;
          filed += everyList.filed.length;
        }
      }
    }
    // Neither check may pass for want of cases: lists were left out, and candidates were filed.
    assert.ok(leftOut > 0, 'no walk left a list out');
    assert.ok(filed > 0, 'no walk filed a candidate');
  });

  it('leave no list out while any complementarity can still rank', () => {
    const plan = makePlan(createQueryContext(index, { org: 3 }), scratchFor(index));
    plan.minComp = Number.NEGATIVE_INFINITY;
    assert.equal(markerLists(plan, 0, plan.tagLists, plan.essential), null);
    plan.minComp = 0;
    assert.equal(markerLists(plan, 1, plan.tagLists, plan.essential), null);
  });
});
