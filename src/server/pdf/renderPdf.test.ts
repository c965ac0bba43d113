import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfText } from '../testing/pdfText.ts';
import { renderPdf } from './renderPdf.ts';

test('a PDF writes Polish, Czech, Romanian, Greek and Cyrillic names as they are, in regular and bold', async () => {
  const names = [
    'Spółdzielnia Łódź',
    'Dvořák & Šťastný s.r.o.',
    'Brutăria Ţară',
    'Ελληνική Συνεργασία',
    'Кооператив «Москва»',
  ];
  const pdf = await renderPdf({
    content: [{ text: 'Parties — €1 200 café', bold: true }, ...names],
  });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(pdfText(pdf), ['Parties — €1 200 café', ...names]);
});
