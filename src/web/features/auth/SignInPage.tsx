import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginBody } from '../../../common/schemas.ts';
import { FormProblemAlert } from '../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { AuthCard } from './AuthCard.tsx';
import { safeNextPath, withNext } from './safeNextPath.ts';
import { useCurrentUser } from './useCurrentUser.ts';
import { useSignIn } from './useSessionMutations.ts';

const shownFields = ['email', 'password'];

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const navigate = useNavigate();
  const currentUser = useCurrentUser();
  const signIn = useSignIn();
  const form = useFormState({ email: '', password: '' }, shownFields);

  if (currentUser.data) return <Navigate to={safeNextPath(next)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(loginBody, form.values);
    if (!input) return;
    signIn.mutate(input, {
      onSuccess: () => navigate(safeNextPath(next), { replace: true }),
      onError: form.showError,
    });
  };

  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Sign in to your Synergia account.">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormProblemAlert problem={form.problem} />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="email"
            required
            {...form.textProps('email')}
            data-autofocus
          />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.textProps('password')} />
          <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center">
        New to Synergia?{' '}
        <Anchor underline="always" component={Link} to={withNext('/sign-up', next)}>
          Create an account
        </Anchor>
      </Text>
    </AuthCard>
  );
}
