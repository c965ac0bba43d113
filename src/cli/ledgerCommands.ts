import fs from 'node:fs';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { collaborations } from '../server/db/schema.ts';
import { verifyLog, type LedgerExport } from '../server/modules/ledger/engine/verifyLog.ts';
import { findLedger } from '../server/modules/ledger/ledger.repository.ts';
import { exportLedgerUnchecked } from '../server/modules/ledger/ledger.service.ts';
import { fail, report, type OutputOptions } from './output.ts';
import { withRuntime } from './withRuntime.ts';

type VerifyOptions = OutputOptions & { collaboration?: string; file?: string };

async function exportFromDatabase(options: VerifyOptions, collaborationId: string): Promise<LedgerExport> {
  return withRuntime(options, async ({ deps }) => {
    const [row] = await deps.db.select().from(collaborations).where(eq(collaborations.id, collaborationId));
    const ledger = row ? await findLedger(deps.db, row.ledgerId) : undefined;
    if (!ledger) fail(options, `no collaboration with id ${collaborationId}`);
    return exportLedgerUnchecked(deps.db, ledger);
  });
}

function exportFromFile(options: VerifyOptions, file: string): LedgerExport {
  if (!fs.existsSync(file)) fail(options, `no such file: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LedgerExport;
  } catch (error) {
    fail(options, `${file} is not JSON: ${(error as Error).message}`);
  }
}

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('tamper-evident ledgers (RFC 6962)');
  ledger
    .command('verify')
    .description('recompute every leaf, root and signature; name the first entry that does not verify')
    .option('--collaboration <id>', "verify a collaboration's ledger in the database")
    .option('--file <export.json>', 'verify an exported ledger (GET /api/v1/ledgers/{id}/export)')
    .option('--json', 'machine-readable output')
    .action(async (options: VerifyOptions) => {
      if (Boolean(options.collaboration) === Boolean(options.file))
        fail(options, 'give exactly one of --collaboration or --file');
      const log = options.file
        ? exportFromFile(options, options.file)
        : await exportFromDatabase(options, options.collaboration!);
      if (!options.json)
        process.stderr.write(
          `verifying ${log.entries?.length ?? 0} entries and ${log.treeHeads?.length ?? 0} signed tree heads…\n`,
        );
      const result = verifyLog(log);
      if (!result.ok) {
        fail(options, `entry ${result.firstBadSequence} does not verify: ${result.reason}`, { ...result });
      }
      report(
        options,
        result,
        `ok: ${result.size} entries verify; root ${result.rootHash}; signed up to ${result.signedSize}.`,
      );
    });
}
