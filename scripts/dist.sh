#!/usr/bin/env bash
# dist.sh: builds Newsdesk's packages into dist/ with Fyne's packaging tool.
#   scripts/dist.sh [linux|windows|all]
# linux:   dist/newsdesk-VERSION-linux-amd64.tar.xz — binary, .desktop entry, icon,
#          the report-bundle MIME type, and a Makefile (make user-install).
# windows: dist/newsdesk-VERSION-windows-amd64-setup.exe (a per-user installer) and
#          dist/newsdesk-VERSION-windows-amd64.zip (the bare Newsdesk.exe and its
#          console twin newsdesk-cli.exe), cross-
#          compiled with cgo by Debian's mingw-w64.
# Name, ID, version, icon and publisher come from FyneApp.toml. Fyne's tool reads
# that file from the folder it packages, so the tool runs on a copy of the source in
# dist/.src with FyneApp.toml placed beside cmd/newsdesk's main package: the working
# tree never sees the files the build adds (a metadata .go file, a Windows .syso),
# and other builds running at the same time are not disturbed. The Windows exes are
# built with go build and resources of our own (packaging/windows: an icon with
# every size, version details with publisher and copyright, a manifest).
# Release builds: -trimpath, -ldflags "-s -w" (the tool's --release). Each file's
# size is printed as it is made ("dist: size …"). Run through make dist, which
# sets GOFLAGS and CGO_ENABLED.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
root=$PWD
FYNE_TOOLS=v1.7.4
fyne=$root/bin/tools/fyne

# The packaging tool, installed once into the project's bin/tools. GOFLAGS is
# cleared: the tool is not built with the app's tags.
if ! [ -x "$fyne" ] || ! "$fyne" version 2>/dev/null | grep -q "$FYNE_TOOLS"; then
  echo "dist: installing fyne.io/tools $FYNE_TOOLS into bin/tools"
  GOFLAGS= GOBIN=$root/bin/tools go install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS"
fi

# field TABLE KEY: a value of FyneApp.toml.
field() { sed -n "/^\[$1\]/,/^\[/p" FyneApp.toml | sed -n "s/^$2 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\}.*/\1/p" | head -1; }
detail() { field Details "$1"; }
name=$(detail Name)
version=$(detail Version)
build=$(detail Build)
appid=$(detail ID)
[ -n "$version" ] && [ -n "$appid" ] || { echo "dist: FyneApp.toml has no [Details] Version or ID" >&2; exit 1; }

# The build tags: the tool's -tags replaces GOFLAGS' -tags, so name them again.
tags=$(printf '%s\n' ${GOFLAGS:-} | sed -n 's/^-tags=//p' | tr '\n' ',' | sed 's/,$//')
case ",$tags," in *,sqlite_fts5,*) ;; *) echo "dist: GOFLAGS must carry -tags=sqlite_fts5 (run make dist)" >&2; exit 1;; esac

mkdir -p dist
src=$root/dist/.src
stage() {
  mkdir -p "$src"
  rsync -a --delete --exclude=/.git --exclude=/bin --exclude=/dist --exclude='*.test' \
    --exclude=/cmd/newsdesk/FyneApp.toml "$root/" "$src/"
  cp FyneApp.toml "$src/cmd/newsdesk/FyneApp.toml"
}

package_linux() {
  stage
  local out=$root/dist/newsdesk-$version-linux-amd64.tar.xz work=$root/dist/.linux
  rm -rf "$work" && mkdir -p "$work"
  echo "dist: building the Linux package (the first run rebuilds everything: minutes)"
  (cd "$src" && "$fyne" package -os linux --src cmd/newsdesk --release --tags "$tags" \
    --icon "$src/assets/icon.png")
  tar -xJf "$src/Newsdesk.tar.xz" -C "$work"
  rm -f "$src/Newsdesk.tar.xz"
  # The tool's tarball holds one folder (newsdesk/) with a Makefile and usr/local.
  local top
  top=$(cd "$work" && ls -d */ | head -1)
  [ -f "$work/$top/Makefile" ] || { echo "dist: unexpected layout in the tool's tarball" >&2; exit 1; }
  # The bundle MIME type: shipped beside the .desktop entry, installed by the
  # Makefile's targets, and the user's MIME database refreshed.
  install -Dm644 packaging/linux/vn.newsdesk.editor.xml "$work/$top/usr/local/share/mime/packages/$appid.xml"
  sed -i -E 's/^(user-install|install|user-uninstall|uninstall):$/\1-app:/' "$work/$top/Makefile"
  # fyne.io/tools v1.7.4 names the binary "newsdesk %F" in its Makefile when the app
  # opens files (the .desktop Exec line's field code leaks into Exec := …), so the
  # install targets look for a file of that name: keep the name alone.
  sed -i -E 's/^(Exec := "[^" ]+) %[fFuU]"$/\1"/' "$work/$top/Makefile"
  cat packaging/linux/Makefile.mime >> "$work/$top/Makefile"
  tar -cJf "$out" -C "$work" "$top"
  rm -rf "$work"
  sizes "$out"
}

