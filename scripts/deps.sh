#!/usr/bin/env bash
# Installs what building and testing Chapterwise needs on Debian/Ubuntu when
# it is missing: a C compiler and pkg-config for cgo, the GL, X11 and
# xkbcommon headers Fyne's desktop driver links against, and Xvfb, xdotool
# and ImageMagick for the tests that start the real window.
# Set CHAPTERWISE_SKIP_DEPS=1 to skip (for example on other systems).
set -euo pipefail
[ "${CHAPTERWISE_SKIP_DEPS:-}" = 1 ] && exit 0

missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_pc() { pkg-config --exists "$1" 2>/dev/null || missing+=("$2"); }

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
need_cmd Xvfb xvfb
need_cmd xdotool xdotool
need_cmd xclip xclip # the paste test puts text on the X clipboard
need_cmd import imagemagick
need_cmd xauth xauth
need_cmd node nodejs; need_cmd npm npm # the third-party readers of exports (scripts/readers)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them with your package manager (see README)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
