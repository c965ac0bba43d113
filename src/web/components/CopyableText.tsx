import { Button, Code, CopyButton, Group } from '@mantine/core';

/** A value shown in monospace with a copy button, for tokens and invitation links. */
export function CopyableText({ value, testId }: { value: string; testId?: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Button size="xs" color={copied ? 'teal' : 'blue'} onClick={copy} miw={80}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
