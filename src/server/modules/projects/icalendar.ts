// RFC 5545 iCalendar invitations (with RFC 5546 methods): one VEVENT, UTC times, escaped text, folded lines.

export type PartStat = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'NEEDS-ACTION';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInvitation {
  uid: string;
  // Raised on every reschedule or cancellation, so that calendars replace the earlier copy.
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: CalendarPerson;
  attendees: (CalendarPerson & { partStat: PartStat })[];
  cancelled: boolean;
}

const maxLineOctets = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

// Parameter values cannot hold quotes or control characters; they are quoted because of ':' ';' ','.
function paramValue(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, '')}"`;
}

/** UTC DATE-TIME form, e.g. 20270315T093000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), each continuation starting with
 * one space, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > maxLineOctets) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const mailto = (email: string) => `mailto:${email}`;

export function buildInvitation(invitation: CalendarInvitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Synergia//Meetings//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${invitation.cancelled ? 'CANCEL' : 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${invitation.uid}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTAMP:${formatUtc(invitation.stamp)}`,
    `DTSTART:${formatUtc(invitation.start)}`,
    `DTEND:${formatUtc(invitation.end)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    ...(invitation.description ? [`DESCRIPTION:${escapeText(invitation.description)}`] : []),
    ...(invitation.location ? [`LOCATION:${escapeText(invitation.location)}`] : []),
    ...(invitation.url ? [`URL:${invitation.url}`] : []),
    `ORGANIZER;CN=${paramValue(invitation.organizer.name)}:${mailto(invitation.organizer.email)}`,
    ...invitation.attendees.map(
      (a) =>
        `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partStat};RSVP=TRUE:${mailto(a.email)}`,
    ),
    `STATUS:${invitation.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
