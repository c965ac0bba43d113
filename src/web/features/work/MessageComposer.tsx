import { Button, Group, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { completeMention, mentionedUserIds, pendingMention, type Mentionable } from './mentions.ts';

interface MessageComposerProps {
  people: (Mentionable & { orgName: string })[];
  pending: boolean;
  onSend: (input: { body: string; mentionedUserIds: string[] }, clear: () => void) => void;
}

/** A message box where "@" suggests people of the organizations in the thread. */
export function MessageComposer({ people, pending, onSend }: MessageComposerProps) {
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  const partial = pendingMention(body.slice(0, caret));
  const suggestions =
    partial === null ? [] : people.filter((p) => p.name.toLowerCase().startsWith(partial.toLowerCase())).slice(0, 5);

  const pick = (name: string) => {
    const before = completeMention(body.slice(0, caret), name);
    setBody(before + body.slice(caret));
    setCaret(before.length);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(before.length, before.length);
    });
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim()) return;
    onSend({ body, mentionedUserIds: mentionedUserIds(body, people) }, () => {
      setBody('');
      setCaret(0);
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        <Textarea
          ref={input}
          aria-label="Message"
          placeholder="Write a message… type @ to mention someone"
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setCaret(e.currentTarget.selectionStart);
          }}
          onKeyUp={(e) => setCaret(e.currentTarget.selectionStart)}
          onClick={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
        {suggestions.length > 0 && (
          <Paper withBorder shadow="sm" p={4} role="listbox" aria-label="People to mention">
            {suggestions.map((p) => (
              <UnstyledButton
                key={p.userId}
                role="option"
                aria-selected={false}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(p.name)}
                px="xs"
                py={4}
                w="100%"
              >
                <Text size="sm">
                  {p.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {p.orgName}
                  </Text>
                </Text>
              </UnstyledButton>
            ))}
          </Paper>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Ctrl+Enter sends
          </Text>
          <Button type="submit" size="xs" loading={pending} disabled={!body.trim()}>
            Send
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
