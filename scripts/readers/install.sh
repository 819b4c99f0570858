#!/usr/bin/env bash
# Installs the third-party readers the tests feed Chapterwise's exports to
# (anki-reader for .apkg, gift-pegjs for GIFT; versions pinned in
# package.json) into a cache folder outside the repository:
# $CHAPTERWISE_READERS, by default ~/.cache/chapterwise-readers. Node.js
# itself comes from scripts/deps.sh. Without Node or the network it warns
# and leaves the tests to skip. Set CHAPTERWISE_SKIP_DEPS=1 to skip.
set -uo pipefail
[ "${CHAPTERWISE_SKIP_DEPS:-}" = 1 ] && exit 0
here="$(cd "$(dirname "$0")" && pwd)"
dir="${CHAPTERWISE_READERS:-${XDG_CACHE_HOME:-$HOME/.cache}/chapterwise-readers}"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "scripts/readers: Node.js is missing; the third-party reader tests will skip." >&2
  exit 0
fi
mkdir -p "$dir"
if cmp -s "$here/package.json" "$dir/package.json" && [ -d "$dir/node_modules/anki-reader" ] && [ -d "$dir/node_modules/gift-pegjs" ]; then
  exit 0
fi
cp "$here/package.json" "$dir/package.json"
echo "Installing the third-party readers into $dir"
if ! (cd "$dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null); then
  rm -f "$dir/package.json" # try again next time
  echo "scripts/readers: npm install failed; the third-party reader tests will skip." >&2
fi
exit 0
