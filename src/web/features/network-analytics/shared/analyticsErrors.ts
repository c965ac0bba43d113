import { ApiError } from '../../../api/client.ts';

/** Not allowed and not found look the same from outside, on purpose; both mean "not for you". */
export function isHiddenFromActor(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}
