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
# windows also checks, before the window: the icon sizes and version details of
# both exes, newsdesk-cli.exe's output and exit codes, a library in Roaming AppData
# moved to Local AppData, printing with no printer, through a Print action and
# with a viewer that has none; and after it: a PDF saved to a
# full path typed in the save dialog, and the message box shown where Wine has no
# OpenGL (an X server without GLX) → dist/check-windows-nogl.png.
# Installs what it needs (scripts/install-deps.sh check: Xvfb, Wine, icoutils…).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh check
fail() { echo "check: FAILED: $*" >&2; exit 1; }
what=${1:?usage: scripts/check-dist.sh linux|windows}
wait_s=${WAIT:-8}
tmp=$(mktemp -d)
xpid= xpid2= app=
cleanup() {
  # Each line may fail (a process already gone): under set -e a failing kill
  # here would make a passing check exit 1.
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  [ "$what" = windows ] && [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null || true
  [ -z "$xpid" ] || kill "$xpid" 2>/dev/null || true
  [ -z "$xpid2" ] || kill "$xpid2" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp" 2>/dev/null || true  # wine may still be letting go of its prefix
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
  zip=$(ls dist/newsdesk-*-windows-amd64.zip | tail -1)
  mkdir -p "$tmp/exe"
  (cd "$tmp/exe" && unzip -q "$OLDPWD/$zip")
  # The icon Windows draws at each size, and the version details, of both exes.
  for exe in Newsdesk.exe newsdesk-cli.exe; do
    LC_ALL=C wrestool -x -t 14 "$tmp/exe/$exe" > "$tmp/icon.ico"
    sizes=$(LC_ALL=C icotool -l "$tmp/icon.ico" | sed -n 's/.*--width=\([0-9]*\).*/\1/p' | sort -n | tr '\n' ' ')
    echo "check: $exe icon sizes: $sizes"
    [ "$sizes" = "16 24 32 48 64 256 " ] || fail "$exe's icon holds $sizes, want 16 24 32 48 64 256"
    LC_ALL=C wrestool -x --raw -t 16 "$tmp/exe/$exe" | iconv -f UTF-16LE -t UTF-8 -c | tr '\000-\037' '\n' | grep -v '^$' > "$tmp/version.txt"
    for key in CompanyName LegalCopyright FileVersion ProductName; do
      value=$(grep -A1 -x "$key" "$tmp/version.txt" | tail -1)
      echo "check: $exe $key: $value"
      [ -n "$value" ] && [ "$value" != "$key" ] || fail "$exe has no $key in its version details"
    done
  done
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
  winenv() { WINEDEBUG=-all wine cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
  roaming=$(winenv AppData) local=$(winenv LocalAppData)
  roaming_u=$(winepath -u "$roaming" 2>/dev/null) local_u=$(winepath -u "$local" 2>/dev/null)
  echo "check: AppData $roaming, LocalAppData $local"
  # cli LANG ARGS…: newsdesk-cli.exe as a console runs it; output and exit status kept.
  cli() {
    local lang=$1; shift
    set +e
    NEWSDESK_LANG=$lang WINEDEBUG=-all wine "$tmp/exe/newsdesk-cli.exe" "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    set -e
    out=$(tr -d '\r' <"$tmp/out") err=$(tr -d '\r' <"$tmp/err")
    echo "check: newsdesk-cli.exe $* → exit $code"; printf '%s\n' "$out" | sed 's/^/  out: /'
    [ -z "$err" ] || printf '%s\n' "$err" | sed 's/^/  err: /'
  }
  # A library where earlier versions kept it, in Roaming AppData…
  cli en --db "$roaming\\Newsdesk\\library.sqlite" sample
  [ "$code" = 0 ] && [ "$out" = 1 ] || fail "sample in Roaming: exit $code, printed '$out'"
  # …moves to Local AppData at the next start, the report with it, and says so.
  cli en list
  [ "$code" = 0 ] && printf '%s' "$out" | grep -q '^1	draft	' || fail "list after the move: exit $code"
  printf '%s' "$err" | grep -q 'has moved to' || fail "the move was not said"
  [ -f "$local_u/Newsdesk/library.sqlite" ] || fail "no library in Local AppData ($local_u/Newsdesk)"
  [ ! -e "$roaming_u/Newsdesk/library.sqlite" ] || fail "the library is still in Roaming AppData"
  echo "check: the library is in Local AppData: $local\\Newsdesk\\library.sqlite"
  cli vi show 999
  [ "$code" = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "show 999: exit $code, want 1 and one line on stderr"
  cli en frobnicate
  [ "$code" = 2 ] || fail "an unknown command: exit $code, want 2"
  # Printing asks Windows for the default printer: Wine has none here.
  cli en pdf 1 --print
  [ "$code" = 1 ] && printf '%s' "$err" | grep -q 'No printer is set up' || fail "pdf --print without a printer: exit $code"
  # With a default printer and a PDF program that has a Print action (here a
  # command that copies the file), the job goes there and the temporary PDF goes.
  wreg() { WINEDEBUG=-all wine reg "$@" >/dev/null 2>&1; }
  wreg add 'HKCU\Software\Microsoft\Windows NT\CurrentVersion\Windows' /v Device /d 'Office,winspool,FILE:' /f
  wreg add 'HKCR\.pdf' /ve /d NewsdeskCheckPDF /f
  wreg add 'HKCR\NewsdeskCheckPDF\shell\print\command' /ve /d 'cmd /c copy "%1" C:\printed.pdf' /f
  temp_u=$(winepath -u "$(winenv TEMP)" 2>/dev/null)
  cli en pdf 1 --print
  [ "$code" = 0 ] && [ "$out" = "Sent to the printer Office." ] && [ -s "$WINEPREFIX/drive_c/printed.pdf" ] ||
    fail "pdf --print through the Print action: exit $code"
  ! ls -d "$temp_u"/newsdesk-print-* >/dev/null 2>&1 || fail "the temporary PDF was left in $temp_u"
  echo "check: printed silently through the PDF program's Print action; no temporary PDF left"
  # Edge as the PDF program has no Print action: the PDF opens in it, with a note.
  wreg delete 'HKCR\NewsdeskCheckPDF\shell\print' /f
  wreg add 'HKCR\NewsdeskCheckPDF\shell\open\command' /ve /d 'cmd /c copy "%1" C:\opened.pdf' /f
  cli en pdf 1 --print
  for _ in $(seq 20); do [ -s "$WINEPREFIX/drive_c/opened.pdf" ] && break; sleep 0.5; done # the viewer starts on its own
  [ "$code" = 1 ] && printf '%s' "$err" | grep -q 'print it from there' && [ -s "$WINEPREFIX/drive_c/opened.pdf" ] ||
    fail "pdf --print with a viewer that cannot print: exit $code"
  echo "check: with a viewer that cannot print, the PDF opened in it with a note"
  wreg delete 'HKCR\.pdf' /f
  # The agency's name, so that Ctrl+E goes straight to the save dialog.
  cli en settings agency.name "UBND thành phố Mẫu"
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

if [ "$what" = windows ] && [ -z "${BUNDLE:-}" ]; then
  # The installer, silent, while Newsdesk runs: it must stop and touch nothing.
  setup=$(ls dist/newsdesk-*-windows-amd64-setup.exe | tail -1)
  set +e; WINEDEBUG=-all wine "$setup" /S; code=$?; set -e
  [ "$code" != 0 ] && [ ! -e "$local_u/Programs/Newsdesk/Newsdesk.exe" ] ||
    fail "the installer ran over a running Newsdesk (exit $code)"
  echo "check: the installer stops while Newsdesk runs (exit $code), nothing installed"
  # Ctrl+E, then a full Windows path typed over the suggested name, then Enter:
  # the PDF must be there.
  typed="$local\\bao-cao-go-tay.pdf" typed_u="$local_u/bao-cao-go-tay.pdf"
  win=$(xdotool search --name '^Newsdesk' | head -1)
  [ -n "$win" ] && xdotool windowactivate --sync "$win" 2>/dev/null || true
  xdotool key --clearmodifiers ctrl+e; sleep 4
  import -window root dist/check-windows-save.png
  # The system's own save dialog is a window of its own, titled by Newsdesk
  # ("Lưu PDF"); with no window manager, keys go where it is focused.
  # (xdotool's --name does not match non-ASCII titles: compare the names here.)
  dlg=
  for w in $(xdotool search --onlyvisible --name '.' 2>/dev/null); do
    case "$(xdotool getwindowname "$w")" in "Lưu PDF"|"Save the PDF") dlg=$w ;; esac
  done
  [ -n "$dlg" ] && echo "check: the save dialog is the system's own (window $dlg)" ||
    echo "check: no system save dialog found" >&2
  if [ -n "$dlg" ]; then
    xdotool windowfocus --sync "$dlg" 2>/dev/null || true
    eval "$(xdotool getwindowgeometry --shell "$dlg")"
    xdotool mousemove $((X + 20)) $((Y + 20))
  fi
  xdotool key --clearmodifiers ctrl+a; xdotool type --delay 60 "$typed"; sleep 1
  import -window root dist/check-windows-save-typed.png
  xdotool key Return; sleep 8
  import -window root dist/check-windows-saved.png
  echo "check: screenshots dist/check-windows-save.png, -save-typed.png, -saved.png"
  if [ -s "$typed_u" ]; then
    echo "check: a typed full path saves: $typed ($(stat -c %s "$typed_u") bytes)"
  else
    saved_typed=no
    echo "check: NOT SAVED: the PDF is not at the typed path $typed (see dist/check-windows-saved.png)" >&2
  fi
  kill "$app" 2>/dev/null; wineserver -k 2>/dev/null || true; app=
  WINEDEBUG=-all wine "$setup" /S || fail "the installer failed with Newsdesk closed"
  [ -f "$local_u/Programs/Newsdesk/Newsdesk.exe" ] && [ -f "$local_u/Programs/Newsdesk/newsdesk-cli.exe" ] ||
    fail "the installer put no Newsdesk.exe in $local\\Programs\\Newsdesk"
  echo "check: with Newsdesk closed the installer installs into $local\\Programs\\Newsdesk"

  # Without OpenGL (an X server without GLX, as Remote Desktop or a VM without 3D
  # gives none): a message box that says so, rather than nothing.
  d2=$((d+1)); while [ -e /tmp/.X11-unix/X$d2 ] || [ -e /tmp/.X$d2-lock ]; do d2=$((d2+1)); done
  Xvfb :$d2 -screen 0 1024x600x24 -nolisten tcp -extension GLX >/dev/null 2>&1 & xpid2=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d2 ] && break; sleep 0.1; done
  DISPLAY=:$d2 wine "$tmp/exe/Newsdesk.exe" >"$tmp/nogl.log" 2>&1 & app=$!
  sleep "${WAIT:-25}"
  DISPLAY=:$d2 import -window root dist/check-windows-nogl.png
  echo "check: screenshot dist/check-windows-nogl.png (no OpenGL)"
  boxed=$(DISPLAY=:$d2 xdotool search --name '^Newsdesk$' 2>/dev/null | head -1 || true)
  kill "$app" 2>/dev/null; wineserver -k 2>/dev/null || true; app=
  kill "$xpid2" 2>/dev/null || true
  applog=$local_u/Newsdesk/newsdesk.log
  if [ -n "$boxed" ] && grep -qE 'Fyne error|PlatformError' "$applog"; then
    echo "check: without OpenGL, a message box titled Newsdesk was shown; the log says:"
    grep -E -A1 'Fyne error|PlatformError' "$applog" | sed 's/^/  /' | tail -2
  else
    echo "check: without OpenGL, no message box was found; the program's output:" >&2
    sed 's/^/  /' "$tmp/nogl.log" | tail -20 >&2
    exit 1
  fi
  [ -z "${saved_typed:-}" ] || exit 1
fi
