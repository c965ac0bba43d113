import { Alert, List } from '@mantine/core';
import type { FormProblem } from './useFormState.ts';

export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" title={problem.title} role="alert">
      {problem.details.length === 1 ? (
        problem.details[0]
      ) : (
        <List size="sm">
          {problem.details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
