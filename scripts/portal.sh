#!/usr/bin/env bash
# A local WordPress portal for Newsdesk's tests and for trying pushes out, from
# Debian's packages: MariaDB on a private datadir, port and socket, and PHP's
# built-in server on 127.0.0.1, both in their own process groups so that stop ends
# them whole. Users editor, author and contributor get application passwords,
# written with the site's address to DIR/portal.env (sourced by a shell, read by
# the tests).
#
#   scripts/portal.sh start|stop|reset|status [DIR]
#
# DIR defaults to $NEWSDESK_PORTAL_DIR, else ${XDG_RUNTIME_DIR:-/tmp}/newsdesk-portal.
# The web server listens on $NEWSDESK_PORTAL_PORT (default 8089; "auto": a free
# port, chosen once for DIR, which is how the tests run several portals side by
# side); MariaDB listens on a socket in DIR only. start installs the Debian
# packages when they are missing (as root; otherwise it says in one line which to
# install), and is a no-op when the portal runs already. reset empties the site
# (database and uploads) and installs it afresh, servers running.
set -euo pipefail

cmd=${1:-status}
dir=${2:-${NEWSDESK_PORTAL_DIR:-${XDG_RUNTIME_DIR:-/tmp}/newsdesk-portal}}
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-gd php-mbstring php-xml php-curl curl)

say() { echo "portal: $*" >&2; }
die() {
	say "$*"
	exit 1
}

# port_free says whether nothing listens on the port of 127.0.0.1.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The web port: the one DIR's site was made for, else the one asked for.
mkdir -p "$dir"
if [ -f "$dir/port" ]; then
	port=$(cat "$dir/port")
elif [ "${NEWSDESK_PORTAL_PORT:-8089}" = auto ]; then
	port=
	for _ in $(seq 100); do
		p=$((20000 + RANDOM % 40000))
		if port_free "$p"; then
			port=$p
			break
		fi
	done
	[ -n "$port" ] || die "found no free port for the web server"
else
	port=${NEWSDESK_PORTAL_PORT:-8089}
fi
url="http://127.0.0.1:$port"

install_packages() {
	local missing=()
	for p in "${packages[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
		die "missing Debian packages: ${missing[*]}; install them with: sudo apt-get install ${packages[*]}"
	fi
	say "installing ${missing[*]} (about 80 s, once)"
	apt-get update -qq >&2 || die "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2 ||
		die "could not install ${packages[*]}"
}

web_up() { curl -fsS -o /dev/null --max-time 2 "$url/?rest_route=/" 2>/dev/null; }
db_up() { [ -S "$dir/run/mysqld.sock" ] && mariadb-admin --no-defaults --socket="$dir/run/mysqld.sock" -uroot ping >/dev/null 2>&1; }
sql() { mariadb --no-defaults --socket="$dir/run/mysqld.sock" -uroot "$@"; }

start_db() {
	db_up && return 0
	mkdir -p "$dir/db" "$dir/run"
	if [ ! -d "$dir/db/mysql" ]; then
		# Native asynchronous I/O (io_uring, libaio) is left off: its rings are a
		# resource of the whole machine, which two test runs at once can exhaust;
		# a test portal needs no such speed.
		mariadb-install-db --no-defaults --datadir="$dir/db" --user="$(id -un)" \
			--auth-root-authentication-method=normal --skip-test-db --innodb-use-native-aio=0 \
			>"$dir/run/install-db.log" 2>&1 || {
			# Its own lines of error first: the last lines are always the same advice.
			grep -i -m 10 'error' "$dir/run/install-db.log" >&2 || true
			tail -n 20 "$dir/run/install-db.log" >&2
			die "mariadb-install-db failed; see $dir/run/install-db.log"
		}
	fi
	setsid mariadbd --no-defaults --datadir="$dir/db" --user="$(id -un)" --skip-networking \
		--socket="$dir/run/mysqld.sock" --pid-file="$dir/run/mysqld.pid" \
		--skip-log-bin --innodb-buffer-pool-size=64M --innodb-use-native-aio=0 >"$dir/run/mariadb.log" 2>&1 </dev/null 9>&- &
	echo $! >"$dir/run/mariadb.pgid"
	for _ in $(seq 100); do
		db_up && return 0
		sleep 0.1
	done
	die "MariaDB did not start; see $dir/run/mariadb.log"
}

