export const introductionKeys = {
  all: ['introductions'] as const,
};
