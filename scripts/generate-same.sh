#!/bin/sh
# generate-same.sh OLD NEW [BOOK…] checks that two builds of chapterwise
# give byte for byte the same `generate --json` (facts, cards and
# questions) on the built-in article, every ../shared/corpus article (two
# seeds and quiz lengths each) and the given books (scripts/corpus-book.sh
# makes them). A change meant only to make generation faster must pass it
# against the build before it; it prints each article that differs and
# exits 1 if any does.
set -eu
old=${1:?usage: generate-same.sh OLD NEW [BOOK…]}
new=${2:?usage: generate-same.sh OLD NEW [BOOK…]}
shift 2
corpus=$(dirname "$0")/../../shared/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
same() { # name, then generate's arguments
	name=$1
	shift
	"$old" generate --json "$@" >"$tmp/old.json"
	"$new" generate --json "$@" >"$tmp/new.json"
	if ! cmp -s "$tmp/old.json" "$tmp/new.json"; then
		echo "differs: $name" >&2
		status=1
	fi
}
same builtin
same "builtin, seed 7, 60 questions" --seed 7 --questions 60
for f in "$corpus"/*.txt; do
	[ -f "$f" ] || continue
	same "$f" --article "$f"
	same "$f, seed 3, 40 questions" --article "$f" --seed 3 --questions 40
done
for f in "$@"; do
	same "$f" --article "$f"
done
[ $status = 0 ] && echo "same output"
exit $status
