import type { Command } from 'commander';
import { eq, inArray, or } from 'drizzle-orm';
import type { WhatIfOutcome } from '../server/modules/network-analytics/whatIf.ts';
import { networks, orgs } from '../server/db/schema.ts';
import type { Deps } from '../server/deps.ts';
import { runNetworkAnalysis } from '../server/modules/network-analytics/analyzeNetwork.ts';
import type { NetworkAnalysis } from '../server/modules/network-analytics/computeAnalysis.ts';
import { loadNetworkData } from '../server/modules/network-analytics/graphAssembly.repository.ts';
import { currentCommunities, simulateRemoval } from '../server/modules/network-analytics/whatIf.ts';
import { fail, progress, report, type OutputOptions } from './output.ts';
import { withRuntime } from './withRuntime.ts';

type AnalyzeOptions = OutputOptions & { network: string; whatIfRemove?: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Networks have no slug: the id, or the exact name when it is unique.
async function resolveNetwork(deps: Deps, options: AnalyzeOptions) {
  const key = options.network.trim();
  const rows = await deps.db
    .select({ id: networks.id, name: networks.name })
    .from(networks)
    .where(uuidPattern.test(key) ? eq(networks.id, key) : eq(networks.name, key));
  if (rows.length === 0) fail(options, `no network with id or name “${key}”`);
  if (rows.length > 1)
    fail(options, `several networks are named “${key}”: use an id (${rows.map((r) => r.id).join(', ')})`);
  return rows[0]!;
}

// Organizations by slug or id.
async function resolveOrgs(deps: Deps, options: AnalyzeOptions, keys: string[]) {
  const ids = keys.filter((k) => uuidPattern.test(k));
  const rows = await deps.db
    .select({ id: orgs.id, slug: orgs.slug })
    .from(orgs)
    .where(or(inArray(orgs.slug, keys), ids.length > 0 ? inArray(orgs.id, ids) : undefined));
  const found = keys.map((k) => rows.find((r) => r.slug === k || r.id === k));
  const missing = keys.filter((_k, i) => !found[i]);
  if (missing.length > 0) fail(options, `no organization with slug or id ${missing.join(', ')}`);
  return found.map((r) => r!.id);
}

// One bar per stage of the analysis.
function stageProgress(options: OutputOptions) {
  let stage = '';
  let bar: ReturnType<typeof progress> | null = null;
  return {
    update(next: string, done: number, total: number) {
      if (next !== stage) {
        bar?.stop();
        stage = next;
        bar = progress(options, next);
      }
      bar?.update(done, total);
    },
    stop: () => bar?.stop(),
  };
}

const fixed = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));

function formatAnalysis(name: string, analysis: NetworkAnalysis, names: Map<string, string>, snapshotId: string) {
  const n = analysis.network;
  const p = analysis.parameters.betweenness;
  const lines = [
    `${name}: ${n.members} members, ${n.ties} ties, density ${fixed(n.density)}, ${n.components} component(s) (largest ${n.largestComponent})`,
    `Modularity ${fixed(n.modularity)} over ${n.communities} communities; average path ${fixed(n.averagePathLength, 2)}` +
      `, diameter ${n.diameter}${n.diameterExact ? '' : ` (≤ ${n.diameterUpperBound})`}` +
      `; centralization ${fixed(n.degreeCentralization)}; reciprocity ${fixed(n.reciprocity)}; sector assortativity ${fixed(n.sectorAssortativity)}`,
    `Betweenness ${p.mode}${p.mode === 'sampled' ? ` (ε ${p.epsilon}, δ ${p.delta}, ${p.samples} samples)` : ''}`,
    'Top brokers (betweenness, constraint):',
  ];
  const byBetweenness = [...analysis.members].sort((a, b) => b.metrics.betweenness - a.metrics.betweenness);
  for (const m of byBetweenness.slice(0, 5)) {
    const cut = m.metrics.articulation ? ', cut vertex' : '';
    lines.push(`  ${names.get(m.orgId)}: ${fixed(m.metrics.betweenness)}, ${fixed(m.metrics.constraint)}${cut}`);
  }
  const sizes = new Map<number, number>();
  for (const m of analysis.members) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
  lines.push(`Community sizes: ${[...sizes.values()].sort((a, b) => b - a).join(', ') || '–'}`);
  lines.push('Most vulnerable:');
  const byVulnerability = [...analysis.members].sort((a, b) => b.vulnerability.overall - a.vulnerability.overall);
  for (const m of byVulnerability.slice(0, 5)) {
    const worst = [...m.vulnerability.dimensions].sort((a, b) => b.score - a.score)[0];
    lines.push(
      `  ${names.get(m.orgId)}: ${fixed(m.vulnerability.overall, 2)} (worst: ${worst?.title} ${fixed(worst?.score ?? 0, 2)})`,
    );
  }
  lines.push(`Snapshot ${snapshotId} saved.`);
  return lines.join('\n');
}

