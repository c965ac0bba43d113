export const networkAnalyticsKeys = {
  all: ['network-analytics'] as const,
  network: (networkId: string) => ['network-analytics', networkId] as const,
  vulnerability: (networkId: string, orgId: string) =>
    ['network-analytics', networkId, 'vulnerability', orgId] as const,
  position: (networkId: string, orgId: string) => ['network-analytics', networkId, 'position', orgId] as const,
};
