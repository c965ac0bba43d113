import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDependencyCycle } from './tasks.graph.ts';

const edge = (taskId: string, dependsOnTaskId: string) => ({ taskId, dependsOnTaskId });

describe('findDependencyCycle', () => {
  test('returns null for a chain that stays acyclic', () => {
    assert.equal(findDependencyCycle([edge('b', 'c')], 'a', ['b']), null);
  });

  test('finds a direct cycle between two tasks', () => {
    assert.deepEqual(findDependencyCycle([edge('b', 'a')], 'a', ['b']), ['a', 'b', 'a']);
  });

  test('finds a longer cycle through the existing edges', () => {
    const edges = [edge('b', 'c'), edge('c', 'd'), edge('d', 'a')];
    assert.deepEqual(findDependencyCycle(edges, 'a', ['b']), ['a', 'b', 'c', 'd', 'a']);
  });

  test('a self dependency is a cycle', () => {
    assert.deepEqual(findDependencyCycle([], 'a', ['a']), ['a', 'a']);
  });

  test("replaces the task's own old edges instead of adding to them", () => {
    // a used to depend on b; now it depends on c only, and b depending on a is fine.
    assert.equal(findDependencyCycle([edge('a', 'b'), edge('b', 'a')], 'a', ['c']), null);
  });

  test('a diamond is not a cycle', () => {
    const edges = [edge('b', 'd'), edge('c', 'd')];
    assert.equal(findDependencyCycle(edges, 'a', ['b', 'c']), null);
  });
});
