import { inflateSync } from 'node:zlib';

// The text of a PDF as pdfmake (pdfkit) writes it, for tests: fonts embedded as Type0 with Identity-H
// glyph codes, each with a ToUnicode map of bfrange arrays, content streams compressed. Enough to
// assert what a reader sees and copies; not a general PDF parser.

function objectBody(pdf: string, ref: string): string {
  const at = pdf.indexOf(`\n${ref} 0 obj`);
  if (at === -1) throw new Error(`no object ${ref} in the PDF`);
  return pdf.slice(at, pdf.indexOf('endobj', at));
}

function streamOf(pdf: string, ref: string): string {
  const body = objectBody(pdf, ref);
  const start = body.indexOf('stream\n') + 'stream\n'.length;
  const raw = Buffer.from(body.slice(start, body.lastIndexOf('\nendstream')), 'latin1');
  return (body.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
}

/** Glyph code → text, from a ToUnicode map: `<first> <last> [<unicode> …]`. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, first, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    // A ligature's entry holds several characters, spaced: <0066 0069> for "fi".
    [...(list as string).matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, hex], i) => {
      const units = (hex as string).replace(/ /g, '').match(/.{4}/g) ?? [];
      map.set(parseInt(first as string, 16) + i, String.fromCharCode(...units.map((u) => parseInt(u, 16))));
    });
  }
  return map;
}

/** Font resource name (F1, F2, …) → its glyph map. */
function fontMaps(pdf: string): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  for (const [, name, ref] of pdf.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicodeRef = /\/ToUnicode (\d+) 0 R/.exec(objectBody(pdf, ref as string))?.[1];
    if (toUnicodeRef !== undefined) maps.set(name as string, toUnicode(streamOf(pdf, toUnicodeRef)));
  }
  return maps;
}

/** The lines the pages show, in order: text objects at the same height join into one line. */
export function pdfText(buffer: Buffer): string[] {
  const pdf = buffer.toString('latin1');
  const fonts = fontMaps(pdf);
  const lines: string[] = [];
  const operators = /\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ/g;
  for (const [, ref] of pdf.matchAll(/\/Contents (\d+) 0 R/g)) {
    let font = new Map<number, string>();
    let y = '';
    let line: string | null = null;
    for (const [, name, height, array] of streamOf(pdf, ref as string).matchAll(operators)) {
      if (name !== undefined) font = fonts.get(name) ?? new Map();
      else if (height !== undefined) {
        if (height === y) continue;
        if (line !== null) lines.push(line.trimEnd());
        line = null;
        y = height;
      } else {
        const codes = [...(array as string).matchAll(/<([0-9a-f]+)>/gi)].flatMap(
          ([, hex]) => (hex as string).match(/.{4}/g) ?? [],
        );
        line = (line ?? '') + codes.map((code) => font.get(parseInt(code, 16)) ?? '\uFFFD').join('');
      }
    }
    if (line !== null) lines.push(line.trimEnd());
  }
  return lines;
}
