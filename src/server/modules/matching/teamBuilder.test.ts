import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchTeam, type TeamCover } from './teamBuilder.ts';

function coverage(spec: Record<string, Record<string, number>>) {
  return new Map(
    Object.entries(spec).map(([id, needs]) => [
      id,
      new Map<string, TeamCover>(
        Object.entries(needs).map(([needId, score]) => [needId, { needId, needTitle: needId, offerTitle: id, score }]),
      ),
    ]),
  );
}

test('finds the smallest team where greedy set cover would take three', () => {
  // Greedy takes X (covers four needs) and then needs Y and Z; Y and Z alone cover all six.
  const spec = coverage({
    X: { n1: 0.9, n2: 0.9, n3: 0.9, n4: 0.9 },
    Y: { n1: 0.5, n2: 0.5, n5: 0.5 },
    Z: { n3: 0.5, n4: 0.5, n6: 0.5 },
  });
  assert.deepEqual(searchTeam(spec, ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'], 4).sort(), ['Y', 'Z']);
});

test('among teams of the smallest size, the better fit wins', () => {
  const spec = coverage({ A: { n1: 0.3 }, B: { n1: 0.8 }, C: { n2: 0.6 } });
  assert.deepEqual(searchTeam(spec, ['n1', 'n2'], 3).sort(), ['B', 'C']);
});

test('needs nobody covers are left out, and the size limit holds', () => {
  const spec = coverage({ A: { n1: 0.5 }, B: { n2: 0.5 }, C: { n3: 0.5 } });
  assert.deepEqual(searchTeam(spec, ['n1', 'n2', 'n4'], 3).sort(), ['A', 'B']);
  assert.deepEqual(searchTeam(spec, ['n1', 'n2', 'n3'], 2), []);
});
