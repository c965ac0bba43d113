import { networkAnalyticsJobHandlers } from '../modules/network-analytics/analyzeNetwork.ts';
import { notificationJobHandlers } from '../modules/notifications/notificationJobs.ts';
import type { JobHandlers } from './jobWorker.ts';

// Every kind of background job this server runs: one line per module.
export const jobHandlers: JobHandlers = {
  ...notificationJobHandlers,
  ...networkAnalyticsJobHandlers,
};
