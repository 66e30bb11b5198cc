# shellcheck shell=bash
# Glance's database in Debian's MariaDB: a server of its own on loopback (MARIADB_PORT), its datadir under
# $STATE/mariadb, started and stopped with the Glance that uses it. Needs log.sh, process.sh, http.sh, apt.sh.

MARIADB_DIR="$STATE/mariadb"
MARIADB_SOCKET="$MARIADB_DIR/mariadbd.sock"
MARIADB_PIDFILE="$MARIADB_DIR/mariadbd.pid"
MARIADB_LOG="$MARIADB_DIR/mariadbd.log"
MARIADB_PASSWORD_FILE="$MARIADB_DIR/glance.password"

mariadb_connection() {  # the SQLAlchemy URL Glance connects with (the password is made by mariadb_prepare)
  echo "mysql+pymysql://glance:$(cat "$MARIADB_PASSWORD_FILE" 2>/dev/null)@$HOST:$MARIADB_PORT/glance?charset=utf8"
}

mariadb_sql() { mariadb --no-defaults --socket="$MARIADB_SOCKET" -u root --batch -e "$1"; }

mariadb_ready() { pid_of "$MARIADB_PIDFILE" '*mariadbd*' >/dev/null && mariadb_sql 'SELECT 1' >/dev/null 2>&1; }

mariadb_prepare() {  # packages, the datadir and Glance's password; no server started
  apt_install "mariadb-server" mariadb-server
  mkdir -p "$MARIADB_DIR"
  if [[ ! -s "$MARIADB_PASSWORD_FILE" ]]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$MARIADB_PASSWORD_FILE")
  fi
  if [[ ! -d "$MARIADB_DIR/data/mysql" ]]; then
    log "mariadb-install-db into $MARIADB_DIR/data"
    mariadb-install-db --no-defaults --datadir="$MARIADB_DIR/data" --user=root \
      --auth-root-authentication-method=socket --skip-test-db >>"$MARIADB_LOG" 2>&1 \
      || { show_logs "$MARIADB_LOG"; die "mariadb-install-db failed"; }
  fi
}

mariadb_up() {
  mariadb_prepare
  mariadb_ready && return 0
  stop_by_pidfile "$MARIADB_PIDFILE" mariadbd '*mariadbd*'
  [[ -z "$(port_owner "$MARIADB_PORT")" ]] || die "port $MARIADB_PORT (MariaDB) is in use by pid(s) $(port_owner "$MARIADB_PORT"); stop it or move REFERENCE_GLANCE_PORT"
  log "starting mariadbd on $HOST:$MARIADB_PORT"
  start_detached "$MARIADB_DIR" "$MARIADB_PIDFILE" "$MARIADB_LOG" /usr/sbin/mariadbd --no-defaults \
    --datadir="$MARIADB_DIR/data" --socket="$MARIADB_SOCKET" --port="$MARIADB_PORT" --bind-address="$HOST" \
    --user=root --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=64M --character-set-server=utf8mb4
  wait_started "$MARIADB_PIDFILE" 60 mariadb_ready || { show_logs "$MARIADB_LOG"; die "mariadbd did not start"; }
  mariadb_sql "CREATE DATABASE IF NOT EXISTS glance;
    CREATE USER IF NOT EXISTS 'glance'@'$HOST' IDENTIFIED BY '$(cat "$MARIADB_PASSWORD_FILE")';
    GRANT ALL PRIVILEGES ON glance.* TO 'glance'@'$HOST';" || die "could not create Glance's database in MariaDB"
}

mariadb_empty_database() {  # before db_sync: a database left by a failed sync is dropped
  mariadb_sql "DROP DATABASE IF EXISTS glance; CREATE DATABASE glance;" || die "could not recreate Glance's database"
}

mariadb_down() { stop_by_pidfile "$MARIADB_PIDFILE" mariadbd '*mariadbd*'; }
