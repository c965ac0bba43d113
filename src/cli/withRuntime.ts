import { loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/dataDirLock.ts';
import { StartupError } from '../server/startupError.ts';
import { createLogger, openRuntime, type Runtime } from '../server/runtime.ts';
import { fail, type OutputOptions } from './output.ts';

// Commands that open the database directly; a running server's lock and a wrong master key are
// explained, not fought.
export async function withRuntime<T>(options: OutputOptions, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let runtime: Runtime;
  try {
    runtime = await openRuntime(config, createLogger({ ...config, logLevel: 'warn' }));
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      fail(options, `${error.message} A running server offers the same through its API: see /docs.`);
    }
    if (error instanceof StartupError) fail(options, error.message);
    throw error;
  }
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
