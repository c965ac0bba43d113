import assert from 'node:assert/strict';
import { test } from 'node:test';
import { communityCirclePositions } from './communityLayout.ts';

function centroid(positions: Float32Array, indexes: number[]) {
  const x = indexes.reduce((sum, i) => sum + positions[2 * i]!, 0) / indexes.length;
  const y = indexes.reduce((sum, i) => sum + positions[2 * i + 1]!, 0) / indexes.length;
  return { x, y };
}

test('ranks communities by size, largest first, ties broken by id', () => {
  const { communityRank } = communityCirclePositions([2, 2, 2, 0, 1, 1, 0]);
  assert.deepEqual(
    [...communityRank.entries()],
    [
      [2, 0],
      [0, 1],
      [1, 2],
    ],
  );
});

test('members of a community sit closer to their own centre than to another community’s', () => {
  const communities = [...Array(60).fill(0), ...Array(40).fill(1), ...Array(25).fill(2)] as number[];
  const { positions } = communityCirclePositions(communities);
  const indexesOf = (c: number) => communities.flatMap((value, i) => (value === c ? [i] : []));
  const centres = [0, 1, 2].map((c) => centroid(positions, indexesOf(c)));
  for (let i = 0; i < communities.length; i++) {
    const own = communities[i]!;
    const distance = (c: number) =>
      Math.hypot(positions[2 * i]! - centres[c]!.x, positions[2 * i + 1]! - centres[c]!.y);
    for (const other of [0, 1, 2].filter((c) => c !== own)) {
      assert.ok(distance(own) < distance(other), `member ${i} of community ${own} is nearer community ${other}`);
    }
  }
});

test('no two members share a position', () => {
  const { positions } = communityCirclePositions(Array.from({ length: 500 }, (_, i) => i % 7));
  const seen = new Set<string>();
  for (let i = 0; i < 500; i++) seen.add(`${positions[2 * i]!.toFixed(4)},${positions[2 * i + 1]!.toFixed(4)}`);
  assert.equal(seen.size, 500);
});
