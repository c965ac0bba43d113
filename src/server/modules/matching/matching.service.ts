import {
  matchComponents,
  type MatchDecision,
  type MatchQueryInput,
  type MatchWeights,
} from '../../../common/matching.ts';
import { countryByCode } from '../../../common/reference/countries.ts';
import { naceByCode } from '../../../common/reference/nace.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadNetworkFor } from '../networks/networks.service.ts';
import { authorize } from '../orgs/orgs.policy.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import type { RankedCandidate } from './engine/explain.ts';
import type { MatchQuery } from './engine/queryContext.ts';
import { defaultWeights, normalizeWeights } from './engine/score.ts';
import { matchEngineFor } from './matchIndexHolder.ts';
import * as repo from './matching.repository.ts';
import { trustEvidenceOf } from './partnerTrust.repository.ts';

const WEIGHT = /^\d+(\.\d+)?$/;

/** "complementarity:0.5,geography:0.2": each known component once, each weight from 0 to 1. */
function parseWeights(text: string | undefined): Partial<MatchWeights> {
  const weights: Partial<MatchWeights> = {};
  for (const part of text ? text.split(',') : []) {
    const [name, value] = part.split(':') as [string, string];
    if (!(matchComponents as readonly string[]).includes(name))
      throw validationError('weights', `unknown component "${name}"`);
    const component = name as keyof MatchWeights;
    if (component in weights) throw validationError('weights', `"${name}" is given twice`);
    const weight = Number(value);
    if (!WEIGHT.test(value) || weight > 1) throw validationError('weights', `"${name}" must be a number from 0 to 1`);
    weights[component] = weight;
  }
  return weights;
}

/** The country and sector filters name codes that exist: an unknown one is a mistake, not an empty answer. */
function checkFilterCodes(input: Pick<MatchQueryInput, 'country' | 'sector'>): void {
  if (input.country !== undefined && !countryByCode.has(input.country)) {
    throw validationError('country', 'unknown ISO 3166-1 alpha-2 code');
  }
  if (input.sector && !naceByCode.has(input.sector.toUpperCase())) {
    throw validationError('sector', 'unknown NACE Rev. 2 section, division, group or class');
  }
}

// Suggestions come from a network the organization is an active member of: unless one is chosen, the
// one with the most active members, where there are the most candidates to suggest.
export async function chooseNetwork(deps: Deps, orgId: string, networkId: string | undefined) {
  const networks = await repo.activeNetworksOf(deps.db, orgId);
  if (!networkId) return networks[0] ?? null;
  const chosen = networks.find((n) => n.id === networkId);
  if (!chosen) throw validationError('network', 'the organization is not an active member of this network');
  return chosen;
}

// Network defaults, then the user's saved weights, then this query's: the later wins.
export async function effectiveWeights(
  deps: Deps,
  userId: string | null,
  networkId: string | null,
  override: string | undefined,
) {
  const [networkDefaults, saved] = await Promise.all([
    networkId ? repo.networkDefaultsOf(deps.db, networkId) : {},
    userId ? repo.preferencesOf(deps.db, userId) : undefined,
  ]);
  const weights = { ...networkDefaults, ...saved?.weights, ...parseWeights(override) };
  if (matchComponents.every((name) => (weights[name] ?? defaultWeights[name]) === 0)) {
    throw validationError('weights', 'at least one component must weigh more than 0');
  }
  return { weights, scope: saved?.scope ?? null };
}

async function present(deps: Deps, ranked: RankedCandidate[], decisions: Map<string, MatchDecision>) {
  const ids = ranked.map((r) => r.id);
  const [cards, trust] = await Promise.all([repo.orgCards(deps.db, ids), trustEvidenceOf(deps.db, ids)]);
  return ranked.flatMap((r) => {
    const org = cards.get(r.id);
    if (!org) return [];
    return [
      {
        org,
        score: r.total,
        components: r.components,
        coverage: r.coverage,
        pairs: r.matches.map((m) => ({
          direction: m.direction,
          needId: m.needId ?? null,
          needTitle: m.needTitle,
          needCapability: m.needCapability,
          needPriority: m.needPriority,
          offerId: m.offerId ?? null,
          offerTitle: m.offerTitle,
          offerCapability: m.offerCapability,
          tagRelation: m.tagRelation,
          matchedTags: m.matchedTags,
          matchedTerms: m.matchedTerms,
          score: m.score,
        })),
        warnings: r.warnings,
        diversityBonus: r.diversityBonus,
        trust: trust.get(r.id) ?? { verified: false, verifiedBy: [], ratingCount: 0, averageStars: null },
        decision: decisions.get(r.id) ?? null,
      },
    ];
  });
}

