#!/usr/bin/env bash
# install-deps.sh: installs the Debian/Ubuntu packages Newsdesk needs to build,
# run and test, skipping those already present. Uses sudo when not root.
#   scripts/install-deps.sh [build|test|dist|check]
# build: C toolchain and the X11/OpenGL headers Fyne's GLFW driver compiles against.
# test:  build, plus Xvfb and screenshot tools for real-window checks, poppler for PDFs,
#        LibreOffice Writer to open the Word files Newsdesk writes,
#        WordPress and MariaDB for the portal tests, Node.js for the block validator.
# dist:  build, plus mingw-w64 (the Windows cross-build with cgo), NSIS (the Windows
#        installer), rsync, xz, zip and ImageMagick (the installer's icon).
# check: dist, plus what scripts/check-dist.sh runs the packages in: Xvfb, xdotool,
#        ImageMagick, Wine (the Windows exes) and icoutils (the exe's icon sizes).
#        Not part of make test: Wine is large and its first start slow.
set -euo pipefail
what=${1:-build}
pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev)
if [ "$what" = test ]; then
  pkgs+=(xvfb xdotool imagemagick poppler-utils)
  # The docx tests open a written .docx in LibreOffice and print it to PDF.
  pkgs+=(libreoffice-writer-nogui)
  # The portal tests run a real WordPress (scripts/portal.sh).
  pkgs+=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-gd php-mbstring php-xml php-curl curl)
fi
# The block editor's validator (wordpress/blockcheck) runs under Node.js; one
# installed another way (NodeSource, nvm) will do.
if [ "$what" = test ] && ! { command -v node && command -v npm; } >/dev/null; then
  pkgs+=(nodejs npm)
fi
if [ "$what" = dist ] || [ "$what" = check ]; then
  pkgs+=(gcc-mingw-w64-x86-64 nsis rsync xz-utils zip imagemagick)
fi
if [ "$what" = check ]; then
  pkgs+=(xvfb xdotool wine wine64 icoutils)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "newsdesk: these packages are missing and apt-get is not available: ${missing[*]}" >&2
  exit 1
fi
sudo=
if [ "$(id -u)" -ne 0 ]; then
  # sudo when it can work: without a password, or asking for one on a terminal.
  if command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    sudo=sudo
  else
    echo "newsdesk: missing Debian packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