make_site() {
	[ -f "$dir/site/wp-load.php" ] && return 0
	mkdir -p "$dir/site"
	echo "$port" >"$dir/port" # WP_HOME names it: the site keeps this port
	# -h: follow Debian's symlinks to bundled libraries, or the copy breaks.
	tar -C /usr/share/wordpress -chf - . | tar -C "$dir/site" -xf -
	mkdir -p "$dir/site/wp-content/uploads"
	cat >"$dir/site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$dir/run/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
define('AUTH_KEY', 'newsdesk-local'); define('SECURE_AUTH_KEY', 'newsdesk-local');
define('LOGGED_IN_KEY', 'newsdesk-local'); define('NONCE_KEY', 'newsdesk-local');
define('AUTH_SALT', 'newsdesk-local'); define('SECURE_AUTH_SALT', 'newsdesk-local');
define('LOGGED_IN_SALT', 'newsdesk-local'); define('NONCE_SALT', 'newsdesk-local');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain http
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
define('WP_DEBUG_DISPLAY', false); // notices would corrupt JSON answers
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
	cat >"$dir/site/router.php" <<'PHP'
<?php
// Existing files and folders are served as they are; everything else is WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = __DIR__ . $path;
if ($path !== '/' && (is_file($file) || is_file(rtrim($file, '/') . '/index.php'))) {
	return false;
}
require __DIR__ . '/index.php';
PHP
	cat >"$dir/site/newsdesk-install.php" <<'PHP'
<?php
// Installs the site and its users once; prints KEY=VALUE lines for portal.env.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
	wp_install('Cổng thông tin thử nghiệm', 'admin', 'admin@example.org', true, '', 'admin-' . wp_generate_password(12, false));
}
update_option('permalink_structure', '');
foreach (['Tin tức sự kiện', 'Thông báo'] as $c) {
	if (!term_exists($c, 'category')) wp_insert_term($c, 'category');
}
foreach (['editor', 'author', 'contributor'] as $role) {
	$u = get_user_by('login', $role);
	$id = $u ? $u->ID : wp_insert_user(['user_login' => $role, 'user_pass' => wp_generate_password(20),
		'user_email' => "$role@example.org", 'role' => $role, 'display_name' => ucfirst($role)]);
	WP_Application_Passwords::delete_all_application_passwords($id);
	[$pass] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'newsdesk-tests']);
	echo 'NEWSDESK_PORTAL_' . strtoupper($role) . "_PASSWORD='" . $pass . "'\n";
}
PHP
}

# The companion plugin (wordpress/plugin/newsdesk) is copied in and activated at
# every start, so a change to it is what the next test run meets; the site gets
# WordPress 6.1's default theme, so that its pages render as readers see them.
plugin_src=$(cd "$(dirname "$0")/.." && pwd)/wordpress/plugin/newsdesk
install_plugin() {
	rm -rf "$dir/site/wp-content/plugins/newsdesk"
	mkdir -p "$dir/site/wp-content/plugins" "$dir/site/wp-content/themes"
	cp -r "$plugin_src" "$dir/site/wp-content/plugins/newsdesk"
	[ -d "$dir/site/wp-content/themes/twentytwentythree" ] ||
		cp -rL /usr/share/wordpress/wp-content/themes/twentytwentythree "$dir/site/wp-content/themes/"
	cat >"$dir/site/newsdesk-plugin.php" <<'PHP'
<?php
// Activates the Newsdesk plugin and the default theme.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$r = activate_plugin('newsdesk/newsdesk.php');
if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
if (get_stylesheet() !== 'twentytwentythree') switch_theme('twentytwentythree');
PHP
	(cd "$dir/site" && php -d display_errors=stderr -d error_reporting=0 newsdesk-plugin.php 2>"$dir/run/plugin.log") ||
		die "activating the Newsdesk plugin failed; see $dir/run/plugin.log"
}

install_site() {
	sql -e 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4'
	local out
	out=$(cd "$dir/site" && php -d display_errors=stderr -d error_reporting=0 newsdesk-install.php 2>"$dir/run/install.log") ||
		die "installing WordPress failed; see $dir/run/install.log"
	{
		echo "NEWSDESK_PORTAL_URL='$url'"
		echo "$out"
	} >"$dir/portal.env.tmp"
	mv "$dir/portal.env.tmp" "$dir/portal.env"
}

start_web() {
	web_up && return 0
	port_free "$port" || die "port $port is taken by another program; set NEWSDESK_PORTAL_PORT, or remove $dir to start afresh"
	# exec: the background process becomes setsid, then php, leading its own group.
	(cd "$dir/site" && PHP_CLI_SERVER_WORKERS=4 exec setsid php -d upload_max_filesize=64M -d post_max_size=64M \
		-d memory_limit=512M -d display_errors=stderr -d max_execution_time=120 \
		-S "127.0.0.1:$port" -t "$dir/site" router.php) >"$dir/run/php.log" 2>&1 </dev/null 9>&- &
	echo $! >"$dir/run/php.pgid"
	for _ in $(seq 100); do
		web_up && return 0
		sleep 0.1
	done
	die "the web server did not start on port $port; see $dir/run/php.log"
}

stop_group() {
	local f=$dir/run/$1.pgid
	[ -f "$f" ] || return 0
	local pgid
	pgid=$(cat "$f")
	if kill -0 -- "-$pgid" 2>/dev/null; then
		kill -TERM -- "-$pgid" 2>/dev/null || true
		for _ in $(seq 50); do
			kill -0 -- "-$pgid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL -- "-$pgid" 2>/dev/null || true
	fi
	rm -f "$f"
}

# One start at a time: test packages run in parallel and all start the portal. The
# servers are started with the lock's descriptor closed, so only starters hold it.
lock() {
	exec 9>"$dir.lock"
	flock -w 300 9 || die "another start of the portal in $dir takes too long"
}

case $cmd in
start)
	lock
	install_packages
	start_db
	make_site
	[ -f "$dir/portal.env" ] || install_site
	install_plugin
	start_web
	cat "$dir/portal.env"
	;;
reset)
	lock
	install_packages
	start_db
	make_site
	sql -e 'DROP DATABASE IF EXISTS wordpress'
	rm -rf "$dir/site/wp-content/uploads" && mkdir -p "$dir/site/wp-content/uploads"
	install_site
	install_plugin
	start_web
	cat "$dir/portal.env"
	;;
stop)
	stop_group php
	stop_group mariadb
	say "stopped"
	;;
status)
	if web_up && db_up; then
		say "running at $url ($dir)"
	else
		say "not running"
		exit 3
	fi
	;;
*)
	die "usage: scripts/portal.sh start|stop|reset|status [DIR]"
	;;
esac
