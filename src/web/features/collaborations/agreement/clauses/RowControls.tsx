import { ActionIcon, Button, Group, Text } from '@mantine/core';

export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} title={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}

export function AddRowButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <Group>
      <Button size="xs" variant="light" onClick={onClick} disabled={disabled}>
        + {label}
      </Button>
    </Group>
  );
}

export function NoneYet({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}
