#!/usr/bin/env bash
# Restores a backup made by db/backup.sh: checks its checksums, replaces the database with the
# dump and the documents folder with the saved documents. Stop the application first (with
# docker-compose: docker compose stop app) and start it again afterwards.
#
#   db/restore.sh <backup-folder>
#
# Same settings as db/backup.sh. The database is dropped and created anew, so a user that may do
# that is needed (with docker-compose, root). What the database and the documents folder held
# before is gone afterwards: take a backup first if you may want it back.
set -euo pipefail
# shellcheck source=db/client-options.sh
source "$(dirname "$0")/client-options.sh"

source="${1:?usage: db/restore.sh <backup-folder>}"
documents="${WSG_DOCUMENTS_DIR:-./data/documents}"
database="${WSG_DB_NAME:-werkplaats}"
client="$(command -v "${MARIADB_BIN:+$MARIADB_BIN/}mariadb" || command -v mysql || true)"
if [ -z "$client" ]; then
  echo "mariadb client not found: install the MariaDB client or set MARIADB_BIN" >&2
  exit 1
fi
if ! [[ "$database" =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "WSG_DB_NAME may hold only letters, digits and _" >&2
  exit 1
fi
(cd "$source" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup in $source is damaged" >&2; exit 1; }

credentials="$(mktemp)"
trap 'rm -f "$credentials"' EXIT
write_client_options "$credentials"

"$client" --defaults-extra-file="$credentials" -e "drop database if exists \`$database\`;
  create database \`$database\` character set utf8mb4 collate utf8mb4_unicode_ci"
gunzip -c "$source/database.sql.gz" | "$client" --defaults-extra-file="$credentials" "$database"

# Emptied, not moved: the folder may be a mounted volume.
mkdir -p "$documents"
find "$documents" -mindepth 1 -delete
tar -C "$documents" -xzf "$source/documents.tar.gz"
echo "Restored $source into database $database and $documents"
