import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormProblemAlert } from './FormProblemAlert.tsx';
import type { FormProblem } from './useFormState.ts';

interface FormModalProps {
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  problem: FormProblem | null;
  submitLabel: string;
  submitting: boolean;
  children: ReactNode;
}

/** A dialog holding one form: the server's problem on top, the fields, then Cancel and the submit button. */
export function FormModal({
  title,
  size,
  onClose,
  onSubmit,
  problem,
  submitLabel,
  submitting,
  children,
}: FormModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormProblemAlert problem={problem} />
          {children}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
