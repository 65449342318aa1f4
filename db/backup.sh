#!/usr/bin/env bash
# Backs up the platform: the database (mariadb-dump, one consistent snapshot without locking the
# running application) and the uploaded documents, into one new folder with checksums.
#
#   db/backup.sh [parent-folder]        (default: ./backups)
#
# Connection: WSG_DB_HOST (127.0.0.1), WSG_DB_PORT (3306), WSG_DB_NAME (werkplaats), WSG_DB_USER
# (werkplaats), WSG_DB_PASSWORD (empty). Documents: WSG_DOCUMENTS_DIR (./data/documents).
# MARIADB_BIN names a folder holding mariadb-dump when it is not on the PATH. Prints the folder made.
set -euo pipefail
# shellcheck source=db/client-options.sh
source "$(dirname "$0")/client-options.sh"
umask 077

parent="${1:-./backups}"
documents="${WSG_DOCUMENTS_DIR:-./data/documents}"
database="${WSG_DB_NAME:-werkplaats}"
dump="$(command -v "${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump" || command -v mysqldump || true)"
if [ -z "$dump" ]; then
  echo "mariadb-dump not found: install the MariaDB client or set MARIADB_BIN" >&2
  exit 1
fi

target="$parent/werkplaats-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
credentials="$(mktemp)"
done=""
# A backup that failed halfway is removed, so that no incomplete folder is taken for a backup.
trap 'rm -f "$credentials"; [ -n "$done" ] || rm -rf "$target"' EXIT
write_client_options "$credentials"

# The database first, then the documents: a document row in the dump always has its file.
"$dump" --defaults-extra-file="$credentials" --single-transaction --quick --routines --triggers \
  --hex-blob --default-character-set=utf8mb4 "$database" | gzip > "$target/database.sql.gz"
if [ -d "$documents" ]; then
  tar -C "$documents" -czf "$target/documents.tar.gz" .
else
  tar -czf "$target/documents.tar.gz" -T /dev/null
fi
(cd "$target" && sha256sum database.sql.gz documents.tar.gz > SHA256SUMS)
done=yes
echo "$target"
