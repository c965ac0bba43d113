import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgreementContent } from '../../../../common/agreement.ts';
import type { Finding } from '../../../api/collaborations.ts';
import { ClauseSection } from './ClauseSection.tsx';
import type { AgreementParty } from './clauses/clauseProps.ts';
import { ContributionsClause } from './clauses/ContributionsClause.tsx';
import { DecisionRightsClause } from './clauses/DecisionRightsClause.tsx';
import { DisputeClause } from './clauses/DisputeClause.tsx';
import { ExitClause, TermClause } from './clauses/ExitAndTermClauses.tsx';
import { KpisClause } from './clauses/KpisClause.tsx';
import { ObjectivesClause } from './clauses/ObjectivesClause.tsx';
import { ConfidentialityClause, IntellectualPropertyClause } from './clauses/ProtectionClauses.tsx';
import { ScopeClause } from './clauses/ScopeClause.tsx';
import { WorkstreamsClause } from './clauses/WorkstreamsClause.tsx';

export interface AgreementEditorProps {
  content: AgreementContent;
  setClause: <K extends keyof AgreementContent>(key: K, value: AgreementContent[K]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  parties: AgreementParty[];
  findings: Finding[];
}

/** Every clause of the agreement, editable or read-only; the same layout for drafts and signed versions. */
export function AgreementEditor({ content, setClause, errors, readOnly, parties, findings }: AgreementEditorProps) {
  const common = { errors, readOnly, parties };
  const findingsOf = (clause: string) =>
    findings.filter((f) => f.clause === clause || (clause === 'contributions' && f.clause === 'parties'));
  let number = 0;
  const section = (clause: keyof AgreementContent, body: ReactNode) => (
    <ClauseSection key={clause} clause={clause} number={++number} findings={findingsOf(clause)}>
      {body}
    </ClauseSection>
  );
  return (
    <Stack gap="md" data-testid="agreement-editor">
      {section('scope', <ScopeClause {...common} value={content.scope} onChange={(v) => setClause('scope', v)} />)}
      {section(
        'objectives',
        <ObjectivesClause {...common} value={content.objectives} onChange={(v) => setClause('objectives', v)} />,
      )}
      {section(
        'contributions',
        <ContributionsClause
          {...common}
          value={content.contributions}
          onChange={(v) => setClause('contributions', v)}
        />,
      )}
      {section(
        'workstreams',
        <WorkstreamsClause {...common} value={content.workstreams} onChange={(v) => setClause('workstreams', v)} />,
      )}
      {section(
        'decisionRights',
        <DecisionRightsClause
          {...common}
          value={content.decisionRights}
          contributions={content.contributions}
          onChange={(v) => setClause('decisionRights', v)}
        />,
      )}
      {section('kpis', <KpisClause {...common} value={content.kpis} onChange={(v) => setClause('kpis', v)} />)}
      {section(
        'intellectualProperty',
        <IntellectualPropertyClause
          {...common}
          value={content.intellectualProperty}
          onChange={(v) => setClause('intellectualProperty', v)}
        />,
      )}
      {section(
        'confidentiality',
        <ConfidentialityClause
          {...common}
          value={content.confidentiality}
          onChange={(v) => setClause('confidentiality', v)}
        />,
      )}
      {section(
        'disputeResolution',
        <DisputeClause
          {...common}
          value={content.disputeResolution}
          onChange={(v) => setClause('disputeResolution', v)}
        />,
      )}
      {section('exit', <ExitClause {...common} value={content.exit} onChange={(v) => setClause('exit', v)} />)}
      {section('term', <TermClause {...common} value={content.term} onChange={(v) => setClause('term', v)} />)}
    </Stack>
  );
}
