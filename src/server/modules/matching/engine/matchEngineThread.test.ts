import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { demoProfiles, item, profile } from './fixtures.ts';
import { createMatchEngine } from './matchEngine.ts';
import { MatchEngineThread } from './matchEngineThread.ts';

describe('the match engine on its own thread', () => {
  const thread = new MatchEngineThread();
  const local = createMatchEngine();
  after(() => thread.close());
  const network = [...demoProfiles(1500)];
  const asker = profile('asker', {
    needs: [
      item('digital.web.seo', 'Search engine optimisation', { id: 'need-seo' }),
      item('marketing.content.copywriting', 'Copywriting', { id: 'need-copy' }),
    ],
    offers: [item('food.coffee.roasted-beans', 'Roasted coffee beans')],
  });
  const writer = profile('writer', {
    offers: [
      item('digital.web.seo', 'SEO audits and fixes'),
      item('marketing.content.copywriting', 'Web copy that sells'),
    ],
    needs: [item('food.coffee.roasted-beans', 'Coffee for the office')],
  });

  it('indexes in messages and answers exactly as the same engine in process', async () => {
    for (let start = 0; start < network.length; start += 500) {
      const slice = network.slice(start, start + 500);
      assert.equal(await thread.index(slice, []), local.index(slice, []));
    }
    assert.equal(await thread.index([asker, writer], []), 1502);
    local.index([asker, writer], []);
    for (const org of ['org-3', 'org-404', 'org-1499', 'asker']) {
      const query = { org, k: 10, weights: { geography: 0.3 } };
      const remote = await thread.rank(query);
      assert.deepEqual(remote, local.rank(query), org);
      assert.equal(remote?.length, 10);
    }
    assert.equal(await thread.rank({ org: 'nobody' }), null, 'an organization outside the index gets no ranking');
  });

  it('ranks for one need by id and refuses an id that is not one of its needs', async () => {
    const ranked = await thread.rankForNeed({ org: 'asker', k: 5 }, 'need-seo');
    assert.ok(Array.isArray(ranked));
    assert.equal(ranked.length, 5);
    assert.ok(ranked.every((r) => r.matches.some((m) => m.needId === 'need-seo')));
    assert.deepEqual(ranked, local.rankForNeed({ org: 'asker', k: 5 }, 'need-seo'));
    assert.equal(await thread.rankForNeed({ org: 'asker' }, 'need-of-someone-else'), 'unknown_need');
  });

  it('builds a team and maps its positions back to need ids', async () => {
    const answer = await thread.team('asker', ['need-seo', 'need-copy'], 2, {});
    assert.ok('team' in answer);
    assert.deepEqual(answer.needIdAt, ['need-seo', 'need-copy']);
    assert.deepEqual(answer.team.uncovered, []);
    assert.deepEqual(answer, local.team('asker', ['need-seo', 'need-copy'], 2, {}));
    assert.deepEqual(await thread.team('asker', ['need-seo', 'nope'], 2, {}), { unknownNeedIds: ['nope'] });
  });

  it('forgets removed organizations', async () => {
    const before = await thread.rankForNeed({ org: 'asker', k: 2000 }, 'need-seo');
    assert.ok(Array.isArray(before) && before.some((r) => r.id === 'writer'));
    assert.equal(await thread.index([], ['writer']), 1501);
    const remaining = await thread.rankForNeed({ org: 'asker', k: 2000 }, 'need-seo');
    assert.ok(Array.isArray(remaining) && !remaining.some((r) => r.id === 'writer'));
    assert.equal(remaining.length, before.length - 1);
  });

  it('rejects calls once closed, with the reason', async () => {
    const short = new MatchEngineThread();
    assert.equal(await short.size(), 0);
    await short.close();
    assert.equal(short.stopped, true);
    await assert.rejects(short.size(), /closed/);
  });
});
