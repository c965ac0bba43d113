import type { z } from 'zod';
import type { introductionView, requestIntroductionBody } from '../../common/matching.ts';
import { api, type ItemList } from './client.ts';

export type Introduction = z.infer<typeof introductionView>;
export type IntroductionContact = NonNullable<Introduction['contacts']>['requester'];
export type RequestIntroductionInput = z.input<typeof requestIntroductionBody>;

export const listIntroductions = () => api.get<ItemList<Introduction>>('introductions');
export const requestIntroduction = (input: RequestIntroductionInput) => api.post<Introduction>('introductions', input);
export const answerIntroduction = (introductionId: string, accept: boolean) =>
  api.post<Introduction>(`introductions/${introductionId}/${accept ? 'accept' : 'decline'}`);
