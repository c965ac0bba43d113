import type { z } from 'zod';
import type {
  apiTokenView,
  createdTokenView,
  createTokenBody,
  loginBody,
  signupBody,
  userView,
} from '../../common/schemas.ts';
import { api, ApiError, type ItemList } from './client.ts';

export type User = z.infer<typeof userView>;
export type SignUpInput = z.input<typeof signupBody>;
export type SignInInput = z.input<typeof loginBody>;
export type ApiToken = z.infer<typeof apiTokenView>;
export type CreatedApiToken = z.infer<typeof createdTokenView>;
export type CreateTokenInput = z.input<typeof createTokenBody>;

export const signUp = (input: SignUpInput) => api.post<{ user: User }>('auth/signup', input);
export const signIn = (input: SignInInput) => api.post<{ user: User }>('auth/login', input);
export const signOut = () => api.post<void>('auth/logout');

/** The signed-in user, or null when there is no valid session. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    const { user } = await api.get<{ user: User }>('auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const listApiTokens = () => api.get<ItemList<ApiToken>>('auth/tokens');
export const createApiToken = (input: CreateTokenInput) => api.post<CreatedApiToken>('auth/tokens', input);
export const revokeApiToken = (tokenId: string) => api.delete(`auth/tokens/${tokenId}`);
