import assert from 'node:assert/strict';
import { test } from 'node:test';
import { communityColor, rankScale, sequentialColor } from './colorScale.ts';

test('the sequential scale runs from its pale first stop to its deep last stop and clamps outside', () => {
  assert.equal(sequentialColor(0), '#c6dbef');
  assert.equal(sequentialColor(1), '#c02626');
  assert.equal(sequentialColor(-3), '#c6dbef');
  assert.equal(sequentialColor(7), '#c02626');
  assert.equal(sequentialColor(Number.NaN), '#c6dbef');
  // Halfway between stop 1 (#6baed6) and stop 2 (#2171b5) at t = 0.375.
  assert.equal(sequentialColor(0.375), '#4690c6');
});

test('a rank scale places values by rank, gives ties the same position and keeps nulls null', () => {
  const scale = rankScale([10, null, 0, 1000, 5, 5]);
  assert.equal(scale.min, 0);
  assert.equal(scale.max, 1000);
  assert.equal(scale.median, 5);
  assert.equal(scale.position(0), 0);
  assert.equal(scale.position(1000), 1);
  assert.equal(scale.position(5), 1.5 / 4);
  assert.equal(scale.position(10), 3 / 4);
  assert.equal(scale.position(null), null);
});

test('a rank scale over one value puts it in the middle', () => {
  assert.equal(rankScale([3]).position(3), 0.5);
});

test('community colours differ for the first sixteen ranks and then repeat', () => {
  const first = Array.from({ length: 16 }, (_, rank) => communityColor(rank));
  assert.equal(new Set(first).size, 16);
  assert.equal(communityColor(16), communityColor(0));
});
