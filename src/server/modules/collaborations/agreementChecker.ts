import type { AgreementContent } from '../../../common/agreement.ts';

// The completeness and risk checker: the seeds' governance checklist (scope, objectives,
// contributions, roles, decision rights, disputes, exit) and their strategic-vulnerability
// table (no exit, no IP terms, a party without voice, value contributed without say).

export interface Party {
  orgId: string;
  name: string;
}

export interface Finding {
  severity: 'error' | 'warning';
  clause: keyof AgreementContent | 'parties';
  code: string;
  message: string;
}

type Check = (content: AgreementContent, parties: Party[]) => Finding[];

const error = (clause: Finding['clause'], code: string, message: string): Finding => ({
  severity: 'error',
  clause,
  code,
  message,
});
const warning = (clause: Finding['clause'], code: string, message: string): Finding => ({
  severity: 'warning',
  clause,
  code,
  message,
});

const checkScope: Check = ({ scope }) =>
  scope.description.length < 20
    ? [error('scope', 'scope.missing', 'Describe the scope: what the collaboration does and for whom.')]
    : [];

// SMART: specific text, measurable metric with target and unit, an owner among the parties, a deadline.
const checkObjectives: Check = ({ objectives }, parties) => {
  if (objectives.length === 0) return [error('objectives', 'objectives.missing', 'Add at least one objective.')];
  const partyIds = new Set(parties.map((p) => p.orgId));
  return objectives.flatMap((o, i) => {
    const label = `Objective ${i + 1}${o.text ? ` (“${o.text.slice(0, 40)}”)` : ''}`;
    const missing: string[] = [];
    if (o.text.length < 15) missing.push('specific wording');
    if (!o.metric || o.target === null || !o.unit) missing.push('a measurable metric with target and unit');
    if (!o.ownerOrgId || !partyIds.has(o.ownerOrgId)) missing.push('an owner among the parties');
    if (!o.deadline) missing.push('a deadline');
    return missing.length === 0
      ? []
      : [warning('objectives', 'objectives.not_smart', `${label} is not SMART yet: it lacks ${missing.join(', ')}.`)];
  });
};

const checkContributions: Check = ({ contributions }, parties) =>
  parties
    .filter((p) => !contributions.some((c) => c.partyOrgId === p.orgId))
    .map((p) =>
      warning('contributions', 'contributions.party_without', `${p.name} commits no contribution: say what it brings.`),
    );

const checkWorkstreams: Check = ({ workstreams }) => {
  if (workstreams.length === 0) {
    return [warning('workstreams', 'roles.missing', 'Define at least one workstream with RACI roles.')];
  }
  return workstreams.flatMap((w) => {
    const accountable = w.raci.filter((r) => r.role === 'A').length;
    const findings: Finding[] = [];
    if (accountable !== 1) {
      findings.push(
        error('workstreams', 'roles.accountable', `Workstream “${w.name}” needs exactly one accountable party (A).`),
      );
    }
    if (!w.raci.some((r) => r.role === 'R')) {
      findings.push(warning('workstreams', 'roles.responsible', `Workstream “${w.name}” has nobody responsible (R).`));
    }
    return findings;
  });
};

// Each party's share of the vote, as the agreement's weighting gives it.
export function voteShares(content: AgreementContent, parties: Party[]): Map<string, number> {
  const values = valueShares(content, parties);
  return new Map(
    parties.map((p) => [
      p.orgId,
      content.decisionRights.voteWeighting === 'equal' ? 1 / parties.length : (values.get(p.orgId) ?? 0),
    ]),
  );
}

