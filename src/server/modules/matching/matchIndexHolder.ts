import type { Db } from '../../db/connect.ts';
import { MatchEngineThread, type RemoteMatchEngine } from './engine/matchEngineThread.ts';
import { latestAnalysisAt, loadMatchProfiles, type ClusterNumbers } from './matchProfiles.repository.ts';

// One match index per database, on its own worker thread (the HTTP thread only reads profiles from the
// database and passes them on), built on first use (the server starts it at boot) and then kept fresh
// incrementally: organizations changed since the last sync are re-read and re-indexed. The server
// syncs in the background whenever the database announces a change (refreshMatchIndexOnChange), and
// every query syncs first too, which is a single cheap read when the background has caught up: a
// query sees every change committed before it. Every process keeps its own copy, so several API
// processes stay correct without coordination. A newly finished network analysis re-reads the
// members it covered: their clusters changed. If the thread ever dies, the next sync starts a new one
// with a full build.

/** Profiles per message to the thread: bounds the copy each message makes. */
const PROFILES_PER_MESSAGE = 2_000;
/** The channel the database's triggers notify when organizations change (migration 0009). */
export const matchProfilesChannel = 'synergia_match_profiles';

class MatchIndexHolder {
  #thread: MatchEngineThread | null = null;
  #syncedAt: Date | null = null;
  #analysedAt: Date | null = null;
  readonly #clusters: ClusterNumbers = new Map();
  /** The sync under way, and the one that starts after it (callers arriving meanwhile share it). */
  #running: Promise<RemoteMatchEngine> | null = null;
  #next: Promise<RemoteMatchEngine> | null = null;

  constructor(private readonly db: Db) {}

  get built(): boolean {
    return this.#thread !== null;
  }

  /**
   * The engine after a sync that started after this call, so that it has every change committed
   * before it. A sync under way may have read the database too early: callers then wait for the next.
   */
  current(): Promise<RemoteMatchEngine> {
    if (this.#next) return this.#next;
    if (!this.#running) return this.#start();
    this.#next = this.#running
      .catch(() => undefined)
      .then(() => {
        this.#next = null;
        return this.#start();
      });
    return this.#next;
  }

  #start(): Promise<RemoteMatchEngine> {
    const running: Promise<RemoteMatchEngine> = this.#sync().finally(() => {
      if (this.#running === running) this.#running = null;
    });
    this.#running = running;
    return running;
  }

  async close(): Promise<void> {
    await (this.#next ?? this.#running)?.catch(() => undefined);
    await this.#thread?.close();
    this.#thread = null;
  }

  async #sync(): Promise<RemoteMatchEngine> {
    if (this.#thread?.stopped) this.#thread = null;
    const analysedAt = await latestAnalysisAt(this.db);
    if (!this.#thread) {
      const thread = new MatchEngineThread();
      try {
        const { profiles, newest } = await loadMatchProfiles(this.db, undefined, this.#clusters);
        await this.#send(thread, profiles, []);
        this.#syncedAt = newest ?? new Date(0);
      } catch (error) {
        await thread.close();
        throw error;
      }
      this.#thread = thread;
      this.#analysedAt = analysedAt;
      return thread;
    }
    const since = this.#syncedAt ?? new Date(0);
    const reanalysed = analysedAt && (!this.#analysedAt || analysedAt > this.#analysedAt);
    const selection = {
      changedSince: since,
      ...(reanalysed ? { analysedSince: this.#analysedAt ?? new Date(0) } : {}),
    };
    const { profiles, hiddenIds, newest } = await loadMatchProfiles(this.db, selection, this.#clusters);
    await this.#send(this.#thread, profiles, hiddenIds);
    if (newest && newest > since) this.#syncedAt = newest;
    if (reanalysed) this.#analysedAt = analysedAt;
    return this.#thread;
  }

  async #send(thread: MatchEngineThread, profiles: Parameters<RemoteMatchEngine['index']>[0], removed: string[]) {
    if (profiles.length === 0 && removed.length === 0) return;
    for (let start = 0; start < profiles.length; start += PROFILES_PER_MESSAGE) {
      await thread.index(profiles.slice(start, start + PROFILES_PER_MESSAGE), []);
    }
    if (removed.length > 0) await thread.index([], removed);
  }
}

const holders = new WeakMap<Db, MatchIndexHolder>();

function holderFor(db: Db): MatchIndexHolder {
  let holder = holders.get(db);
  if (!holder) {
    holder = new MatchIndexHolder(db);
    holders.set(db, holder);
  }
  return holder;
}

/** The database's match engine, synced with every change committed so far. */
export function matchEngineFor(db: Db): Promise<RemoteMatchEngine> {
  return holderFor(db).current();
}

/** Stops the database's matching thread (the app closes it with the server). */
export async function closeMatchEngine(db: Db): Promise<void> {
  await holders.get(db)?.close();
  holders.delete(db);
}

/**
 * Keeps the database's match index fresh in the background: every change the database announces
 * starts a sync (changes announced during one fold into the next). Nothing happens before the index's
 * first build. Resolves once listening; call the result to stop.
 */
export function refreshMatchIndexOnChange(
  db: Db,
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  return listen(matchProfilesChannel, () => {
    const holder = holders.get(db);
    if (holder?.built) holder.current().catch(onError);
  });
}
