// Does the server stay responsive while it searches? The same searches run once on the calling thread
// (as the server did before the index moved to a thread of its own) and once through MatchEngineThread
// (as the server does now), while the event loop's delay is sampled: that delay is what every other
// request waits. Prints one JSON line per way, and one for building the index both ways.
// Sizes: MATCHING_THREAD_ORGS (100 000), MATCHING_THREAD_QUERIES (300).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { print, quantile, round, setting } from './benchFigures.ts';
import { generateDemoOrganizations } from '../src/server/modules/demo/generateDemoNetwork.ts';
import { createRandom, deriveSeed } from '../src/server/modules/demo/random.ts';
import { createMatchEngine, type MatchEngine } from '../src/server/modules/matching/engine/matchEngine.ts';
import { MatchEngineThread, type RemoteMatchEngine } from '../src/server/modules/matching/engine/matchEngineThread.ts';
import { matchProfileFromDemo, type MatchProfile } from '../src/server/modules/matching/engine/matchProfile.ts';

const SEED = 2026;
const SLICE = 2_000;

type Engine = MatchEngine | RemoteMatchEngine;

/** Runs `work` while sampling the event loop's delay; yields a turn between steps, as a server would. */
async function underLoad(steps: number, work: (step: number) => unknown) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const latencies: number[] = [];
  const start = performance.now();
  for (let step = 0; step < steps; step++) {
    const t = performance.now();
    await work(step);
    latencies.push(performance.now() - t);
    await nextTurn();
  }
  const seconds = (performance.now() - start) / 1000;
  delay.disable();
  latencies.sort((a, b) => a - b);
  return {
    seconds: round(seconds, 1),
    step_p50_ms: round(quantile(latencies, 0.5), 2),
    step_p99_ms: round(quantile(latencies, 0.99), 2),
    loop_delay_p50_ms: round(delay.percentile(50) / 1e6, 2),
    loop_delay_p99_ms: round(delay.percentile(99) / 1e6, 2),
    loop_delay_max_ms: round(delay.max / 1e6, 2),
  };
}

const orgs = setting('MATCHING_THREAD_ORGS', 100_000);
const queries = setting('MATCHING_THREAD_QUERIES', 300);
const profiles: MatchProfile[] = [];
let n = 0;
for (const org of generateDemoOrganizations({ count: orgs, seed: SEED })) {
  profiles.push(matchProfileFromDemo(org, { id: `org-${n++}` }));
}
const slices = Math.ceil(profiles.length / SLICE);
const sliceAt = (step: number) => profiles.slice(step * SLICE, (step + 1) * SLICE);
const random = createRandom(deriveSeed(SEED, 4242));
const askers = Array.from({ length: queries }, () => `org-${random.int(0, orgs - 1)}`);

const local = createMatchEngine();
const thread = new MatchEngineThread();
const ways: Array<[string, Engine]> = [
  ['calling_thread', local],
  ['worker_thread', thread],
];
try {
  for (const [way, engine] of ways) {
    const build = await underLoad(slices, (step) => engine.index(sliceAt(step), []));
    print({ bench: 'matching.thread.build', way, orgs, slices, ...build });
  }
  for (const [way, engine] of ways) {
    await underLoad(20, (step) => engine.rank({ org: askers[step] as string })); // warm-up
    const search = await underLoad(queries, (step) => engine.rank({ org: askers[step] as string }));
    print({ bench: 'matching.thread.search', way, orgs, queries, ...search });
  }
} finally {
  await thread.close();
}
