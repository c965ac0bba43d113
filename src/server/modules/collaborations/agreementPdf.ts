import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AgreementContent } from '../../../common/agreement.ts';
import { collaborationKindLabels } from '../../../common/collaboration.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { getVersion } from './agreements.service.ts';
import { getCollaboration } from './collaborations.service.ts';
import { renderPdf } from '../../pdf/renderPdf.ts';

type Version = Awaited<ReturnType<typeof getVersion>>;

const heading = (text: string): Content => ({ text, style: 'heading' });
const line = (label: string, value: unknown): Content => ({
  text: [{ text: `${label}: `, bold: true }, String(value ?? '—')],
  margin: [0, 1, 0, 1],
});

function clauses(content: AgreementContent, nameOf: (orgId: string | null) => string): Content[] {
  return [
    heading('Scope'),
    content.scope.description,
    ...content.scope.inScope.map((s) => `• In scope: ${s}`),
    ...content.scope.outOfScope.map((s) => `• Out of scope: ${s}`),
    heading('Objectives'),
    ...content.objectives.map(
      (o, i) =>
        `${i + 1}. ${o.text} — ${o.metric}: ${o.target ?? '?'} ${o.unit}, owner ${nameOf(o.ownerOrgId)}, by ${o.deadline ?? '?'}`,
    ),
    heading('Contributions'),
    ...content.contributions.map(
      (c) =>
        `• ${nameOf(c.partyOrgId)}: ${c.description} (${c.kind}${c.amount !== null ? `, ${c.amount} ${c.unit}` : ''}), declared value €${c.declaredValue}`,
    ),
    heading('Roles (RACI)'),
    ...content.workstreams.map((w) => `• ${w.name}: ${w.raci.map((r) => `${nameOf(r.orgId)} ${r.role}`).join(', ')}`),
    heading('Decision rights'),
    line(
      'Votes',
      content.decisionRights.voteWeighting === 'equal' ? 'one party, one vote' : 'weighted by contribution',
    ),
    ...content.decisionRights.rules.map((r) => `• ${r.decisionClass}: ${r.rule.replace('_', ' ')}`),
    heading('KPIs'),
    ...content.kpis.map((k) => `• ${k.name}: ${k.metric}, target ${k.target ?? '?'} ${k.unit}, ${k.frequency}`),
    heading('Intellectual property'),
    line('Background IP', content.intellectualProperty.background),
    line('Foreground IP', content.intellectualProperty.foregroundOwnership),
    line('Licences', content.intellectualProperty.licences),
    heading('Confidentiality'),
    line(
      'Applies',
      content.confidentiality.applies ? `yes, ${content.confidentiality.termMonths ?? '?'} months` : 'no',
    ),
    content.confidentiality.text,
    heading('Dispute resolution'),
    ...content.disputeResolution.steps.map((s, i) => `${i + 1}. ${s.kind} within ${s.days} days`),
    heading('Exit and termination'),
    line('Notice', content.exit.noticeDays === null ? null : `${content.exit.noticeDays} days`),
    line('Contributed resources', content.exit.contributedResources),
    line('Shared data', content.exit.sharedData),
    content.exit.text,
    heading('Term'),
    line('From', content.term.startDate),
    line('Until', content.term.endDate ?? 'open-ended'),
    line('Renewal', content.term.renewal),
  ];
}

function documentFor(
  collaboration: Awaited<ReturnType<typeof getCollaboration>>,
  version: Version,
): TDocumentDefinitions {
  const nameOf = (orgId: string | null) => collaboration.parties.find((p) => p.orgId === orgId)?.name ?? orgId ?? '—';
  return {
    info: { title: `${collaboration.name} — agreement v${version.version}` },
    defaultStyle: { fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      hash: { fontSize: 8, color: '#555555' },
    },
    content: [
      { text: collaboration.name, style: 'title' },
      `${collaborationKindLabels[collaboration.kind]} · agreement version ${version.version} · ${version.status}`,
      {
        text: `SHA-256 of the canonical document (RFC 8785): ${version.contentHash ?? 'not frozen yet (draft)'}`,
        style: 'hash',
      },
      heading('Parties'),
      ...collaboration.parties.map((p) => `• ${p.name} (${p.status})`),
      ...clauses(version.content, nameOf),
      heading('Signatures'),
      ...(version.signatures.length === 0
        ? ['No signatures yet.']
        : version.signatures.map((s) => ({
            stack: [
              `${s.orgName}, signed by ${s.userName} on ${s.signedAt}`,
              { text: `hash ${s.contentHash}`, style: 'hash' },
            ],
            margin: [0, 2, 0, 2] as [number, number, number, number],
          }))),
    ],
  };
}

export async function renderAgreementPdf(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  version: number,
): Promise<Buffer> {
  const [collaboration, agreement] = await Promise.all([
    getCollaboration(deps, actor, collaborationId),
    getVersion(deps, actor, collaborationId, version),
  ]);
  return renderPdf(documentFor(collaboration, agreement));
}
