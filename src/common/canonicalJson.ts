// RFC 8785 JSON Canonicalization Scheme (JCS). Input must be I-JSON (RFC 7493): plain objects, arrays,
// strings without lone surrogates, finite numbers, booleans and null. Anything else is refused rather than
// silently dropped or coerced as JSON.stringify would, because two different values must never hash alike.

export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalize(value: unknown): string {
  return serialize(value, '$', new Set());
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, path);
    case 'number':
      // ECMAScript Number::toString is what RFC 8785 §3.2.2.3 prescribes; JSON.stringify applies it and maps -0 to 0.
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`number ${value} has no JSON representation`, path);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serializeContainer(value, path, ancestors);
    default:
      throw new CanonicalJsonError(`${typeof value} is not a JSON value`, path);
  }
}

function serializeString(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) throw new CanonicalJsonError('string contains a lone surrogate', path);
  // For well-formed strings JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 requires.
  return JSON.stringify(text);
}

function serializeContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError('value is circular', path);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let index = 0; index < value.length; index++) {
        items.push(serialize(value[index], `${path}[${index}]`, ancestors));
      }
      return `[${items.join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      const kind = (value.constructor as { name?: string } | undefined)?.name ?? 'object';
      throw new CanonicalJsonError(`${kind} is not a plain JSON object`, path);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      throw new CanonicalJsonError('object has symbol keys', path);
    }
    const record = value as Record<string, unknown>;
    // Array.prototype.sort without a comparator orders strings by UTF-16 code units, as RFC 8785 §3.2.3 requires.
    const members = Object.keys(record)
      .sort()
      .map((key) => `${serializeString(key, path)}:${serialize(record[key], memberPath(path, key), ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function memberPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
