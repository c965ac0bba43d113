import type { JobHandlers } from '../../jobs/jobWorker.ts';
import { digestJob, sendDailyDigest } from './digest.ts';
import { sendEmailJob, sendOutboxEmail } from './emailOutbox.ts';
import { writeInstantEmails } from './notificationEmails.ts';
import { instantEmailJob } from './notify.ts';

export const notificationJobHandlers: JobHandlers = {
  [instantEmailJob]: writeInstantEmails,
  [sendEmailJob]: sendOutboxEmail,
  [digestJob]: (deps) => sendDailyDigest(deps),
};
