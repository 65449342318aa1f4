# Sourced by db/backup.sh and db/restore.sh: writes the MariaDB client's connection settings
# (WSG_DB_HOST, WSG_DB_PORT, WSG_DB_USER, WSG_DB_PASSWORD, WSG_DB_CLIENT_OPTIONS) to the option
# file named by $1. The password goes in this file, not on the command line where other users
# could see it. protocol=tcp: "localhost" would otherwise mean the local server's socket, whatever
# the port.
write_client_options() {
  printf '[client]\nprotocol=tcp\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "${WSG_DB_HOST:-127.0.0.1}" \
    "${WSG_DB_PORT:-3306}" "${WSG_DB_USER:-werkplaats}" "${WSG_DB_PASSWORD:-}" > "$1"
  if [ -n "${WSG_DB_CLIENT_OPTIONS:-}" ]; then printf '%s\n' $WSG_DB_CLIENT_OPTIONS >> "$1"; fi
}
