import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachmentDisposition, sanitizeFileName } from './documents.fileNames.ts';

test('keeps only a safe base name', () => {
  const cases: [string, string][] = [
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\anna\\Offer 2026.pdf', 'Offer 2026.pdf'],
    ['report..pdf', 'report.pdf'],
    ['..', 'document'],
    ['.htaccess', 'htaccess'],
    ['  spaced\tname .txt  ', 'spaced name .txt'],
    ['line\r\nbreak.txt', 'line break.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['', 'document'],
    ['Café Crème.docx', 'Café Crème.docx'],
  ];
  for (const [raw, expected] of cases) assert.equal(sanitizeFileName(raw), expected, JSON.stringify(raw));
});

test('shortens long names to 160 characters and keeps the extension', () => {
  const long = `${'é'.repeat(300)}.xlsx`;
  const name = sanitizeFileName(long);
  assert.equal([...name].length, 160);
  assert.ok(name.endsWith('é.xlsx'));
});

test('builds an RFC 6266 attachment header with an ASCII fallback and the UTF-8 name', () => {
  assert.equal(
    attachmentDisposition('Angebot Müller (v2).pdf'),
    `attachment; filename="Angebot M_ller (v2).pdf"; filename*=UTF-8''Angebot%20M%C3%BCller%20%28v2%29.pdf`,
  );
  assert.equal(
    attachmentDisposition('a"b\\c;d%e.txt'),
    `attachment; filename="a_b_c_d_e.txt"; filename*=UTF-8''a%22b%5Cc%3Bd%25e.txt`,
  );
  assert.equal(attachmentDisposition("it's*.txt"), `attachment; filename="it's*.txt"; filename*=UTF-8''it%27s%2A.txt`);
});
