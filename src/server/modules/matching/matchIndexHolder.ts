import type { Db } from '../../db/connect.ts';
import { createMatchIndex, indexInSlices, removeProfile, type MatchIndex } from './engine/matchIndex.ts';
import { latestAnalysisAt, loadMatchProfiles, type ClusterNumbers } from './matchProfiles.repository.ts';

// One in-memory index per database, built on first use (the server starts it at boot) and then kept
// fresh incrementally: before each query, organizations changed since the last sync are re-read and
// re-indexed. Every process keeps its own copy, so several API processes stay correct without
// coordination. A newly finished network analysis re-reads the members it covered: their clusters
// changed. Indexing goes a slice of profiles at a time, so a large build never stalls other requests.
class MatchIndexHolder {
  #index: MatchIndex | null = null;
  #syncedAt: Date | null = null;
  #analysedAt: Date | null = null;
  readonly #clusters: ClusterNumbers = new Map();
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
    const analysedAt = await latestAnalysisAt(this.db);
    if (!this.#index || !this.#syncedAt) {
      const { profiles, newest } = await loadMatchProfiles(this.db, undefined, this.#clusters);
      const index = createMatchIndex();
      await indexInSlices(index, profiles);
      this.#index = index;
      this.#syncedAt = newest ?? new Date(0);
      this.#analysedAt = analysedAt;
      return this.#index;
    }
    const since = this.#syncedAt;
    const reanalysed = analysedAt && (!this.#analysedAt || analysedAt > this.#analysedAt);
    const selection = {
      changedSince: since,
      ...(reanalysed ? { analysedSince: this.#analysedAt ?? new Date(0) } : {}),
    };
    const { profiles, hiddenIds, newest } = await loadMatchProfiles(this.db, selection, this.#clusters);
    await indexInSlices(this.#index, profiles);
    for (const id of hiddenIds) removeProfile(this.#index, id);
    if (newest && newest > since) this.#syncedAt = newest;
    if (reanalysed) this.#analysedAt = analysedAt;
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
