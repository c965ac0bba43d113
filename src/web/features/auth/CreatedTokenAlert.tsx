import { Alert, Button, Stack, Text } from '@mantine/core';
import type { CreatedApiToken } from '../../api/auth.ts';
import { CopyableText } from '../../components/CopyableText.tsx';

export function CreatedTokenAlert({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  return (
    <Alert color="yellow" variant="light" title={`Your new token “${token.name}”`} data-testid="created-token">
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          Copy it now — it is shown only this once. Anyone who has it can act as you through the API.
        </Text>
        <CopyableText value={token.token} testId="created-token-value" />
        <Text size="xs" c="dimmed">
          Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Revoke it below when you no longer need it.
        </Text>
        <Button size="xs" variant="default" onClick={onDismiss} w="fit-content">
          I have copied it
        </Button>
      </Stack>
    </Alert>
  );
}