package_windows() {
  command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "dist: x86_64-w64-mingw32-gcc missing (scripts/install-deps.sh dist)" >&2; exit 1; }
  stage
  local work=$root/dist/.windows base=$root/dist/newsdesk-$version-windows-amd64
  local syso=$src/cmd/newsdesk/rsrc_windows_amd64.syso
  rm -rf "$work" && mkdir -p "$work"
  # The resources both exes carry: the icon at every size Windows draws (Fyne's
  # tool would put one 512-pixel image in it, which Windows shrinks badly), the
  # version details with publisher and copyright, the manifest. Built here rather
  # than by Fyne's tool, whose resource has neither.
  (cd "$src" && GOFLAGS= go run ./packaging/ico -in assets/icon.png -out "$work/newsdesk.ico")
  local company copyright
  company=$(field Publisher Company) copyright=$(field Publisher Copyright)
  local fill=(-e "s|@APPID@|$appid|g" -e "s|@NAME@|$name|g" -e "s|@VERSION@|$version|g" -e "s|@BUILD@|$build|g"
    -e "s|@VERSION_COMMAS@|$(echo "$version" | tr . ,),$build|g" -e "s|@COMPANY@|$company|g" -e "s|@COPYRIGHT@|$copyright|g")
  sed "${fill[@]}" packaging/windows/newsdesk.manifest.in > "$work/newsdesk.manifest"
  echo "dist: cross-building for Windows with mingw-w64 (the first run: minutes)"
  local exe desc flags
  for exe in Newsdesk.exe newsdesk-cli.exe; do
    # Newsdesk.exe is a windowed program: a console gets none of its output nor
    # its exit status. Its console twin runs the same commands for cmd,
    # PowerShell and scripts (newsdesk-cli.exe list, … bulletin …).
    desc=$name flags="-s -w -H=windowsgui"
    [ "$exe" = newsdesk-cli.exe ] && desc="$name (console commands)" flags="-s -w"
    sed "${fill[@]}" -e "s|@DESCRIPTION@|$desc|g" -e "s|@FILENAME@|$exe|g" packaging/windows/newsdesk.rc.in > "$work/newsdesk.rc"
    x86_64-w64-mingw32-windres -O coff -I "$work" -i "$work/newsdesk.rc" -o "$syso"
    (cd "$src" && GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
      go build -trimpath -tags "$tags,release" -ldflags "$flags" -o "$work/$exe" ./cmd/newsdesk)
    rm -f "$syso"
  done
  (cd "$work" && rm -f "$base.zip" && zip -q -9 "$base.zip" Newsdesk.exe newsdesk-cli.exe)
  if command -v makensis >/dev/null; then
    makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DBUILD="$build" -DAPPID="$appid" -DSRC="$work" \
      -DCOMPANY="$company" -DCOPYRIGHT="$copyright" -DOUTFILE="$base-setup.exe" packaging/windows/newsdesk.nsi
  else
    echo "dist: makensis missing, no installer made (scripts/install-deps.sh dist)" >&2
  fi
  sizes "$work/Newsdesk.exe" "$work/newsdesk-cli.exe" "$base.zip" "$base-setup.exe"
  rm -rf "$work"
}

# sizes prints each file's size as it was just made, in MiB and bytes: the
# figures the README's table of packages points to.
sizes() {
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    printf 'dist: size %s\t%s MiB\t%s bytes\n' "$(basename "$f")" \
      "$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.1f", b / 1048576 }')" "$(stat -c %s "$f")"
  done
}

case $what in
  linux) package_linux ;;
  windows) package_windows ;;
  all) package_linux; package_windows ;;
  *) echo "usage: scripts/dist.sh [linux|windows|all]" >&2; exit 2 ;;
esac
