#!/bin/bash
# cluster.sh -- a private PostgreSQL cluster in a folder of its own.
#
#   cluster.sh start DIR [NAME=VALUE]...
#                           create the cluster in DIR if needed, start it on a
#                           free port, print "PORT" (socket directory: DIR);
#                           each NAME=VALUE is a server setting for this start
#                           (wal_level=logical for a publisher, say)
#   cluster.sh stop DIR     stop it
#   cluster.sh env DIR      print PGHOST/PGPORT/PGUSER settings for it
#   cluster.sh restart DIR  restart it (fast shutdown: sessions are ended)
#   cluster.sh replica DIR PRIMARY_DIR
#                           create in DIR a hot standby of the running cluster
#                           in PRIMARY_DIR (pg_basebackup -R, streaming), start
#                           it on a free port, print "PORT"
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# postgres user.  Connections are trusted, on the socket in DIR and on
# 127.0.0.1 only: the cluster is for tests and the demo.
set -euo pipefail

PG_BINDIR=$(pg_config --bindir)
action=$1
dir=$(realpath -m "$2")
data="$dir/data"
settings=""

# The NAME=VALUE arguments of start, as server options.
set_settings() {
	local setting
	for setting in "$@"; do
		case "$setting" in
			[a-z]*=*) settings="$settings -c $setting" ;;
			*) echo "cluster.sh: a setting is NAME=VALUE, not \"$setting\"" >&2; exit 2 ;;
		esac
	done
}

as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

owner() {
	if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

create() {
	mkdir -p "$dir"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres: "$dir"
		if ! runuser -u postgres -- test -w "$dir"; then
			echo "cluster.sh: the postgres user cannot write to $dir; move the project to a folder others can enter" >&2
			exit 1
		fi
	fi
	as_owner "$PG_BINDIR/initdb" -D "$data" -U "$(owner)" --auth=trust \
		--encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
CONF
}

start() {
	[ -f "$data/PG_VERSION" ] || create
	if as_owner "$PG_BINDIR/pg_ctl" -D "$data" status >/dev/null 2>&1; then
		cat "$dir/port"
		return
	fi
	local port=${PGPORT_HINT:-$(cat "$dir/port" 2>/dev/null || echo $((54320 + RANDOM % 1000)))}
	for _ in $(seq 1 50); do
		if port_free "$port" && as_owner "$PG_BINDIR/pg_ctl" -D "$data" -l "$dir/server.log" \
			-o "-p $port$settings" -w -t 60 start >/dev/null 2>&1; then
			echo "$port" >"$dir/port"
			echo "$port"
			return
		fi
		port=$((54320 + RANDOM % 1000))
	done
	echo "cluster.sh: could not start the cluster in $dir; see $dir/server.log" >&2
	exit 1
}

# A physical copy of the primary that follows it by streaming replication
# and answers read-only queries.  initdb --auth=trust already lets local
# replication connections in, and wal_level=replica and max_wal_senders
# are the defaults.
create_replica() {
	local primary
	primary=$(realpath -m "$1")
	mkdir -p "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	as_owner "$PG_BINDIR/pg_basebackup" -h "$primary" -p "$(cat "$primary/port")" \
		-U "$(owner)" -D "$data" -R -X stream -c fast >"$dir/basebackup.log" 2>&1 ||
		{ cat "$dir/basebackup.log" >&2; exit 1; }
	as_owner sh -c "cat >>'$data/postgresql.conf'" <<CONF
unix_socket_directories = '$dir'
hot_standby = on
CONF
	rm -f "$dir/port"
	start
}

case "$action" in
	start) shift 2; set_settings "$@"; start ;;
	stop) as_owner "$PG_BINDIR/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true ;;
	restart) as_owner "$PG_BINDIR/pg_ctl" -D "$data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null ;;
	replica) create_replica "$3" ;;
	env) echo "PGHOST=$dir PGPORT=$(cat "$dir/port") PGUSER=$(owner)" ;;
	*) echo "usage: cluster.sh start|stop|restart|env DIR | replica DIR PRIMARY_DIR" >&2; exit 2 ;;
esac
