import type { TestApp } from '../testing/testApp.ts';
import type { TestUser } from '../testing/factories.ts';
import { projectSamples } from '../modules/projects/projects.isolation.ts';
import { documentAndMeetingSamples } from '../modules/projects/documents.isolation.ts';
import { notificationSamples } from '../modules/notifications/notifications.isolation.ts';
import { networkAnalyticsSamples } from '../modules/network-analytics/network-analytics.isolation.ts';

// What a module adds to the route-walking isolation test (isolation.api.test.ts): the owner's objects
// for its path parameters, sample bodies for its writes, required query strings.
export interface IsolationSamples {
  // Creates the owner's objects; `ids` holds the core ones (orgId, collaborationId, introductionId…).
  setup?: (context: { t: TestApp; owner: TestUser; ids: Record<string, string> }) => Promise<Record<string, string>>;
  bodies?: Record<string, (ids: Record<string, string>) => unknown>;
  queries?: Record<string, string>;
}

// One line per module with routes of its own.
export const moduleSamples: IsolationSamples[] = [
  projectSamples,
  documentAndMeetingSamples,
  notificationSamples,
  networkAnalyticsSamples,
];
