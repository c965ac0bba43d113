// What an uploaded file is, judged by its bytes alone; the name may only confirm it, never decide it.

export type ContentKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'odg'
  | 'zip'
  | 'json'
  | 'text'
  | 'binary';

export type SniffResult =
  | { ok: true; kind: ContentKind; mediaType: string }
  | { ok: false; reason: 'active_content' | 'extension_mismatch'; detail: string };

const mediaTypes: Record<ContentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  odg: 'application/vnd.oasis.opendocument.graphics',
  zip: 'application/zip',
  json: 'application/json',
  text: 'text/plain',
  binary: 'application/octet-stream',
};

// Extensions whose content a browser or viewer may execute: refused whatever the bytes say.
const activeExtensions = new Set(['html', 'htm', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'js', 'mjs']);

// For a known extension, the kinds of content it may hold; other extensions are not checked.
const expectedKinds: Record<string, ContentKind[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
  odg: ['odg'],
  zip: ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'odg'],
  json: ['json'],
  txt: ['text', 'json'],
  md: ['text', 'json'],
  log: ['text', 'json'],
  csv: ['text'],
  tsv: ['text'],
};

const activeMarkers = ['<!doctype html', '<html', '<head', '<body', '<script', '<svg', '<iframe', '<object', '<embed'];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// The first KiB as text, whatever its encoding claims, so that markup hidden behind a BOM is seen too.
function leadingText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 1024);
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const withoutBom = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  return new TextDecoder('latin1').decode(withoutBom);
}

export function looksLikeActiveContent(bytes: Uint8Array): boolean {
  const text = leadingText(bytes).replaceAll('\0', '').toLowerCase();
  if (text.trimStart().startsWith('<?xml')) return true;
  return activeMarkers.some((marker) => text.includes(marker));
}

// Entry names of a ZIP archive, from its central directory (null when the archive is not readable).
export function zipEntries(bytes: Uint8Array): { name: string; localOffset: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; localOffset: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// ODF keeps its media type uncompressed in a first entry named "mimetype".
function odfMediaType(bytes: Uint8Array, localOffset: number): string | null {
  if (localOffset + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(localOffset, true) !== 0x04034b50 || view.getUint16(localOffset + 8, true) !== 0) return null;
  const size = view.getUint32(localOffset + 18, true);
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (size > 100 || start + size > bytes.length) return null;
  return new TextDecoder().decode(bytes.subarray(start, start + size));
}

function zipKind(bytes: Uint8Array): ContentKind {
  const entries = zipEntries(bytes);
  if (!entries) return 'binary';
  const names = entries.map((e) => e.name);
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  }
  const mimetype = entries.find((e) => e.name === 'mimetype');
  const odf = mimetype ? odfMediaType(bytes, mimetype.localOffset) : null;
  const odfKind = (['odt', 'ods', 'odp', 'odg'] as const).find((k) => mediaTypes[k] === odf);
  return odfKind ?? 'zip';
}

function textKind(bytes: Uint8Array): ContentKind | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(trimmed);
      return 'json';
    } catch {
      return 'text';
    }
  }
  return 'text';
}

export function sniffKind(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes);
  }
  return textKind(bytes) ?? 'binary';
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

// The media type to store and serve for these bytes under this name, or why they are refused.
export function sniffMediaType(bytes: Uint8Array, fileName: string): SniffResult {
  const extension = extensionOf(fileName);
  if (activeExtensions.has(extension) || looksLikeActiveContent(bytes)) {
    return {
      ok: false,
      reason: 'active_content',
      detail: 'HTML, SVG, XML and script files are not accepted: a browser could run them.',
    };
  }
  const kind = sniffKind(bytes);
  const expected = expectedKinds[extension];
  if (expected && !expected.includes(kind)) {
    return {
      ok: false,
      reason: 'extension_mismatch',
      detail: `The file is named .${extension} but its content is ${mediaTypes[kind]}.`,
    };
  }
  return { ok: true, kind, mediaType: refinedMediaType(kind, extension) };
}

// Plain text named as CSV is served as CSV; JSON named as text stays text.
function refinedMediaType(kind: ContentKind, extension: string): string {
  if (kind === 'text' && extension === 'csv') return 'text/csv';
  if (kind === 'text' && extension === 'tsv') return 'text/tab-separated-values';
  if (kind === 'json' && ['txt', 'md', 'log'].includes(extension)) return 'text/plain';
  return mediaTypes[kind];
}
