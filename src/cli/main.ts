import fs from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.ts';
import { StartupError } from '../server/startupError.ts';
import { serve } from '../server/main.ts';
import { AppError } from '../server/http/errors.ts';
import { defaultDemoSeed, loadDemoNetwork } from '../server/modules/demo/loadDemoNetwork.ts';
import { exportOrgsCsv } from '../server/modules/imports/exportOrgs.ts';
import { findNetworkById } from '../server/modules/networks/networks.repository.ts';
import { importOrgs } from '../server/modules/imports/importOrgs.service.ts';
import { registerJobsCommand } from './jobsCommand.ts';
import { registerLedgerCommands } from './ledgerCommands.ts';
import { registerMatchCommand } from './matchCommand.ts';
import { registerNetworkCommands } from './networkCommands.ts';
import { fail, progress, report, type OutputOptions } from './output.ts';
import { withRuntime } from './withRuntime.ts';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
};

const program = new Command('synergia').description('Synergia: networks of small businesses working together');

program
  .command('serve')
  .description('serve the web UI and the API')
  .option('--demo', 'load a demo network of 120 organizations on first start')
  .option('--port <port>', 'port to listen on (default PORT or 3000)', positiveInt)
  .action(async (opts: { demo?: boolean; port?: number }) => {
    const config = loadConfig(opts.port === undefined ? process.env : { ...process.env, PORT: String(opts.port) });
    try {
      await serve(config, { demo: Boolean(opts.demo) });
    } catch (error) {
      if (error instanceof StartupError) fail({}, error.message);
      throw error;
    }
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .option('--json', 'machine-readable output')
  .action(async (opts: OutputOptions) => {
    await withRuntime(opts, async (runtime) => {
      report(
        opts,
        { migrated: true, database: runtime.database.kind },
        `Migrations applied (${runtime.database.kind}).`,
      );
    });
  });

program
  .command('demo')
  .description('generate a deterministic demo network')
  .option('--orgs <n>', 'number of organizations', positiveInt, 120)
  .option('--seed <s>', 'random seed', positiveInt, defaultDemoSeed)
  .option('--json', 'machine-readable output')
  .action(async (opts: OutputOptions & { orgs: number; seed: number }) => {
    await withRuntime(opts, async ({ deps }) => {
      const bar = progress(opts, 'organizations');
      const started = Date.now();
      const result = await loadDemoNetwork(deps, { orgs: opts.orgs, seed: opts.seed, onProgress: bar.update });
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      report(
        opts,
        { ...result, seconds },
        `Loaded ${result.orgs} organizations into network ${result.networkId} in ${seconds.toFixed(1)} s.\n` +
          `Demo login: ${result.login.email} / ${result.login.password}`,
      );
    });
  });

program
  .command('import-orgs <file>')
  .description('import organizations from CSV; every row is checked before anything is written')
  .option('--network <id>', 'add the imported organizations to this network as active members')
  .option('--skip-invalid', 'import the valid rows and report the others')
  .option('--json', 'machine-readable output')
  .action(async (file: string, opts: OutputOptions & { network?: string; skipInvalid?: boolean }) => {
    if (!fs.existsSync(file)) fail(opts, `no such file: ${file}`);
    const csv = fs.readFileSync(file, 'utf8');
    await withRuntime(opts, async ({ deps }) => {
      if (opts.network && !(await findNetworkById(deps.db, opts.network)))
        fail(opts, `no network with id ${opts.network}`);
      try {
        const result = await importOrgs(deps, null, {
          csv,
          networkId: opts.network,
          skipInvalid: Boolean(opts.skipInvalid),
        });
        const lines = result.errors.map((e) => `  row ${e.row}, column ${e.column}: ${e.reason}`);
        report(
          opts,
          result,
          [`Imported ${result.imported} organizations; skipped ${result.skipped} rows.`, ...lines].join('\n'),
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'import.invalid_rows') throw error;
        const rows = (error.options.extra as { rows: { row: number; column: string; reason: string }[] }).rows;
        const lines = rows.map((e) => `  row ${e.row}, column ${e.column}: ${e.reason}`).join('\n');
        fail(
          opts,
          `nothing imported; ${rows.length} problem(s):\n${lines}\n(use --skip-invalid to import the valid rows)`,
          { rows },
        );
      }
    });
  });

program
  .command('export-orgs')
  .description('export organizations as CSV (the import format)')
  .option('--network <id>', 'only the active members of this network')
  .option('--output <file>', 'write to a file instead of standard output')
  .option('--json', 'machine-readable summary (requires --output)')
  .action(async (opts: OutputOptions & { network?: string; output?: string }) => {
    if (opts.json && !opts.output) fail(opts, '--json needs --output, since the CSV itself goes to standard output');
    await withRuntime(opts, async ({ deps }) => {
      const { csv, count } = await exportOrgsCsv(deps, { networkId: opts.network });
      if (!opts.output) return void process.stdout.write(csv);
      fs.writeFileSync(opts.output, csv);
      report(opts, { exported: count, file: opts.output }, `Exported ${count} organizations to ${opts.output}.`);
    });
  });

registerLedgerCommands(program);
registerMatchCommand(program);
registerJobsCommand(program);
registerNetworkCommands(program);

await program.parseAsync(process.argv);
