// Buffer.from(text, 'base64') skips invalid characters and tolerates missing padding, so two different
// strings can decode to the same bytes. A tamper-evident format needs exactly one spelling per value.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64Strict(text: unknown): Buffer | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
