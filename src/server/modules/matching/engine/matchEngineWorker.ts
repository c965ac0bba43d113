import { parentPort } from 'node:worker_threads';
import { createMatchEngine, type MatchEngine } from './matchEngine.ts';

// Worker side of matchEngineThread.ts: owns one match index and answers calls in the order they come.

export interface EngineCall {
  id: number;
  method: keyof MatchEngine;
  args: unknown[];
}

export type EngineReply = { id: number; result: unknown } | { id: number; error: string };

const engine = createMatchEngine();
const port = parentPort;
if (!port) throw new Error('matchEngineWorker.ts runs on a worker thread');

port.on('message', ({ id, method, args }: EngineCall) => {
  let reply: EngineReply;
  try {
    const call = engine[method] as (...values: unknown[]) => unknown;
    reply = { id, result: call(...args) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
