// Every installed package must run on the oldest Node our package.json promises: a dependency that
// declares a newer Node (cookie 2 and content-disposition 3 ask for Node 22) fails here, not on a
// user's machine later.
import { readFileSync } from 'node:fs';
import semver from 'semver';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const oldest = semver.minVersion(manifest.engines.node);
if (oldest === null) throw new Error(`package.json engines.node is not a version range: ${manifest.engines.node}`);

const refused = Object.entries(lock.packages).flatMap(([path, locked]) => {
  const wanted = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
  if (path === '' || wanted === undefined || semver.satisfies(oldest, wanted)) return [];
  return [`${path.replace(/^node_modules\//, '')}@${locked.version ?? '?'} needs Node ${wanted}`];
});
if (refused.length > 0) {
  console.error(`These packages do not support Node ${oldest.version} (package.json engines.node):`);
  for (const line of refused) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`every locked package supports Node ${oldest.version}`);
