#!/usr/bin/env bash
# Installs what Chapterwise needs on Debian/Ubuntu when it is missing, by
# group (the arguments; none means "build test", what make test needs):
#   build    a C compiler and pkg-config for cgo, the GL, X11 and xkbcommon
#            headers Fyne's desktop driver links against;
#   test     Xvfb, xdotool and ImageMagick for the tests that start the real
#            window, Node.js for the third-party readers of exports;
#   package  the Windows cross-compiler and the tools that build and check
#            the packages (make package).
# To add a dependency, add a need_cmd (a command) or need_pc (a pkg-config
# module) line with its Debian package to its group below.
# Set CHAPTERWISE_SKIP_DEPS=1 to skip (for example on other systems).
set -euo pipefail
[ "${CHAPTERWISE_SKIP_DEPS:-}" = 1 ] && exit 0

groups=" ${*:-build test} "
want() { [[ "$groups" == *" $1 "* ]]; }
missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_pc() { pkg-config --exists "$1" 2>/dev/null || missing+=("$2"); }

if want build; then
  need_cmd gcc gcc
  need_cmd pkg-config pkg-config
  if command -v pkg-config >/dev/null 2>&1; then
    need_pc gl libgl1-mesa-dev
    need_pc x11 libx11-dev
    need_pc xrandr libxrandr-dev
    need_pc xinerama libxinerama-dev
    need_pc xcursor libxcursor-dev
    need_pc xi libxi-dev
    need_pc xxf86vm libxxf86vm-dev
    need_pc xkbcommon libxkbcommon-dev
  else
    missing+=(libgl1-mesa-dev libx11-dev libxrandr-dev libxinerama-dev libxcursor-dev libxi-dev libxxf86vm-dev libxkbcommon-dev)
  fi
fi

if want test; then
  need_cmd Xvfb xvfb
  need_cmd xdotool xdotool
  need_cmd xclip xclip # the paste test puts text on the X clipboard
  need_cmd import imagemagick
  need_cmd xauth xauth
  need_cmd node nodejs; need_cmd npm npm # the third-party readers of exports (scripts/readers)
fi

if want package; then
  need_cmd x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64   # the Windows .exe (cgo)
  need_cmd x86_64-w64-mingw32-windres binutils-mingw-w64-x86-64 # its icon and version resource
  need_cmd convert imagemagick                          # the icon as .ico
  need_cmd dpkg-deb dpkg
  need_cmd dpkg-shlibdeps dpkg-dev                      # the .deb's Depends
  need_cmd xz xz-utils                                  # fyne package's tarball
  need_cmd zip zip
  need_cmd unzip unzip
  need_cmd file file
  need_cmd desktop-file-validate desktop-file-utils
  need_cmd appstreamcli appstream
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them with your package manager (see README)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Missing: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
