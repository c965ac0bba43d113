import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client.ts';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', title: 'Done', message, autoClose: 3500 });
}

export function notifyFailure(error: unknown, fallbackTitle = 'That did not work'): void {
  const title = error instanceof ApiError ? error.title : fallbackTitle;
  const message =
    error instanceof ApiError ? (error.detail ?? error.title) : error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title, message, autoClose: 6000 });
}
