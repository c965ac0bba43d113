import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../threads/startWorker.ts';
import type { MatchEngine } from './matchEngine.ts';
import type { EngineCall, EngineReply } from './matchEngineWorker.ts';

// A MatchEngine on its own worker thread: every call is a message, answered in order. The thread keeps
// the process alive only while calls are pending, so a CLI run ends when its work is done.

export type RemoteMatchEngine = {
  [K in keyof MatchEngine]: (...args: Parameters<MatchEngine[K]>) => Promise<ReturnType<MatchEngine[K]>>;
};

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const workerUrl = new URL('./matchEngineWorker.ts', import.meta.url);

export class MatchEngineThread implements RemoteMatchEngine {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  /** Set once the thread has stopped (crashed or closed): every later call fails with it. */
  #stopped: Error | null = null;

  constructor() {
    this.#worker = startWorker(workerUrl, null);
    this.#worker.unref();
    this.#worker.on('message', (reply: EngineReply) => this.#settle(reply));
    this.#worker.on('error', (error) => this.#stop(error));
    this.#worker.on('exit', (code) => this.#stop(new Error(`the matching thread stopped (exit code ${code})`)));
  }

  get stopped(): boolean {
    return this.#stopped !== null;
  }

  index = (...args: Parameters<MatchEngine['index']>) => this.#call<number>('index', args);
  rank = (...args: Parameters<MatchEngine['rank']>) => this.#call<ReturnType<MatchEngine['rank']>>('rank', args);
  rankForNeed = (...args: Parameters<MatchEngine['rankForNeed']>) =>
    this.#call<ReturnType<MatchEngine['rankForNeed']>>('rankForNeed', args);
  team = (...args: Parameters<MatchEngine['team']>) => this.#call<ReturnType<MatchEngine['team']>>('team', args);
  size = () => this.#call<number>('size', []);

  async close(): Promise<void> {
    if (this.#stopped) return;
    this.#stop(new Error('the matching thread was closed'));
    await this.#worker.terminate();
  }

  #call<T>(method: EngineCall['method'], args: unknown[]): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ id, method, args } satisfies EngineCall);
    });
  }

  #settle(reply: EngineReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#worker.unref();
  }
}
