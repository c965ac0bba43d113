import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sniffKind, sniffMediaType } from './sniffMediaType.ts';

// A minimal ZIP archive of stored (uncompressed) entries with a central directory; CRCs are not checked.
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const ooxml = (folder: string) =>
  zip([
    ['[Content_Types].xml', '<Types/>'],
    ['_rels/.rels', '<Relationships/>'],
    [`${folder}/document.xml`, '<doc/>'],
  ]);
const odf = (mediaType: string) =>
  zip([
    ['mimetype', mediaType],
    ['content.xml', '<office:document/>'],
  ]);

describe('sniffKind', () => {
  test('recognizes formats by their magic bytes', () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('%PDF-1.4\n'), 'pdf'],
      [Buffer.from('89504e470d0a1a0a0000', 'hex'), 'png'],
      [Buffer.from('ffd8ffe000104a464946', 'hex'), 'jpeg'],
      [Buffer.from('GIF89a\x01\x00'), 'gif'],
      [Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), 'webp'],
      [ooxml('word'), 'docx'],
      [ooxml('xl'), 'xlsx'],
      [ooxml('ppt'), 'pptx'],
      [odf('application/vnd.oasis.opendocument.text'), 'odt'],
      [odf('application/vnd.oasis.opendocument.spreadsheet'), 'ods'],
      [zip([['readme.txt', 'hi']]), 'zip'],
      [Buffer.from('PK\x03\x04 truncated'), 'binary'],
      [Buffer.from(' {"a": [1, 2]} '), 'json'],
      [Buffer.from('{not json'), 'text'],
      [Buffer.from('name;city\nFornò;Bologna\n'), 'text'],
      [Buffer.from([0x61, 0x00, 0x62]), 'binary'],
      [Buffer.from([0xc3, 0x28]), 'binary'],
    ];
    for (const [bytes, kind] of cases) assert.equal(sniffKind(bytes), kind, bytes.subarray(0, 12).toString('hex'));
  });
});

describe('sniffMediaType', () => {
  test('refuses markup and scripts whatever the name, after a BOM, whitespace or in UTF-16', () => {
    const html = ['<html>', '  \n<!DOCTYPE HTML>', '\uFEFF<Script>x</Script>', 'hello <svg/>', '<?xml version="1.0"?>'];
    for (const text of html) {
      const result = sniffMediaType(Buffer.from(text), 'harmless.txt');
      assert.equal(result.ok ? 'accepted' : result.reason, 'active_content', text);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')]);
    assert.equal(sniffMediaType(utf16, 'x.bin').ok, false);
    assert.equal(sniffMediaType(Buffer.from('plain'), 'page.HTM').ok, false);
    assert.equal(sniffMediaType(Buffer.from('let a = 1'), 'code.mjs').ok, false);
  });

  test('refuses a known extension that contradicts the content', () => {
    const mismatches: [Buffer, string][] = [
      [Buffer.from('text'), 'image.png'],
      [Buffer.from('%PDF-1.4'), 'image.jpg'],
      [ooxml('word'), 'sheet.xlsx'],
      [Buffer.from('not json'), 'data.json'],
      [Buffer.from([0, 1, 2]), 'notes.txt'],
    ];
    for (const [bytes, name] of mismatches) {
      const result = sniffMediaType(bytes, name);
      assert.equal(result.ok ? 'accepted' : result.reason, 'extension_mismatch', name);
    }
  });

  test('accepts matching or unknown extensions with the sniffed media type', () => {
    const accepted: [Buffer, string, string][] = [
      [ooxml('word'), 'offer.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [ooxml('xl'), 'archive.zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [Buffer.from('a,b\n1,2\n'), 'prices.csv', 'text/csv'],
      [Buffer.from('a,b\n1,2\n'), 'prices', 'text/plain'],
      [Buffer.from('{"a":1}'), 'notes.txt', 'text/plain'],
      [Buffer.from('{"a":1}'), 'export', 'application/json'],
      [Buffer.from([0, 1, 2, 3]), 'drawing.dwg', 'application/octet-stream'],
      [Buffer.from('%PDF-1.7'), 'scan.PDF', 'application/pdf'],
    ];
    for (const [bytes, name, mediaType] of accepted) {
      assert.deepEqual(sniffMediaType(bytes, name).ok && sniffMediaType(bytes, name), {
        ok: true,
        kind: sniffKind(bytes),
        mediaType,
      });
    }
  });
});
