import { createRequire } from 'node:module';
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

// PDFs in a font that writes the parties' own names. PDF's fourteen standard fonts know only the
// Windows-1252 characters, so "Łódź", "Dvořák" or "Ελλάδα" came out as wrong letters. Roboto, which
// pdfmake ships (Apache 2.0, in pdfmake/build/vfs_fonts.js), covers Latin with its extensions, Greek
// and Cyrillic; it is embedded as a subset of the glyphs used, with a ToUnicode map, so the text
// stays searchable and copyable. Not covered: CJK and other scripts, and symbols such as ✓ or ★.

const PDF_FONT = 'Roboto';

let printer: PdfPrinter | undefined;

/** The printer with Roboto, read on the first PDF rather than at start-up (the fonts are ~850 KB of base64). */
function robotoPrinter(): PdfPrinter {
  if (printer) return printer;
  const fontFiles = createRequire(import.meta.url)('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const fontFile = (name: string) => {
    const base64 = fontFiles[name];
    if (base64 === undefined) throw new Error(`pdfmake no longer ships ${name}`);
    return Buffer.from(base64, 'base64');
  };
  printer = new PdfPrinter({
    [PDF_FONT]: {
      normal: fontFile('Roboto-Regular.ttf'),
      bold: fontFile('Roboto-Medium.ttf'),
      italics: fontFile('Roboto-Italic.ttf'),
      bolditalics: fontFile('Roboto-MediumItalic.ttf'),
    },
  });
  return printer;
}

/** The PDF of a pdfmake document, in PDF_FONT unless its styles name another. */
export function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  const pdf = robotoPrinter().createPdfKitDocument({
    ...document,
    defaultStyle: { font: PDF_FONT, ...document.defaultStyle },
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
