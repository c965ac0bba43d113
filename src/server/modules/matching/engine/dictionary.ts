// Interning of strings (terms, countries, units…) as small numbers for typed-array columns.

export interface Dictionary {
  byKey: Map<string, number>;
  keys: string[];
}

export function emptyDictionary(): Dictionary {
  return { byKey: new Map(), keys: [] };
}

export function lookup(dictionary: Dictionary, key: string): number {
  let number = dictionary.byKey.get(key);
  if (number === undefined) {
    number = dictionary.keys.length;
    dictionary.byKey.set(key, number);
    dictionary.keys.push(key);
  }
  return number;
}
