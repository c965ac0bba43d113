import { Grid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { agreementContentSchema, type AgreementContent } from '../../../../common/agreement.ts';
import type { AgreementVersion, Collaboration } from '../../../api/collaborations.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { useProposeAgreement, useSaveAgreementDraft } from '../useAgreement.ts';
import { AgreementActions } from './AgreementActions.tsx';
import { AgreementEditor } from './AgreementEditor.tsx';
import { clauseOrder } from './agreementLabels.ts';
import { CheckerPanel } from './CheckerPanel.tsx';

const shownFields = clauseOrder.flatMap((clause) => [clause, `${clause}.`]);

interface AgreementWorkbenchProps {
  collaboration: Collaboration;
  version: AgreementVersion;
  /** Editing a proposed or effective version: saving opens the next version. */
  isAmendment: boolean;
}

/** The draft editor beside the checker, with save and propose. */
export function AgreementWorkbench({ collaboration, version, isAmendment }: AgreementWorkbenchProps) {
  const form = useFormState<AgreementContent>(version.content, shownFields, { serverFieldPrefix: 'content.' });
  const save = useSaveAgreementDraft(collaboration.id);
  const propose = useProposeAgreement(collaboration.id);
  const parties = collaboration.parties.filter((p) => p.status === 'accepted');
  const dirty = useMemo(
    () => JSON.stringify(form.values) !== JSON.stringify(version.content),
    [form.values, version.content],
  );

  const onSave = () => {
    const content = form.validate(agreementContentSchema, form.values);
    if (!content) return;
    save.mutate(content, {
      onSuccess: (saved) => {
        form.reset(saved.content);
        const errors = saved.findings.filter((f) => f.severity === 'error').length;
        notifySuccess(
          `Version ${saved.version} saved. ${errors === 0 ? 'No blocking error left.' : `The checker still finds ${errors} ${errors === 1 ? 'error' : 'errors'}.`}`,
        );
      },
      onError: form.showError,
    });
  };
  const onPropose = () =>
    propose.mutate(version.version, {
      onSuccess: (proposed) =>
        notifySuccess(`Version ${proposed.version} is proposed. Each party now signs it on the Versions tab.`),
      onError: (error) => notifyFailure(error, 'Could not propose'),
    });

  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, xl: 8 }} order={{ base: 2, xl: 1 }}>
        <Stack gap="md">
          <FormProblemAlert problem={form.problem} />
          <AgreementEditor
            content={form.values}
            setClause={form.setField}
            errors={form.errors}
            readOnly={false}
            parties={parties}
            findings={version.findings}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }} order={{ base: 1, xl: 2 }}>
        <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
          <AgreementActions
            collaboration={collaboration}
            version={version}
            isAmendment={isAmendment}
            dirty={dirty}
            saving={save.isPending}
            proposing={propose.isPending}
            onSave={onSave}
            onPropose={onPropose}
          />
          <CheckerPanel findings={version.findings} stale={dirty || isAmendment} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
