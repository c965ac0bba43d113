import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { inviteBody } from '../../../../common/schemas.ts';
import { orgRoles, type OrgRole } from '../../../../common/vocabulary.ts';
import type { CreatedInvitation, Org } from '../../../api/orgs.ts';
import { CopyableText } from '../../../components/CopyableText.tsx';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { roleLabels } from '../../../components/vocabularyLabels.ts';
import { useInviteMember } from '../useOrgInvitations.ts';

const shownFields = ['email', 'role'];
const roleHints: Record<OrgRole, string> = {
  owner: 'Full control, including other owners',
  admin: 'Edits the profile and manages members',
  member: 'Edits the profile',
  viewer: 'Sees the profile, changes nothing',
};

export function InviteMemberForm({ org }: { org: Org }) {
  const inviteMember = useInviteMember(org.id);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useFormState<{ email: string; role: OrgRole }>({ email: '', role: 'member' }, shownFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(inviteBody, form.values);
    if (!input) return;
    inviteMember.mutate(input, {
      onSuccess: (invitation) => {
        setCreated(invitation);
        form.reset({ email: '', role: form.values.role });
      },
      onError: form.showError,
    });
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Invite a colleague
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormProblemAlert problem={form.problem} />
            <Group align="flex-start" wrap="wrap">
              <TextInput
                label="E-mail"
                type="email"
                placeholder="colleague@example.com"
                {...form.textProps('email')}
                style={{ flex: 1, minWidth: 240 }}
              />
              <Select
                label="Role"
                description={roleHints[form.values.role]}
                data={orgRoles.map((role) => ({
                  value: role,
                  label: roleLabels[role],
                  disabled: role === 'owner' && org.myRole !== 'owner',
                }))}
                value={form.values.role}
                onChange={(role) => role && form.setField('role', role as OrgRole)}
                allowDeselect={false}
                error={form.errors.role}
                w={240}
              />
              <Button type="submit" loading={inviteMember.isPending} mt={25}>
                Send invitation
              </Button>
            </Group>
          </Stack>
        </form>
        {created && (
          <Alert
            color="teal"
            variant="light"
            title={`Invitation for ${created.email} created`}
            withCloseButton
            onClose={() => setCreated(null)}
          >
            <Stack gap="xs">
              <Text size="sm">
                {created.emailed
                  ? 'We are e-mailing this link (retried if the mail server is down). You can also share it yourself:'
                  : 'E-mail is not configured on this server, so share this link yourself. It works for 7 days:'}
              </Text>
              <CopyableText value={created.link} testId="invitation-link" />
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
