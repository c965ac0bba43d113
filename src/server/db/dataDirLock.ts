import lockfile from 'proper-lockfile';
import { StartupError } from '../startupError.ts';

export class DataDirLockedError extends StartupError {
  constructor(dataDir: string) {
    super(
      `The embedded database in ${dataDir} is already open in another Synergia process. ` +
        'PGlite allows one process at a time: stop the other process (or use its API), ' +
        'or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'DataDirLockedError';
  }
}

// PGlite has no lock of its own; two processes on one data directory corrupt it.
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/synergia.lock`,
      stale: 15_000,
      update: 5_000,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        throw error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
