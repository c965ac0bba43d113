import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildInvitation, escapeText, foldLine, formatUtc, type CalendarInvitation } from './icalendar.ts';

const invitation: CalendarInvitation = {
  uid: 'meeting-1@synergia.test',
  sequence: 2,
  stamp: new Date('2027-03-01T08:00:00.123Z'),
  start: new Date('2027-03-15T09:30:00Z'),
  end: new Date('2027-03-15T10:15:00Z'),
  summary: 'Kick-off; bakery, roaster',
  description: 'Agenda:\n1. Prices\\costs',
  location: 'Via Roma 1, Bologna',
  organizer: { name: 'Anna "the baker" Rossi', email: 'anna@example.test' },
  attendees: [{ name: 'Bob', email: 'bob@example.test', partStat: 'ACCEPTED' }],
  cancelled: false,
};

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and every kind of line break', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  test('leaves lines of up to 75 octets alone', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldLine(line), line);
  });

  test('folds at 75 octets with CRLF and a leading space, never splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    assert.ok(physical.length > 1);
    for (const [i, part] of physical.entries()) {
      assert.ok(Buffer.byteLength(part) <= 75, `line ${i} has ${Buffer.byteLength(part)} octets`);
      if (i > 0) assert.equal(part[0], ' ');
      assert.equal(part.includes('\uFFFD'), false);
    }
    // "SUMMARY:" is 8 octets, then 33 two-octet characters fit in the first 75.
    assert.equal(Buffer.byteLength(physical[0]!), 74);
    assert.equal(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
  });

  test('counts four-octet characters as one unit', () => {
    const folded = foldLine(`X:${'😀'.repeat(30)}`);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), `X:${'😀'.repeat(30)}`);
  });
});

describe('buildInvitation', () => {
  test('writes a REQUEST with UTC times, escaped text, organizer and attendees, CRLF only', () => {
    const text = buildInvitation(invitation);
    assert.ok(text.endsWith('\r\n'));
    assert.equal(/[^\r]\n/.test(text), false);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    assert.deepEqual(lines.slice(0, 6), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Synergia//Meetings//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
    ]);
    for (const expected of [
      'UID:meeting-1@synergia.test',
      'SEQUENCE:2',
      'DTSTAMP:20270301T080000Z',
      'DTSTART:20270315T093000Z',
      'DTEND:20270315T101500Z',
      'SUMMARY:Kick-off\\; bakery\\, roaster',
      'DESCRIPTION:Agenda:\\n1. Prices\\\\costs',
      'LOCATION:Via Roma 1\\, Bologna',
      'ORGANIZER;CN="Anna the baker Rossi":mailto:anna@example.test',
      'ATTENDEE;CN="Bob";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:bob@example.test',
      'STATUS:CONFIRMED',
    ]) {
      assert.ok(lines.includes(expected), `missing ${expected}`);
    }
    assert.deepEqual(lines.slice(-3), ['END:VEVENT', 'END:VCALENDAR', '']);
  });

  test('a cancellation is a CANCEL with STATUS:CANCELLED', () => {
    const text = buildInvitation({ ...invitation, cancelled: true, sequence: 3 });
    assert.match(text, /\r\nMETHOD:CANCEL\r\n/);
    assert.match(text, /\r\nSTATUS:CANCELLED\r\n/);
    assert.match(text, /\r\nSEQUENCE:3\r\n/);
  });

  test('formats dates in the basic UTC form', () => {
    assert.equal(formatUtc(new Date('2027-01-02T03:04:05.999Z')), '20270102T030405Z');
  });
});
