import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { matchQuery, teamBody } from '../common/matching.ts';
import { orgs } from '../server/db/schema.ts';
import { computeMatches } from '../server/modules/matching/matching.service.ts';
import { computeTeam } from '../server/modules/matching/team.service.ts';
import { fail, report, type OutputOptions } from './output.ts';
import { withRuntime } from './withRuntime.ts';

type MatchOptions = OutputOptions & {
  org: string;
  top: string;
  network?: string;
  need?: string;
  team?: string;
  maxSize: string;
  country?: string;
  radiusKm?: string;
  sector?: string;
  size?: string;
  scope?: string;
  weights?: string;
};

/** Schema problems as one line: "field: message; …". */
const problems = (error: { issues: Array<{ path: PropertyKey[]; message: string }> }) =>
  error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

type MatchResult = Awaited<ReturnType<typeof computeMatches>>;

/**
 * What the trust score rests on, e.g. " · verified by Alpine Cluster · ★ 4.0 from 2 partners"; empty
 * without data.
 */
function trustEvidence({ verifiedBy, ratingCount, averageStars }: MatchResult['items'][number]['trust']): string {
  const parts = verifiedBy.length > 0 ? [`verified by ${verifiedBy.join(', ')}`] : [];
  if (averageStars !== null)
    parts.push(`★ ${averageStars.toFixed(1)} from ${ratingCount} partner${ratingCount === 1 ? '' : 's'}`);
  return parts.map((part) => ` · ${part}`).join('');
}

function formatMatches(result: MatchResult): string {
  if (!result.network) return 'The organization is not an active member of any network: no suggestions.';
  const lines = [`Suggested partners in ${result.network.name}:`];
  result.items.forEach((item, i) => {
    lines.push(
      `${String(i + 1).padStart(2)}. ${item.org.name} (${item.org.slug}, ${item.org.city || '?'}, ${item.org.country}) score ${item.score.toFixed(3)}${trustEvidence(item.trust)}`,
    );
    for (const pair of item.pairs.slice(0, 3)) {
      const who = pair.direction === 'they_cover_my_need' ? 'their' : 'your';
      lines.push(`      ${who} “${pair.offerTitle}” ↔ need “${pair.needTitle}”`);
    }
    for (const warning of item.warnings) lines.push(`      ! ${warning.text}`);
  });
  return lines.join('\n');
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('suggested partners for an organization (or a team covering several needs)')
    .requiredOption('--org <slug>', 'the organization, by slug')
    .option('--top <n>', 'how many candidates', '10')
    .option('--network <id>', 'one of the organization’s networks (default: its first)')
    .option('--need <id>', 'who can fill this one need')
    .option('--team <need-ids>', 'comma-separated need ids a team must cover together')
    .option('--max-size <n>', 'largest team', '4')
    .option('--country <code>', 'only candidates in this country (ISO 3166-1 alpha-2)')
    .option('--radius-km <km>', 'only candidates within this distance of the organization')
    .option('--sector <nace>', 'only candidates in this NACE section, division, group or class')
    .option('--size <class>', 'only candidates of this size class: micro, small, medium or large')
    .option('--scope <scope>', 'how fast distance lowers the geography score: local, national or international')
    .option('--weights <pairs>', 'component weights from 0 to 1, e.g. complementarity:1,geography:0.2')
    .option('--json', 'machine-readable output')
    .action(async (options: MatchOptions) => {
      await withRuntime(options, async ({ deps }) => {
        const [org] = await deps.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.slug, options.org));
        if (!org) fail(options, `no organization with slug ${options.org}`);
        if (options.team) {
          const input = teamBody.safeParse({
            needIds: options.team.split(',').map((s) => s.trim()),
            maxSize: Number(options.maxSize),
            network: options.network,
          });
          if (!input.success) fail(options, problems(input.error));
          const team = await computeTeam(deps, org.id, input.data, null);
          return report(options, team, formatTeam(team));
        }
        const parsed = matchQuery.safeParse({
          top: options.top,
          network: options.network,
          need: options.need,
          country: options.country,
          radiusKm: options.radiusKm,
          sector: options.sector,
          sizeClass: options.size,
          scope: options.scope,
          weights: options.weights,
        });
        if (!parsed.success) fail(options, problems(parsed.error));
        const result = await computeMatches(deps, org.id, parsed.data, null);
        report(options, result, formatMatches(result));
      });
    });
}

function formatTeam(team: {
  members: { org: { name: string }; covers: { needTitle: string }[] }[];
  uncoveredNeedIds: string[];
}) {
  const lines = team.members.map((m) => `- ${m.org.name}: ${m.covers.map((c) => c.needTitle).join(', ')}`);
  if (team.uncoveredNeedIds.length > 0) lines.push(`Not covered: ${team.uncoveredNeedIds.join(', ')}`);
  return lines.join('\n') || 'No team found.';
}
