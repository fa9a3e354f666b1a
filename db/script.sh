#!/usr/bin/env bash
# Regenerates db/migrate.sql, the idempotent SQL Server script a DBA runs (a test keeps it current).
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/MspConsole.Infrastructure
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" \
  --context MspConsoleDbContext --output db/migrate.sql
