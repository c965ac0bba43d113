import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The issue states its speed targets for "this 2-core machine" and gives a yardstick: a plain scan of
// 1M 64-float vectors in C, memory-bound at about 23 ms there. Running the same scan here tells how
// this machine compares, so that figures from different machines can be read side by side.

export const ISSUE_REFERENCE_SCAN_MS = 23;

const source = fileURLToPath(new URL('./scan.c', import.meta.url));

/** Median milliseconds of the C scan on this machine, or why it could not run (no C compiler). */
export function referenceScanMs(): { ms: number } | { skipped: string } {
  const directory = mkdtempSync(join(tmpdir(), 'synergia-scan-'));
  try {
    const binary = join(directory, 'scan');
    const compiled = spawnSync('cc', ['-O3', '-march=native', '-ffast-math', '-o', binary, source], {
      encoding: 'utf8',
    });
    if (compiled.status !== 0) return { skipped: `no working C compiler (cc): ${compiled.stderr || compiled.error}` };
    const ran = spawnSync(binary, { encoding: 'utf8' });
    const ms = Number(ran.stdout.split(' ')[0]);
    return ran.status === 0 && Number.isFinite(ms) ? { ms } : { skipped: `the scan failed: ${ran.stderr}` };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
