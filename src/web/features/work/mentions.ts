// Mentions are typed as "@Full Name"; the people whose names appear that way are the ones notified.

export interface Mentionable {
  userId: string;
  name: string;
}

export function mentionedUserIds(body: string, people: Mentionable[]): string[] {
  const lower = body.toLowerCase();
  const ids = people.filter((p) => p.name && lower.includes(`@${p.name.toLowerCase()}`)).map((p) => p.userId);
  return [...new Set(ids)];
}

/** The partial name after an "@" the user is still typing at the end of the text, or null. */
export function pendingMention(textBeforeCaret: string): string | null {
  const match = /(?:^|\s)@([\p{L}\p{N}.'-]*(?: [\p{L}\p{N}.'-]*)?)$/u.exec(textBeforeCaret);
  return match ? (match[1] ?? '') : null;
}

/** Replaces the pending "@partial" at the end with the full "@Name ". */
export function completeMention(textBeforeCaret: string, name: string): string {
  return textBeforeCaret.replace(/@[^@]*$/, `@${name} `);
}

/** Splits a message into text and mention parts, for highlighting. */
export function splitMentions(body: string, names: string[]): { text: string; mention: boolean }[] {
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text: body, mention: false }];
  const escaped = sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(@(?:${escaped.join('|')}))`, 'giu');
  // With one capturing group, split puts the matches at the odd positions.
  return body
    .split(pattern)
    .map((text, index) => ({ text, mention: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
