#!/bin/sh
# corpus-book.sh SIZE OUT writes a book for the speed benchmarks of
# docs/benchmarks.md: a title, then the nine ../shared/corpus article
# bodies (each cut before its first "See also", "Notes", "References"…
# heading) repeated under "Part N" headings until the book holds SIZE
# bytes (it ends after the article that reaches SIZE). The book is made where it
# is needed and never committed: the texts belong to their authors.
set -eu
size=${1:?usage: corpus-book.sh SIZE OUT}
out=${2:?usage: corpus-book.sh SIZE OUT}
corpus=$(dirname "$0")/../../shared/corpus
ls "$corpus"/*.txt >/dev/null
printf 'A long book of policy history\n\n' >"$out"
n=1
while [ "$(wc -c <"$out")" -lt "$size" ]; do
	printf 'Part %d\n\n' "$n" >>"$out"
	for f in "$corpus"/*.txt; do
		awk '/^(See also|Notes|References|Citations|Bibliography|Further reading|External links)(\[edit\])?$/ { exit } { print }' "$f" >>"$out"
		printf '\n\n' >>"$out"
		[ "$(wc -c <"$out")" -lt "$size" ] || break
	done
	n=$((n + 1))
done
