import { loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/dataDirLock.ts';
import { AppError } from '../server/http/errors.ts';
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
  let refused: AppError;
  try {
    return await work(runtime);
  } catch (error) {
    // A refused input (unknown need, bad weights…) is the user's to fix: said plainly, with its fields.
    if (!(error instanceof AppError)) throw error;
    refused = error;
  } finally {
    await runtime.close();
  }
  fail(options, refused.message, { code: refused.code, errors: refused.options.errors ?? [] });
}
