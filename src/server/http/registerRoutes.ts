import type { Deps } from '../deps.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';
import { registerAgreementRoutes } from '../modules/collaborations/agreements.routes.ts';
import { registerCollaborationRoutes } from '../modules/collaborations/collaborations.routes.ts';
import { registerIntroductionRoutes } from '../modules/introductions/introductions.routes.ts';
import { registerImportRoutes } from '../modules/imports/imports.routes.ts';
import { registerLedgerRoutes } from '../modules/ledger/ledger.routes.ts';
import { registerMatchingRoutes } from '../modules/matching/matching.routes.ts';
import { registerNetworkRoutes } from '../modules/networks/networks.routes.ts';
import { registerOrgRoutes } from '../modules/orgs/orgs.routes.ts';
import { registerProfileItemRoutes } from '../modules/orgs/profileItems.routes.ts';
import { registerReferenceRoutes } from '../modules/reference/reference.routes.ts';
import type { App } from './types.ts';

export function registerRoutes(app: App, deps: Deps): void {
  registerAuthRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerProfileItemRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerCollaborationRoutes(app, deps);
  registerAgreementRoutes(app, deps);
  registerLedgerRoutes(app, deps);
  registerIntroductionRoutes(app, deps);
  registerMatchingRoutes(app, deps);
  registerReferenceRoutes(app);
}
