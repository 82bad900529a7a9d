#!/usr/bin/env bash
# check-dist.sh: starts the packages in dist/ the way a user would, in a private X
# server (Xvfb), and saves a screenshot of the window to look at.
#   scripts/check-dist.sh linux    extract the tarball, `make user-install` into a
#                                  fresh home folder, run the installed .desktop
#                                  entry's Exec line → dist/check-linux.png
#   scripts/check-dist.sh windows  run Newsdesk.exe from the zip under Wine, in a fresh
#                                  Wine prefix → dist/check-windows.png
# A fresh home means a fresh library: the window shows the sample report. With
# BUNDLE=FILE.newsdesk.zip the program is started on that bundle, as "Open with"
# starts it: the window should show the bundle's report.
# Needs xvfb and imagemagick (make test-deps); windows needs Debian's wine.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:?usage: scripts/check-dist.sh linux|windows}
wait_s=${WAIT:-8}
tmp=$(mktemp -d)
xpid= app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  [ "$what" = windows ] && [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null || true
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d LANG=vi_VN.UTF-8

case $what in
linux)
  pkg=$(ls dist/newsdesk-*-linux-amd64.tar.xz | tail -1)
  mkdir -p "$tmp/pkg" "$tmp/home"
  tar -xJf "$pkg" -C "$tmp/pkg"
  HOME=$tmp/home make -s -C "$(dirname "$(ls "$tmp"/pkg/*/Makefile)")" user-install
  desktop=$(ls "$tmp"/home/.local/share/applications/*.desktop)
  echo "check: installed files:"; (cd "$tmp/home" && find . -type f | sort | sed 's/^/  /')
  echo "check: $(basename "$desktop"):"; sed 's/^/  /' "$desktop"
  exec_line=$(sed -n 's/^Exec=//p' "$desktop")
  if [ -n "${BUNDLE:-}" ]; then
    cp "$BUNDLE" "$tmp/bundle.newsdesk.zip"
    exec_line=${exec_line//%F/\"$tmp/bundle.newsdesk.zip\"}
  fi
  exec_line=$(printf '%s' "$exec_line" | sed 's/ *%[fFuU]//g')
  # As a menu would start it: the Exec line, in the fresh home.
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" DISPLAY=$DISPLAY LANG=$LANG sh -c "exec $exec_line" >"$tmp/app.log" 2>&1 & app=$!
  out=dist/check-linux${BUNDLE:+-bundle}.png
  ;;
windows)
  command -v wine >/dev/null || { echo "check: wine is missing (apt-get install wine wine64)" >&2; exit 1; }
  zip=$(ls dist/newsdesk-*-windows-amd64.zip | tail -1)
  mkdir -p "$tmp/exe"
  (cd "$tmp/exe" && unzip -q "$OLDPWD/$zip")
  # A fresh Wine prefix unless WINEPREFIX names one (making one takes a minute).
  export WINEPREFIX=${WINEPREFIX:-$tmp/wine} WINEDEBUG=${WINEDEBUG:-err+all} WINEDLLOVERRIDES="mscoree,mshtml="
  [ -d "$WINEPREFIX/drive_c/windows/system32" ] || WINEDEBUG=-all wineboot -i >/dev/null 2>&1 || true
  # Wine 8.0 (Debian 12) has no bcryptprimitives.dll, which Go's runtime loads from
  # system32 at start-up ("fatal error: bcryptprimitives.dll not found"): the Wine
  # prefix gets a stand-in built from packaging/windows/wine-processprng.c, for this
  # check only.
  if ! wine --version | grep -qE 'wine-(9|[1-9][0-9])'; then
    x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
      packaging/windows/wine-processprng.c -ladvapi32
  fi
  args=()
  if [ -n "${BUNDLE:-}" ]; then
    cp "$BUNDLE" "$tmp/bundle.newsdesk.zip"
    args=("$(winepath -w "$tmp/bundle.newsdesk.zip")")
  fi
  wine "$tmp/exe/Newsdesk.exe" "${args[@]}" >"$tmp/app.log" 2>&1 & app=$!
  out=dist/check-windows${BUNDLE:+-bundle}.png
  wait_s=${WAIT:-25}
  ;;
*) echo "usage: scripts/check-dist.sh linux|windows" >&2; exit 2 ;;
esac

sleep "$wait_s"
if ! kill -0 "$app" 2>/dev/null; then
  echo "check: Newsdesk exited early; its output:" >&2; cat "$tmp/app.log" >&2; exit 1
fi
import -window root "$out"
echo "check: screenshot $out"
echo "check: the program's output:"; sed 's/^/  /' "$tmp/app.log" | tail -20
