import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoProfiles } from './fixtures.ts';
import {
  buildMatchIndex,
  compactIndex,
  createMatchIndex,
  indexInSlices,
  removeProfile,
  updateProfile,
  type MatchIndex,
} from './matchIndex.ts';
import type { MatchProfile } from './matchProfile.ts';
import { exhaustiveRank, rankPartners, rankTopIds } from './rankPartners.ts';
import { BLOCK } from './searchPlan.ts';
import type { PostingStore } from './indexColumns.ts';

function rankingOf(index: MatchIndex, id: string): string[] {
  // Scores may differ in the last bits (terms are numbered in another order), so compare at 1e-9.
  return rankTopIds(index, { org: id }).map((r) => `${index.orgIds[r.org]}:${r.score.toFixed(9)}`);
}

describe('incremental index updates', () => {
  it('gives the same rankings as a rebuild after edits, removals, additions and compaction', () => {
    const profiles: Array<MatchProfile | null> = [...demoProfiles(1600)];
    const initial = profiles.slice(0, 1500) as MatchProfile[];
    const index = buildMatchIndex(initial);
    // Edit 100 organizations (each takes another's offers, needs and strategy), remove 30, add 100.
    for (let j = 0; j < 100; j++) {
      const source = profiles[700 + j] as MatchProfile;
      const edited = { ...source, id: `org-${j * 7}`, clusterId: 99 };
      profiles[j * 7] = edited;
      updateProfile(index, edited);
    }
    for (let j = 0; j < 30; j++) {
      const id = `org-${1000 + j * 11}`;
      profiles[1000 + j * 11] = null;
      assert.equal(removeProfile(index, id), true);
    }
    for (let j = 1500; j < 1600; j++) updateProfile(index, profiles[j] as MatchProfile);
    assert.equal(removeProfile(index, 'org-1000'), false);

    const rebuilt = buildMatchIndex(profiles.filter((p): p is MatchProfile => p !== null));
    assert.equal(index.aliveCount, rebuilt.aliveCount);
    assert.equal(index.offerDocumentCount, rebuilt.offerDocumentCount);
    const queries = ['org-0', 'org-7', 'org-350', 'org-999', 'org-1234', 'org-1550', 'org-693'];
    for (const id of queries) assert.deepEqual(rankingOf(index, id), rankingOf(rebuilt, id), id);
    assert.ok(index.stalePostings > 0);

    compactIndex(index);
    assert.equal(index.stalePostings, 0);
    for (const id of queries) assert.deepEqual(rankingOf(index, id), rankingOf(rebuilt, id), `${id} after compaction`);
  });
});

function assertSortedByOrganization(store: PostingStore, stride: number, name: string): void {
  store.lists.forEach((list, key) => {
    const length = store.lengths[key] ?? 0;
    for (let p = stride; p < length; p += stride) {
      assert.ok((list[p - stride] as number) <= (list[p] as number), `${name} list ${key} unsorted at ${p}`);
    }
  });
}

describe('inverted lists across search tiles', () => {
  it('stay sorted by organization through edits, so the tiled search stays exact', () => {
    const count = 2 * BLOCK + 500;
    const profiles = [...demoProfiles(count + 40)];
    const index = buildMatchIndex(profiles.slice(0, count));
    // Re-index early organizations with later ones' items: their new entries land mid-list.
    for (let j = 0; j < 40; j++)
      updateProfile(index, { ...(profiles[count + j] as MatchProfile), id: `org-${j * 97}` });
    for (const [name, store, stride] of [
      ['tagOffers', index.tagOffers, 2],
      ['tagNeeds', index.tagNeeds, 2],
      ['termOffersTitle', index.termOffersTitle, 1],
      ['termOffersText', index.termOffersText, 1],
      ['termNeedsTitle', index.termNeedsTitle, 1],
      ['termNeedsText', index.termNeedsText, 1],
    ] as const) {
      assertSortedByOrganization(store, stride, name);
    }
    const summary = (ranked: ReturnType<typeof rankPartners>) => ranked.map((r) => `${r.id}:${r.total}`);
    for (const org of ['org-0', 'org-97', 'org-3783', 'org-5000', `org-${count - 1}`]) {
      assert.deepEqual(summary(rankPartners(index, { org })), summary(exhaustiveRank(index, { org })), org);
    }
  });
});

describe('indexing in slices', () => {
  it('lets the event loop run between slices and builds the same index', async () => {
    const profiles = [...demoProfiles(900)];
    const index = createMatchIndex();
    let done = false;
    // Were the indexing synchronous, its promise would settle before the next turn of the event loop.
    const building = indexInSlices(index, profiles, 100).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(done, false, 'still indexing after one turn of the event loop');
    await building;
    assert.equal(index.aliveCount, 900);
    const rebuilt = buildMatchIndex(profiles);
    for (const id of ['org-0', 'org-450', 'org-899']) assert.deepEqual(rankingOf(index, id), rankingOf(rebuilt, id));
  });
});
