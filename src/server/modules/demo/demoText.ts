// Small text and number helpers for the demo generator.

export { slugify } from '../../../common/slug.ts';

/** Lower-cases the first word unless it is an acronym or mixed case ("HoReCa", "CNC", "IoT"). */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z'-]*(?=[\s,(]|$)/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 days/month" reads badly: singularise the counted word when the quantity is one. */
export function unitFor(quantity: number, unit: string): string {
  if (quantity !== 1) return unit;
  const slash = unit.indexOf('/');
  const head = slash === -1 ? unit : unit.slice(0, slash);
  const tail = slash === -1 ? '' : unit.slice(slash);
  let singular = head;
  if (/ies$/.test(head)) singular = head.replace(/ies$/, 'y');
  else if (/(?:ches|shes|sses|xes)$/.test(head)) singular = head.slice(0, -2);
  else if (/[^s]s$/.test(head)) singular = head.slice(0, -1);
  return singular + tail;
}

export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Two significant digits: 1234 → 1200, keeps small numbers as they are. */
export function roundNice(n: number): number {
  if (n < 100) return n;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}
