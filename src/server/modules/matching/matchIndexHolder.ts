import type { Db } from '../../db/connect.ts';
import { buildMatchIndex, removeProfile, updateProfile, type MatchIndex } from './engine/matchIndex.ts';
import { loadMatchProfiles } from './matchProfiles.repository.ts';

// One in-memory index per database, built on first use and then kept fresh incrementally:
// before each query, organizations changed since the last sync are re-read and re-indexed.
// Every process keeps its own copy, so several API processes stay correct without coordination.
class MatchIndexHolder {
  #index: MatchIndex | null = null;
  #syncedAt: Date | null = null;
  #pending: Promise<MatchIndex> | null = null;

  constructor(private readonly db: Db) {}

  current(): Promise<MatchIndex> {
    // Requests arriving during a build or refresh share it.
    this.#pending ??= this.#sync().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  async #sync(): Promise<MatchIndex> {
    if (!this.#index || !this.#syncedAt) {
      const { profiles, newest } = await loadMatchProfiles(this.db);
      this.#index = buildMatchIndex(profiles);
      this.#syncedAt = newest ?? new Date(0);
      return this.#index;
    }
    const since = this.#syncedAt;
    const { profiles, hiddenIds, newest } = await loadMatchProfiles(this.db, since);
    for (const profile of profiles) updateProfile(this.#index, profile);
    for (const id of hiddenIds) removeProfile(this.#index, id);
    if (newest && newest > since) this.#syncedAt = newest;
    return this.#index;
  }
}

const holders = new WeakMap<Db, MatchIndexHolder>();

export function matchIndexFor(db: Db): Promise<MatchIndex> {
  let holder = holders.get(db);
  if (!holder) {
    holder = new MatchIndexHolder(db);
    holders.set(db, holder);
  }
  return holder.current();
}
