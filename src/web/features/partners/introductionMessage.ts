import type { MatchCandidate } from '../../api/matching.ts';

/** A first draft of the introduction message, naming the strongest pair in each direction. */
export function suggestIntroductionMessage(myOrgName: string, candidate: MatchCandidate): string {
  const theirs = candidate.pairs.find((p) => p.direction === 'they_cover_my_need');
  const mine = candidate.pairs.find((p) => p.direction === 'i_cover_their_need');
  const lines = [`Hello ${candidate.org.name},`, '', `we are ${myOrgName} and Synergia suggested you as a partner.`];
  if (theirs) lines.push(`Your “${theirs.offerTitle}” could cover our need “${theirs.needTitle}”.`);
  if (mine) lines.push(`In return, our “${mine.offerTitle}” could cover your need “${mine.needTitle}”.`);
  lines.push('', 'Would you like to talk?');
  return lines.join('\n');
}
