import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Collaboration } from '../../../api/collaborations.ts';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { exitDataLabels, exitResourceLabels } from '../agreement/agreementLabels.ts';
import { useEffectiveAgreement } from '../useAgreement.ts';
import { useExitCollaboration } from '../useCollaborations.ts';

const openStates = ['negotiating', 'active', 'under_review'];

/** Leaving under the effective agreement's exit terms: the notice period starts today. */
export function ExitPanel({ collaboration }: { collaboration: Collaboration }) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const leaving = collaboration.parties.filter(
    (p) => p.status === 'accepted' && collaboration.abilities.sign.includes(p.orgId),
  );
  const [orgId, setOrgId] = useState<string | null>(leaving[0]?.orgId ?? null);
  const effective = useEffectiveAgreement(collaboration.id);
  const exit = useExitCollaboration(collaboration.id);
  if (leaving.length === 0 || !openStates.includes(collaboration.state)) return null;

  const terms = effective.version?.content.exit;
  const noticeDays = terms?.noticeDays ?? 0;
  const orgName = leaving.find((p) => p.orgId === orgId)?.name ?? 'Your organization';
  const confirm = () => {
    if (!orgId) return;
    exit.mutate(
      { orgId, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(`${orgName} gave notice; it leaves in ${noticeDays} days`);
          setOpened(false);
        },
        onError: (error) => notifyFailure(error, 'Could not leave'),
      },
    );
  };

  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpened(true)}>
        Leave this collaboration…
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Leave the collaboration">
        <Stack gap="sm">
          {leaving.length > 1 && (
            <Select
              label="Organization that leaves"
              data={leaving.map((p) => ({ value: p.orgId, label: p.name }))}
              value={orgId}
              onChange={setOrgId}
              allowDeselect={false}
            />
          )}
          <Text size="sm" data-testid="exit-terms">
            {effective.isPending
              ? 'Loading the exit terms…'
              : terms
                ? `Under the agreement in effect, ${orgName} leaves after a notice of ${noticeDays} days.`
                : 'No agreement is in effect yet: the exit takes effect today.'}
          </Text>
          {terms?.contributedResources && (
            <Text size="sm" c="dimmed">
              Contributed resources: {exitResourceLabels[terms.contributedResources].toLowerCase()}.
            </Text>
          )}
          {terms?.sharedData && (
            <Text size="sm" c="dimmed">
              Shared data: {exitDataLabels[terms.sharedData].toLowerCase()}.
            </Text>
          )}
          {terms?.text && <Text size="sm">{terms.text}</Text>}
          <Textarea
            label="Reason"
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button color="red" loading={exit.isPending} onClick={confirm}>
              Give notice and leave
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