function formatWhatIf(name: string, result: WhatIfOutcome) {
  const lines = [
    `${name} without ${result.removed.map((r) => r.name).join(', ')}:`,
    `Components ${result.components.before} → ${result.components.after}`,
  ];
  for (const s of result.components.split) {
    const more = s.members.length > 8 ? ` and ${s.members.length - 8} more` : '';
    lines.push(
      `  apart: ${s.members
        .slice(0, 8)
        .map((m) => m.name)
        .join(', ')}${more}`,
    );
  }
  for (const l of result.lostSingleSourceInputs) {
    lines.push(
      `Lost input: ${l.customer.name} no longer has a source of ${l.capability || 'an unspecified input'}${l.critical ? ' (critical)' : ''}`,
    );
  }
  for (const c of result.affectedCollaborations) {
    lines.push(
      `Collaboration “${c.name}” loses ${c.lostParties.map((p) => p.name).join(', ')} (${c.remainingParties} left)`,
    );
  }
  for (const v of result.vulnerabilityChanges.slice(0, 10)) {
    lines.push(`Vulnerability ${v.name}: ${fixed(v.before, 2)} → ${fixed(v.after, 2)}`);
  }
  return lines.join('\n');
}

export function registerNetworkCommands(program: Command): void {
  const network = program.command('network').description('network intelligence');
  network
    .command('analyze')
    .description('analyse a network now and save a snapshot, or simulate members leaving')
    .requiredOption('--network <id-or-name>', 'the network, by id or exact name')
    .option('--what-if-remove <orgs>', 'comma-separated organization slugs or ids to remove (nothing is saved)')
    .option('--json', 'machine-readable output')
    .action(async (options: AnalyzeOptions) => {
      await withRuntime(options, async ({ deps }) => {
        const target = await resolveNetwork(deps, options);
        if (options.whatIfRemove) {
          const keys = options.whatIfRemove
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          const remove = await resolveOrgs(deps, options, keys);
          const data = await loadNetworkData(deps.db, target.id);
          const members = new Set(data.members.map((m) => m.orgId));
          const outside = keys.filter((_k, i) => !members.has(remove[i]!));
          if (outside.length > 0) fail(options, `not active members of ${target.name}: ${outside.join(', ')}`);
          const result = simulateRemoval(data, currentCommunities(data), remove);
          return report(options, { network: target, ...result }, formatWhatIf(target.name, result));
        }
        const bar = stageProgress(options);
        const { snapshotId, data, analysis } = await runNetworkAnalysis(deps, target.id, { onProgress: bar.update });
        bar.stop();
        const names = new Map(data.members.map((m) => [m.orgId, m.name]));
        report(
          options,
          { ...analysis, network: { ...target, ...analysis.network }, snapshotId },
          formatAnalysis(target.name, analysis, names, snapshotId),
        );
      });
    });
}
