import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { signupBody } from '../../../common/schemas.ts';
import { FormProblemAlert } from '../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { AuthCard } from './AuthCard.tsx';
import { safeNextPath, withNext } from './safeNextPath.ts';
import { useCurrentUser } from './useCurrentUser.ts';
import { useSignUp } from './useSessionMutations.ts';

const shownFields = ['name', 'email', 'password'];

export function SignUpPage() {
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const signUp = useSignUp();
  const form = useFormState({ name: '', email: '', password: '' }, shownFields);

  if (currentUser.data && !signUp.isPending && !signUp.isSuccess) return <Navigate to={safeNextPath(next)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(signupBody, form.values);
    if (!input) return;
    signUp.mutate(input, {
      // A brand-new account has no organization yet, unless it came to accept an invitation.
      onSuccess: () => navigate(safeNextPath(next, '/org/new'), { replace: true }),
      onError: form.showError,
    });
  };

  return (
    <AuthCard title="Create your account" subtitle="Map what your business offers and needs, and find partners.">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormProblemAlert problem={form.problem} />
          <TextInput label="Your name" autoComplete="name" required {...form.textProps('name')} data-autofocus />
          <TextInput label="E-mail" type="email" autoComplete="email" required {...form.textProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            {...form.textProps('password')}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth mt="xs">
            Create account
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        Already have an account?{' '}
        <Anchor underline="always" component={Link} to={withNext('/sign-in', next)}>
          Sign in
        </Anchor>
      </Text>
    </AuthCard>
  );
}
