import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CreatedApiToken } from '../../api/auth.ts';
import { createTokenBody } from '../../../common/schemas.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormProblemAlert } from '../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { notifyFailure, notifySuccess } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CreatedTokenAlert } from './CreatedTokenAlert.tsx';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './useApiTokens.ts';
import { ActionsHeader } from '../../components/ActionsHeader.tsx';

const shownFields = ['name'];

export function ApiTokensPage() {
  const tokens = useApiTokens();
  const createToken = useCreateApiToken();
  const revokeToken = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useFormState({ name: '' }, shownFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createTokenBody, form.values);
    if (!input) return;
    createToken.mutate(input, {
      onSuccess: (token) => {
        setCreated(token);
        form.reset({ name: '' });
      },
      onError: form.showError,
    });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let scripts and the <code>synergia</code> command line use the API as you. See the{' '}
            <Anchor underline="always" href="/docs" target="_blank">
              API documentation
            </Anchor>
            .
          </>
        }
      />
      {created && <CreatedTokenAlert token={created} onDismiss={() => setCreated(null)} />}
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h5">
              Create a token
            </Title>
            <FormProblemAlert problem={form.problem} />
            <Group align="flex-start">
              <TextInput
                placeholder="What is it for? e.g. Nightly ERP sync"
                aria-label="Token name"
                {...form.textProps('name')}
                style={{ flex: 1 }}
              />
              <Button type="submit" loading={createToken.isPending}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {tokens.isPending && <PageLoader />}
      {tokens.isError && <QueryErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.data && tokens.data.items.length === 0 && (
        <EmptyState title="No tokens yet" description="Create one above when a script needs to reach Synergia." />
      )}
      {tokens.data && tokens.data.items.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={550}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <ActionsHeader />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={500}>{token.name}</Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                        {formatDateTime(token.lastUsedAt, 'Never')}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        color="red"
                        question={`Revoke “${token.name}”? Scripts using it stop working at once.`}
                        confirmLabel="Revoke"
                        onConfirm={() =>
                          revokeToken.mutate(token.id, {
                            onSuccess: () => notifySuccess(`Token “${token.name}” revoked`),
                            onError: (error) => notifyFailure(error),
                          })
                        }
                      >
                        Revoke
                      </ConfirmButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
