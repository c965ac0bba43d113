import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AgreementVersion, Collaboration } from '../../../api/collaborations.ts';

interface AgreementActionsProps {
  collaboration: Collaboration;
  version: AgreementVersion;
  isAmendment: boolean;
  dirty: boolean;
  saving: boolean;
  proposing: boolean;
  onSave: () => void;
  onPropose: () => void;
}

/** Why the draft cannot be proposed yet, or null when it can. */
export function proposeBlocker(
  collaboration: Collaboration,
  version: AgreementVersion,
  dirty: boolean,
  isAmendment: boolean,
): string | null {
  const errors = version.findings.filter((f) => f.severity === 'error').length;
  if (collaboration.state === 'proposed') return 'Wait until an invited party has accepted.';
  if (!collaboration.abilities.commit) return 'Only owners and admins of a party can propose.';
  if (dirty || isAmendment) return 'Save the draft first: the checker runs on the saved draft.';
  if (errors > 0) return `Fix the ${errors === 1 ? 'error' : `${errors} errors`} the checker lists first.`;
  return null;
}

export function AgreementActions(props: AgreementActionsProps) {
  const { collaboration, version, isAmendment, dirty, saving, proposing, onSave, onPropose } = props;
  const blocker = proposeBlocker(collaboration, version, dirty, isAmendment);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {isAmendment ? `New draft (version ${version.version + 1})` : `Version ${version.version}`}
          </Text>
          <Badge color={dirty ? 'orange' : 'gray'} variant="light" data-testid="draft-status">
            {dirty ? 'Unsaved changes' : isAmendment ? 'Not saved yet' : 'Draft saved'}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, xl: 1 }} spacing="xs">
          <Button variant="default" onClick={onSave} loading={saving} disabled={!dirty && !isAmendment}>
            Save draft
          </Button>
          <Button onClick={onPropose} loading={proposing} disabled={blocker !== null}>
            Propose for signature
          </Button>
        </SimpleGrid>
        <Text size="xs" c="dimmed" data-testid="propose-blocker">
          {blocker ?? 'Proposing freezes this version; every party then signs its exact text.'}
        </Text>
      </Stack>
    </Paper>
  );
}