export function valueShares(content: AgreementContent, parties: Party[]): Map<string, number> {
  const total = content.contributions.reduce((sum, c) => sum + c.declaredValue, 0);
  return new Map(
    parties.map((p) => {
      const own = content.contributions
        .filter((c) => c.partyOrgId === p.orgId)
        .reduce((s, c) => s + c.declaredValue, 0);
      return [p.orgId, total === 0 ? 0 : own / total];
    }),
  );
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

const checkDecisionRights: Check = (content, parties) => {
  const { rules } = content.decisionRights;
  if (rules.length === 0) {
    return [
      error(
        'decisionRights',
        'decisions.missing',
        'Say which decisions need a simple majority, two thirds or unanimity.',
      ),
    ];
  }
  const findings: Finding[] = [];
  const votes = voteShares(content, parties);
  const values = valueShares(content, parties);
  for (const party of parties) {
    const vote = votes.get(party.orgId) ?? 0;
    const value = values.get(party.orgId) ?? 0;
    if (vote === 0) {
      findings.push(
        warning(
          'decisionRights',
          'decisions.no_voice',
          `${party.name} has no vote: with contribution weighting it contributes nothing.`,
        ),
      );
    }
    if (vote > 0.5 && rules.some((r) => r.rule === 'simple_majority')) {
      findings.push(
        warning(
          'decisionRights',
          'decisions.dominant',
          `${party.name} holds ${percent(vote)} of the vote and decides majority matters alone.`,
        ),
      );
    }
    const leastSay = Math.min(...votes.values());
    if (parties.length > 1 && value >= 0.5 && vote <= leastSay && vote < value - 0.2) {
      findings.push(
        warning(
          'decisionRights',
          'decisions.value_without_say',
          `${party.name} contributes ${percent(value)} of the declared value but has ${percent(vote)} of the vote.`,
        ),
      );
    }
  }
  return findings;
};

const checkKpis: Check = ({ kpis }) =>
  kpis.length === 0 ? [warning('kpis', 'kpis.missing', 'Add KPIs so that the partners can see whether it works.')] : [];

const checkIntellectualProperty: Check = ({ intellectualProperty }) =>
  intellectualProperty.foregroundOwnership === null
    ? [error('intellectualProperty', 'ip.missing', 'Say who owns what the collaboration creates (foreground IP).')]
    : [];

const checkConfidentiality: Check = ({ confidentiality }) =>
  confidentiality.applies
    ? []
    : [warning('confidentiality', 'confidentiality.missing', 'Nothing is confidential: is that intended?')];

const escalation = ['negotiation', 'mediation', 'arbitration'];
const checkDisputes: Check = ({ disputeResolution }) => {
  const steps = disputeResolution.steps.map((s) => escalation.indexOf(s.kind));
  if (steps.length === 0) {
    return [
      error(
        'disputeResolution',
        'disputes.missing',
        'Set how disputes are resolved: negotiation, mediation, arbitration.',
      ),
    ];
  }
  return steps.every((step, i) => i === 0 || step > (steps[i - 1] ?? -1))
    ? []
    : [
        warning(
          'disputeResolution',
          'disputes.order',
          'Dispute steps should escalate: negotiation → mediation → arbitration.',
        ),
      ];
};

const checkExit: Check = ({ exit }) => {
  if (exit.noticeDays === null) {
    return [error('exit', 'exit.missing', 'Add an exit clause with a notice period: partners must be able to leave.')];
  }
  const findings: Finding[] = [];
  if (exit.contributedResources === null) {
    findings.push(warning('exit', 'exit.resources', 'Say what happens to contributed resources when a party leaves.'));
  }
  if (exit.sharedData === null) {
    findings.push(warning('exit', 'exit.data', 'Say what happens to shared data when a party leaves.'));
  }
  return findings;
};

const checkTerm: Check = ({ term }) => {
  if (!term.startDate) return [warning('term', 'term.start', 'Set when the agreement starts.')];
  if (term.endDate && term.endDate < term.startDate)
    return [error('term', 'term.order', 'The end date is before the start date.')];
  return [];
};

// Every organization named in a clause must be a party.
const checkReferences: Check = (content, parties) => {
  const partyIds = new Set(parties.map((p) => p.orgId));
  const named = [
    ...content.contributions.map((c) => c.partyOrgId),
    ...content.workstreams.flatMap((w) => w.raci.map((r) => r.orgId)),
    ...content.objectives.flatMap((o) => (o.ownerOrgId ? [o.ownerOrgId] : [])),
  ];
  return [...new Set(named)]
    .filter((id) => !partyIds.has(id))
    .map((id) => error('parties', 'parties.unknown', `Organization ${id} is named in a clause but is not a party.`));
};

const checks: Check[] = [
  checkReferences,
  checkScope,
  checkObjectives,
  checkContributions,
  checkWorkstreams,
  checkDecisionRights,
  checkKpis,
  checkIntellectualProperty,
  checkConfidentiality,
  checkDisputes,
  checkExit,
  checkTerm,
];

export function checkAgreement(content: AgreementContent, parties: Party[]): Finding[] {
  return checks.flatMap((check) => check(content, parties));
}
