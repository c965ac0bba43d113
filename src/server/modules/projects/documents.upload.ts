import type { FastifyRequest } from 'fastify';
import { AppError, validationError } from '../../http/errors.ts';
import { sanitizeFileName } from './documents.fileNames.ts';
import { sniffMediaType } from './sniffMediaType.ts';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export interface CheckedUpload extends UploadedFile {
  mediaType: string;
}

const tooLargeCodes = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

export function tooLarge(limitBytes: number): AppError {
  const mebibytes = Math.round((limitBytes / 1024 / 1024) * 10) / 10;
  return new AppError('payload.too_large', {
    detail: `Files may be at most ${mebibytes} MiB.`,
    extra: { limitBytes },
  });
}

// The single file of a multipart/form-data request, read into memory within the configured limit.
export async function readUploadedFile(request: FastifyRequest, limitBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw validationError('file', 'send the file as multipart/form-data');
  try {
    const part = await request.file();
    if (!part) throw validationError('file', 'no file in the request');
    const bytes = await part.toBuffer();
    return { fileName: part.filename, bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code && tooLargeCodes.has(code)) throw tooLarge(limitBytes);
    throw validationError('file', 'the upload could not be read');
  }
}

// Refuses what a browser could run and names that contradict the content; the rest gets its sniffed type.
export function checkUpload(file: UploadedFile): CheckedUpload {
  const fileName = sanitizeFileName(file.fileName);
  if (file.bytes.length === 0) throw validationError('file', 'is empty');
  const sniffed = sniffMediaType(file.bytes, fileName);
  if (!sniffed.ok) {
    throw new AppError('payload.unsupported_type', { detail: sniffed.detail, extra: { reason: sniffed.reason } });
  }
  return { fileName, bytes: file.bytes, mediaType: sniffed.mediaType };
}
