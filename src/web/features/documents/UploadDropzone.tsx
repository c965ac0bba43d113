import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { formatBytes } from './documentFormat.ts';

interface UploadDropzoneProps {
  limitBytes: number;
  uploading: boolean;
  onFiles: (files: File[]) => void;
}

/** Drop files here or pick them; each becomes a document of the collaboration. */
export function UploadDropzone({ limitBytes, uploading, onFiles }: UploadDropzoneProps) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="document-dropzone"
      bg={dragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)'}
      style={{ borderStyle: 'dashed', borderColor: dragging ? 'var(--mantine-color-indigo-5)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Group justify="space-between" align="center" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600}>Drop files here to share them with the other parties</Text>
          <Text size="sm" c="dimmed">
            Up to {formatBytes(limitBytes)} each · PDF, images, Word, Excel, PowerPoint, OpenDocument, text, CSV, JSON.
            Files are encrypted at rest; HTML, SVG and scripts are refused.
          </Text>
        </Stack>
        <FileButton onChange={(files) => files.length > 0 && onFiles(files)} multiple inputProps={{ name: 'file' }}>
          {(props) => (
            <Button {...props} loading={uploading}>
              Choose files
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}
