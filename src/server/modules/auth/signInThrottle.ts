import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './auth.repository.ts';

// 10 failures in 15 minutes, counted per account and per client address.
export const maxFailures = 10;
export const failureWindowMs = 15 * 60 * 1000;

export async function checkSignInAllowed(deps: Deps, keys: string[]): Promise<void> {
  const now = deps.now();
  const since = new Date(now.getTime() - failureWindowMs);
  for (const key of keys) {
    const { failures, oldest } = await repo.countRecentFailures(deps.db, key, since);
    if (failures >= maxFailures && oldest) {
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + failureWindowMs - now.getTime()) / 1000));
      throw new AppError('auth.throttled', {
        detail: `Try again in ${retryAfterSeconds} seconds.`,
        retryAfterSeconds,
      });
    }
  }
}

export async function rememberFailure(deps: Deps, keys: string[]): Promise<void> {
  await repo.recordFailures(deps.db, keys, deps.now());
}

export async function forgetFailures(deps: Deps, accountKey: string): Promise<void> {
  await repo.clearFailures(deps.db, accountKey);
}
