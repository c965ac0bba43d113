// Uploaded file names are display text only: never a path, never markup, never a header injection.

const maxNameLength = 160;

/**
 * The base name of a client-supplied file name without path separators, control or format
 * characters (bidi overrides), `..` or leading dots; at most 160 characters, the extension kept.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').replaceAll('\\', '/').split('/').pop() ?? '';
  let name = base
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const characters = [...name];
  if (characters.length > maxNameLength) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 12 ? [...name.slice(dot)] : [];
    name = [...characters.slice(0, maxNameLength - extension.length), ...extension].join('').trim();
  }
  return name || 'document';
}

// RFC 5987 attr-char: letters, digits and !#$&+-.^_`|~ stay; everything else is percent-encoded.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
