import { Text, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { requestIntroductionBody } from '../../../common/matching.ts';
import type { Org } from '../../api/orgs.ts';
import { FormModal } from '../../components/form/FormModal.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { notifySuccess } from '../../components/notify.ts';
import { useRequestIntroduction } from './useIntroductions.ts';

interface RequestIntroductionModalProps {
  fromOrg: Org;
  to: { id: string; name: string };
  suggestedMessage: string;
  onClose: () => void;
}

const shownFields = ['message'];

/** Asks another organization for an introduction; they see the message and accept or decline. */
export function RequestIntroductionModal({ fromOrg, to, suggestedMessage, onClose }: RequestIntroductionModalProps) {
  const request = useRequestIntroduction();
  const form = useFormState({ message: suggestedMessage }, shownFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(requestIntroductionBody, {
      fromOrgId: fromOrg.id,
      toOrgId: to.id,
      message: form.values.message,
    });
    if (!input) return;
    request.mutate(input, {
      onSuccess: () => {
        notifySuccess(`Introduction requested. ${to.name} will see your message in their inbox.`);
        onClose();
      },
      onError: form.showError,
    });
  };

  return (
    <FormModal
      title={`Request an introduction to ${to.name}`}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      submitLabel="Send request"
      submitting={request.isPending}
    >
      <Text size="sm" c="dimmed">
        Sent on behalf of {fromOrg.name}. Contact details are exchanged only if {to.name} accepts.
      </Text>
      <Textarea
        label="Message"
        description="Say who you are and what you would like to do together"
        required
        autosize
        minRows={4}
        maxRows={10}
        data-autofocus
        {...form.textProps('message')}
      />
    </FormModal>
  );
}
