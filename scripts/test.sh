#!/usr/bin/env bash
# Every test tier this machine can run: static checks, unit and API tests on PGlite,
# the API tests again on PostgreSQL when DATABASE_URL is set, and the browser journey.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== static checks: tsc, eslint, prettier, Node engines of the locked packages"
npx tsc --noEmit -p tsconfig.json
npx eslint --max-warnings 0 .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
npx tsx scripts/check-engines.ts

echo "== preparing migrated test databases"
npx tsx scripts/prepare-test-db.ts

unit_and_api=$(find src -name '*.test.ts' | sort)
api_only=$(find src -name '*.api.test.ts' | sort)

echo "== unit and API tests on PGlite"
# shellcheck disable=SC2086
SYNERGIA_TEST_DB=pglite node --import tsx --test --test-concurrency=2 $unit_and_api

if [ -n "${DATABASE_URL:-}" ]; then
  echo "== API tests on PostgreSQL"
  # shellcheck disable=SC2086
  SYNERGIA_TEST_DB=postgres node --import tsx --test --test-concurrency=2 $api_only
else
  echo "== DATABASE_URL is not set: skipping the PostgreSQL run"
fi

if [ "${SYNERGIA_SKIP_E2E:-}" = "1" ]; then
  echo "== browser journeys skipped (SYNERGIA_SKIP_E2E=1)"
else
  echo "== browser journeys (Debian chromium)"
  npx vite build --logLevel warn
  node --import tsx --test --test-concurrency=1 $(find e2e -name '*.e2e.ts' | sort)
fi
