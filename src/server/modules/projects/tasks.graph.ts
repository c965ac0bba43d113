// Task dependencies form a directed graph inside one project; it must stay acyclic.

export interface DependencyEdge {
  taskId: string;
  dependsOnTaskId: string;
}

/**
 * The chain of tasks that would close a cycle if `taskId` depended on `dependsOn` (its other edges
 * replaced), starting and ending at `taskId`; null when the graph stays acyclic.
 */
export function findDependencyCycle(edges: DependencyEdge[], taskId: string, dependsOn: string[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.taskId === taskId) continue;
    next.set(e.taskId, [...(next.get(e.taskId) ?? []), e.dependsOnTaskId]);
  }
  next.set(taskId, [...dependsOn]);
  const visited = new Set<string>();
  const path: string[] = [taskId];
  const reachesTask = (node: string): boolean => {
    for (const target of next.get(node) ?? []) {
      if (target === taskId) return true;
      if (visited.has(target)) continue;
      visited.add(target);
      path.push(target);
      if (reachesTask(target)) return true;
      path.pop();
    }
    return false;
  };
  return reachesTask(taskId) ? [...path, taskId] : null;
}
