import { notifications } from '@mantine/notifications';
import { ApiError } from '../../api/client.ts';
import { notifyFailure } from '../../components/notify.ts';

const units = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument sheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument slides',
  'application/vnd.oasis.opendocument.graphics': 'OpenDocument drawing',
  'application/zip': 'ZIP archive',
  'application/json': 'JSON',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'text/tab-separated-values': 'TSV',
  'application/octet-stream': 'Other file',
};

export const mediaTypeLabel = (mediaType: string) => typeLabels[mediaType] ?? mediaType;

/** Upload errors people can act on: too large, or a type that is not accepted. */
export function notifyUploadFailure(error: unknown, fileName: string): void {
  if (error instanceof ApiError && (error.status === 413 || error.status === 415)) {
    notifications.show({
      color: 'red',
      title: error.status === 413 ? `${fileName} is too large` : `${fileName} cannot be shared here`,
      message: error.detail ?? error.title,
      autoClose: 8000,
    });
    return;
  }
  notifyFailure(error, `${fileName} was not uploaded`);
}
