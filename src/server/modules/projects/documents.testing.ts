import { randomUUID } from 'node:crypto';
import type { Session, TestApp } from '../../testing/testApp.ts';

// A multipart/form-data body with one file part, as a browser sends it.
export function multipartFile(fileName: string, content: Buffer | string, contentType = 'application/octet-stream') {
  const boundary = `----synergia-${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function uploadTo(
  t: TestApp,
  as: Session,
  url: string,
  fileName: string,
  content: Buffer | string,
  contentType?: string,
) {
  return t.request({ method: 'POST', url, as, ...multipartFile(fileName, content, contentType) });
}

export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100' +
    '05fe02fea7d5a20000000049454e44ae426082',
  'hex',
);
