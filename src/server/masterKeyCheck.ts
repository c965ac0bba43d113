import type { Config } from './config.ts';
import { findMasterKey, masterKeyFile } from './crypto/sealing.ts';
import type { DbOrTx } from './deps.ts';
import { masterKeyOpensSigningKeys } from './modules/ledger/ledger.service.ts';
import { masterKeyOpensDataKeys } from './modules/projects/documents.service.ts';
import { StartupError } from './startupError.ts';

// A master key that does not open what the database holds sealed (a mistyped SYNERGIA_MASTER_KEY,
// another data directory's master.key) would otherwise fail later, one request at a time: every
// ledger entry, every document read. It is refused when the server or a command starts instead.

export class MasterKeyMismatchError extends StartupError {
  constructor(config: Pick<Config, 'masterKey' | 'dataDir'>, sealed: string) {
    const file = masterKeyFile(config.dataDir);
    const problem = config.masterKey
      ? `SYNERGIA_MASTER_KEY does not open the ${sealed} this database holds sealed`
      : findMasterKey(config)
        ? `the master key in ${file} does not open the ${sealed} this database holds sealed`
        : `${file} is missing, but this database holds ${sealed} sealed under a master key`;
    super(
      `${problem}: start with the master key they were sealed with (restore master.key from its ` +
        'backup, or set SYNERGIA_MASTER_KEY to it); nothing was changed.',
    );
    this.name = 'MasterKeyMismatchError';
  }
}

export async function checkMasterKey(db: DbOrTx, config: Config): Promise<void> {
  if (!(await masterKeyOpensSigningKeys(db, config))) throw new MasterKeyMismatchError(config, 'ledger signing keys');
  if (!(await masterKeyOpensDataKeys(db, config))) throw new MasterKeyMismatchError(config, 'document keys');
}
