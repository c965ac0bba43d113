// The settled layout of a snapshot, kept in this browser so that the map opens settled next time.
// Only the newest snapshot's layout is kept: a 10 000-member layout is ~110 kB of base64.

const prefix = 'synergia.mapLayout.';

function encode(positions: Float32Array): string {
  const bytes = new Uint8Array(positions.buffer, positions.byteOffset, positions.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function decode(text: string): Float32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

export function readCachedLayout(key: string, nodeCount: number): Float32Array | null {
  try {
    const text = localStorage.getItem(prefix + key);
    if (!text) return null;
    const positions = decode(text);
    return positions.length === nodeCount * 2 ? positions : null;
  } catch {
    return null;
  }
}

export function writeCachedLayout(key: string, positions: Float32Array): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const existing = localStorage.key(i);
      if (existing?.startsWith(prefix) && existing !== prefix + key) localStorage.removeItem(existing);
    }
    localStorage.setItem(prefix + key, encode(positions));
  } catch {
    // A full or disabled storage only costs a re-layout next time.
  }
}
