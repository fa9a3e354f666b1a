#!/usr/bin/env bash
# Adds a migration to both providers' migration sets and regenerates db/migrate.sql.
# Usage: db/add-migration.sh AddSomething
set -euo pipefail
name=${1:?usage: db/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
project=src/MspConsole.Infrastructure
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
  --context MspConsoleDbContext --output-dir Persistence/Migrations/SqlServer
dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
  --context SqliteMspConsoleDbContext --output-dir Persistence/Migrations/Sqlite
db/script.sh
