import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState.tsx';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      description="The address may be mistyped, or the page was moved."
      action={
        <Button component={Link} to="/" variant="light">
          Go to your organization
        </Button>
      }
    />
  );
}
