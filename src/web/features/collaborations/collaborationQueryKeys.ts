export const collaborationKeys = {
  all: ['collaborations'] as const,
  one: (collaborationId: string) => ['collaborations', collaborationId] as const,
  ratings: (collaborationId: string) => ['collaborations', collaborationId, 'ratings'] as const,
  versions: (collaborationId: string) => ['collaborations', collaborationId, 'versions'] as const,
  version: (collaborationId: string, version: number) =>
    ['collaborations', collaborationId, 'versions', version] as const,
  canonicalHash: (collaborationId: string, version: number) =>
    ['collaborations', collaborationId, 'versions', version, 'canonical-hash'] as const,
  diff: (collaborationId: string, from: number, to: number) =>
    ['collaborations', collaborationId, 'diff', from, to] as const,
};
