// zod's default messages, as the server sends them, rewritten for people filling in a form.
const rewrites: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'Required'],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => `At least ${m[1]} characters`],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `At most ${m[1]} characters`],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m) => `Must be at least ${m[1]}`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => `Must be at most ${m[1]}`],
  [/^Too big: expected array to have <=(\d+) items$/, (m) => `At most ${m[1]} entries`],
  [/^Invalid input: expected number, received \w+$/, () => 'Must be a number'],
  [/^Invalid input: expected int, received number$/, () => 'Must be a whole number'],
  [/^Invalid input: expected \w+, received undefined$/, () => 'Required'],
  [
    /^Invalid option: expected one of (.+)$/,
    (m) => `Must be one of ${(m[1] ?? '').replaceAll('"', '').replaceAll('|', ', ')}`,
  ],
  [/^Invalid URL$/, () => 'Not a full web address (https://…)'],
  [/^Invalid email address$/, () => 'Not a valid e-mail address'],
];

export function humanizeProblemMessage(message: string): string {
  for (const [pattern, rewrite] of rewrites) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}