export async function findMatches(deps: Deps, actor: Actor, orgId: string, input: MatchQueryInput) {
  const { myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  // Suggestions are for the organization's own people.
  if (!myRole) throw new AppError('not_found');
  return computeMatches(deps, orgId, input, actor.userId);
}

// Also the operator's path (CLI): no actor, no saved user preferences.
export async function computeMatches(deps: Deps, orgId: string, input: MatchQueryInput, userId: string | null) {
  checkFilterCodes(input);
  const network = await chooseNetwork(deps, orgId, input.network);
  const { weights, scope } = await effectiveWeights(deps, userId, network?.id ?? null, input.weights);
  const decisions = new Map((await repo.decisionsOf(deps.db, orgId)).map((d) => [d.candidateOrgId, d.decision]));
  if (!network) return { network: null, weights: normalizeWeights(weights), items: [] };
  const engine = await matchEngineFor(deps.db);
  const dismissed = [...decisions].filter(([, d]) => d === 'dismissed').map(([id]) => id);
  const query: MatchQuery & { org: string } = {
    org: orgId,
    k: input.top,
    weights,
    scope: input.scope ?? scope ?? undefined,
    filters: {
      network: network.id,
      excludeIds: dismissed,
      country: input.country,
      radiusKm: input.radiusKm,
      sector: input.sector,
      sizeClass: input.sizeClass,
    },
  };
  const ranked = input.need ? await engine.rankForNeed(query, input.need) : await engine.rank(query);
  if (ranked === 'unknown_need') {
    throw validationError('need', "not one of this organization's matchable needs (private needs are never matched)");
  }
  // A private organization is not in the index: it neither finds nor is found.
  const items = await present(deps, ranked ?? [], decisions);
  return { network, weights: normalizeWeights(weights), items };
}

export async function decideOnCandidate(
  deps: Deps,
  actor: Actor,
  orgId: string,
  candidateOrgId: string,
  decision: MatchDecision | null,
) {
  await loadOrgFor(deps.db, actor, orgId, 'editProfile');
  await loadOrgFor(deps.db, actor, candidateOrgId, 'view');
  if (decision)
    await repo.setDecision(deps.db, { orgId, candidateOrgId, decision, userId: actor.userId, decidedAt: deps.now() });
  else await repo.clearDecision(deps.db, orgId, candidateOrgId);
}

// Members of the organization (viewers too) read its saved and dismissed candidates.
export async function listDecisions(deps: Deps, actor: Actor, orgId: string, decision: MatchDecision) {
  const org = await loadOrgFor(deps.db, actor, orgId, 'view');
  authorize(org.myRole, 'view');
  const rows = await repo.decisionList(deps.db, actor.userId, orgId, decision);
  return rows.map((row) => ({ ...row, decidedAt: row.decidedAt.toISOString() }));
}

export async function getPreferences(deps: Deps, actor: Actor) {
  const saved = await repo.preferencesOf(deps.db, actor.userId);
  return { weights: normalizeWeights(saved?.weights ?? {}), scope: saved?.scope ?? null };
}

export async function savePreferences(
  deps: Deps,
  actor: Actor,
  input: { weights: Partial<MatchWeights>; scope: MatchQueryInput['scope'] | null },
) {
  await repo.savePreferences(deps.db, { userId: actor.userId, weights: input.weights, scope: input.scope ?? null });
  return getPreferences(deps, actor);
}

/** The weights a network's members start from (before their own), normalised. */
export async function getNetworkDefaults(deps: Deps, actor: Actor, networkId: string) {
  await loadNetworkFor(deps.db, actor, networkId, 'view');
  const weights = await repo.networkDefaultsOf(deps.db, networkId);
  return { weights: normalizeWeights(weights), custom: Object.keys(weights).length > 0 };
}

// A network's managers set the weights its members start from, or clear them (back to Synergia's).
export async function setNetworkDefaults(
  deps: Deps,
  actor: Actor,
  networkId: string,
  weights: Partial<MatchWeights> | null,
) {
  await deps.db.transaction(async (tx) => {
    const { network } = await loadNetworkFor(tx, actor, networkId, 'manage');
    if (weights) await repo.saveNetworkDefaults(tx, networkId, weights, deps.now());
    else await repo.clearNetworkDefaults(tx, networkId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: network.managingOrgId,
      action: weights ? 'network.match_defaults_set' : 'network.match_defaults_cleared',
      subjectType: 'network',
      subjectId: networkId,
      data: weights ? { weights } : {},
    });
  });
  return getNetworkDefaults(deps, actor, networkId);
}
