import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTeam } from './buildTeam.ts';
import { item, profile } from './fixtures.ts';
import { buildMatchIndex } from './matchIndex.ts';

// Six needs from six branches of the taxonomy. X covers four of them; Y and Z three each, and
// together all six. Greedy set cover takes X first (most needs) and then needs Y and Z as well:
// three members. The exact search finds {Y, Z}.
const tags = [
  ['digital.web.seo', 'Search engine optimisation'],
  ['marketing.content.copywriting', 'Copywriting'],
  ['logistics.transport.last-mile', 'Last-mile delivery'],
  ['professional.legal.gdpr', 'GDPR compliance'],
  ['food.coffee.roasted-beans', 'Roasted coffee beans'],
  ['energy.renewables.solar-pv', 'Solar PV installation'],
] as const;
const offering = (id: string, which: number[]) =>
  profile(id, { offers: which.map((n) => item(tags[n]?.[0] ?? '', tags[n]?.[1] ?? '')) });

describe('buildTeam', () => {
  const asker = profile('asker', {
    needs: tags.map(([tag, title]) => item(tag, `Looking for ${title.toLowerCase()}`)),
  });
  const index = buildMatchIndex([
    asker,
    offering('x', [0, 1, 2, 3]),
    offering('y', [0, 2, 4]),
    offering('z', [1, 3, 5]),
  ]);
  const all = [0, 1, 2, 3, 4, 5];

  it('finds the smallest covering team where greedy set cover does not', () => {
    const greedy = buildTeam(index, 'asker', all, 4, { method: 'greedy' });
    assert.deepEqual(
      greedy.members.map((m) => m.id),
      ['x', 'y', 'z'],
    );
    const exact = buildTeam(index, 'asker', all, 4);
    assert.equal(exact.method, 'exact');
    assert.deepEqual(exact.members.map((m) => m.id).sort(), ['y', 'z']);
    assert.deepEqual(exact.uncovered, []);
    const y = exact.members.find((m) => m.id === 'y');
    assert.deepEqual(y?.covers.map((c) => c.needPosition).sort(), [0, 2, 4]);
    assert.equal(y?.covers[0]?.offerTitle, 'Search engine optimisation');
  });

  it('reports what cannot be covered within the size limit', () => {
    const team = buildTeam(index, 'asker', all, 1);
    assert.equal(team.members.length, 1);
    assert.equal(team.members[0]?.id, 'x');
    assert.deepEqual(team.uncovered, [4, 5]);
  });

  it('weighs each member’s fit as the asker’s suggestions do', () => {
    const need = item(tags[0][0], 'Looking for search engine optimisation');
    const offer = item(tags[0][0], tags[0][1]);
    const unlike = { sustainability: 0, growth: 100, quality: 0, community: 100, innovation: 0 };
    const fitIndex = buildMatchIndex([
      profile('asker', { needs: [need] }),
      profile('near-unlike', { offers: [offer], values: unlike }),
      profile('far-alike', { offers: [offer], latitude: 38.1157, longitude: 13.3615 }),
    ]);
    const only = (weight: 'geography' | 'values') => ({
      complementarity: 0.4,
      strategic: 0,
      values: 0,
      operational: 0,
      risk: 0,
      culture: 0,
      geography: 0,
      trust: 0,
      [weight]: 0.6,
    });
    const pick = (weight: 'geography' | 'values') =>
      buildTeam(fitIndex, 'asker', [0], 1, { ranking: { weights: only(weight) } }).members.map((m) => m.id);
    assert.deepEqual(pick('geography'), ['near-unlike']);
    assert.deepEqual(pick('values'), ['far-alike']);
  });
});
