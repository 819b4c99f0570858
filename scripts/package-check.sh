#!/usr/bin/env bash
# make package-check: checks what make package left in dist/ for the version
# in FyneApp.toml: the files each package holds, the desktop entries
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate),
# the .exe (a 64-bit Windows GUI program with its version resource), and,
# when run as root or with CHAPTERWISE_INSTALL_CHECK=1 (through sudo), that
# the .deb installs with dpkg -i, runs from /usr/bin, registers its file types
# and removes cleanly. CI runs it as root after make package.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$PWD/dist
id=io.github.chapterwise
failed=0

ok() { printf 'ok   %s\n' "$*"; }
bad() {
	printf 'FAIL %s\n' "$*" >&2
	failed=1
}
die() {
	printf 'make package-check: %s\n' "$*" >&2
	exit 1
}
# has LISTING NAME PATTERN: the listing holds a line matching the pattern.
has() { if grep -Eq -- "$3" <<<"$1"; then ok "$2"; else bad "$2: no $3"; fi; }

bash scripts/deps.sh package
version=$(sed -n '/^\[Details\]/,/^\[/s/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)".*/\1/p' FyneApp.toml)
[ -n "$version" ] || die "no Version in FyneApp.toml's [Details]"
tarball=$dist/chapterwise-$version-linux-amd64.tar.xz
deb=$dist/chapterwise_${version}_amd64.deb
zip=$dist/chapterwise-$version-windows-amd64.zip
for f in "$tarball" "$deb" "$zip"; do
	[ -f "$f" ] || die "$f is missing: run make package first"
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/chapterwise-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== $(basename "$tarball")"
list=$(tar -tJf "$tarball")
has "$list" "binary" '^chapterwise/usr/(local/)?bin/chapterwise$'
has "$list" "desktop entry" "^chapterwise/usr/(local/)?share/applications/$id\.desktop$"
has "$list" "icon" "^chapterwise/usr/(local/)?share/pixmaps/$id\.png$"
has "$list" "Makefile (make install / user-install)" '^chapterwise/Makefile$'
mkdir "$tmp/tar"
tar -xJf "$tarball" -C "$tmp/tar"
tbin=$(find "$tmp/tar" -path '*/bin/chapterwise' -print -quit)
if [ -n "$tbin" ] && [ "$("$tbin" version)" = "Chapterwise $version" ]; then
	ok "the tarball's binary says Chapterwise $version"
else
	bad "the tarball's binary does not say Chapterwise $version"
fi

echo "== $(basename "$deb")"
list=$(dpkg-deb -c "$deb" | awk '{ print $1, $6 }')
has "$list" "binary in /usr/bin, executable" '^-rwxr-xr-x \./usr/bin/chapterwise$'
has "$list" "menu entry" "^-rw-r--r-- \./usr/share/applications/$id\.desktop$"
has "$list" "entry that opens .cwquiz and .cwresult" "^-rw-r--r-- \./usr/share/applications/$id\.open\.desktop$"
has "$list" "AppStream metainfo" "^-rw-r--r-- \./usr/share/metainfo/$id\.metainfo\.xml$"
has "$list" "MIME types" "^-rw-r--r-- \./usr/share/mime/packages/$id\.xml$"
has "$list" "icon" "^-rw-r--r-- \./usr/share/icons/hicolor/512x512/apps/$id\.png$"
has "$list" "copyright" '^-rw-r--r-- \./usr/share/doc/chapterwise/copyright$'
has "$list" "Fyne's licence" '^-rw-r--r-- \./usr/share/doc/chapterwise/licenses/fyne\.io/fyne/v2/LICENSE$'
if grep -Ev '^(d|-)r[-w]xr-xr-x|^-rw-r--r--' <<<"$list" | grep -q .; then
	bad "files with other modes: $(grep -Ev '^(d|-)r[-w]xr-xr-x|^-rw-r--r--' <<<"$list" | head -3)"
fi
if [ "$(dpkg-deb -f "$deb" Package Version Architecture | tr '\n' ' ')" = "Package: chapterwise Version: $version Architecture: amd64 " ]; then
	ok "control: chapterwise $version amd64"
else
	bad "control: $(dpkg-deb -f "$deb" Package Version Architecture | tr '\n' ' ')"
fi
dpkg-deb -x "$deb" "$tmp/deb"
for f in "$tmp"/deb/usr/share/applications/*.desktop; do
	if out=$(desktop-file-validate "$f" 2>&1) && [ -z "$out" ]; then ok "desktop-file-validate $(basename "$f")"; else bad "desktop-file-validate $(basename "$f"): $out"; fi
done
has "$(cat "$tmp/deb/usr/share/applications/$id.open.desktop")" "a double-click runs chapterwise open" '^Exec=chapterwise open %F$'
has "$(cat "$tmp/deb/usr/share/applications/$id.open.desktop")" "for both file types" '^MimeType=application/x-chapterwise-assignment;application/x-chapterwise-result;$'
if out=$(appstreamcli validate --no-net "$tmp/deb/usr/share/metainfo/$id.metainfo.xml" 2>&1); then
	ok "appstreamcli validate $id.metainfo.xml"
else
	bad "appstreamcli validate: $out"
fi
has "$(cat "$tmp/deb/usr/share/metainfo/$id.metainfo.xml")" "metainfo release $version" "<release version=\"$version\" date=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"/>"
if command -v xmllint >/dev/null 2>&1; then
	if xmllint --noout "$tmp/deb/usr/share/mime/packages/$id.xml"; then ok "MIME XML is well-formed"; else bad "MIME XML"; fi
fi

sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
if [ "$(id -u)" = 0 ] || [ "${CHAPTERWISE_INSTALL_CHECK:-}" = 1 ]; then
	echo "== dpkg -i $(basename "$deb")"
	if dpkg -s chapterwise >/dev/null 2>&1; then
		# left by an interrupted check, or installed by hand: this check installs and removes its own
		echo "note: removing the chapterwise package installed before (reinstall: sudo apt install ./dist/$(basename "$deb"))"
		$sudo dpkg -r chapterwise >/dev/null
	fi
	$sudo dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || {
		cat "$tmp/dpkg.log" >&2
		$sudo dpkg -r chapterwise >/dev/null 2>&1 || true
		die "dpkg -i failed"
	}
	ok "dpkg -i"
	if [ "$(/usr/bin/chapterwise version)" = "Chapterwise $version" ]; then
		ok "/usr/bin/chapterwise version: Chapterwise $version"
	else
		bad "/usr/bin/chapterwise version says: $(/usr/bin/chapterwise version 2>&1)"
	fi
	# dpkg's triggers update the MIME and desktop databases when their tools are installed.
	if command -v update-mime-database >/dev/null 2>&1; then
		has "$(ls /usr/share/mime/application/)" "MIME database knows .cwquiz" '^x-chapterwise-assignment\.xml$'
	fi
	if [ -f /usr/share/applications/mimeinfo.cache ]; then
		has "$(cat /usr/share/applications/mimeinfo.cache)" "desktop database opens .cwresult with Chapterwise" "^application/x-chapterwise-result=.*$id\.open\.desktop"
	fi
	$sudo dpkg -r chapterwise >/dev/null
	if [ -e /usr/bin/chapterwise ]; then bad "dpkg -r left /usr/bin/chapterwise"; else ok "dpkg -r removes it"; fi
else
	echo "== not root: skipped dpkg -i (set CHAPTERWISE_INSTALL_CHECK=1 to install and remove it through sudo)"
fi

echo "== $(basename "$zip")"
mkdir "$tmp/zip"
(cd "$tmp/zip" && unzip -q "$zip")
list=$(cd "$tmp/zip" && find . -type f | sort)
has "$list" "Chapterwise.exe" '^\./Chapterwise/Chapterwise\.exe$'
has "$list" "README.txt" '^\./Chapterwise/README\.txt$'
has "$list" "file-type scripts" '^\./Chapterwise/register-file-types\.cmd$'
has "$list" "licences" '^\./Chapterwise/LICENSES/fyne\.io/fyne/v2/LICENSE$'
exe=$tmp/zip/Chapterwise/Chapterwise.exe
desc=$(file -b "$exe")
if [[ $desc == "PE32+ executable (GUI) x86-64"* ]]; then ok "file: $desc"; else bad "file: $desc"; fi
# The version resource holds its strings in UTF-16.
strs=$(strings -el "$exe")
has "$strs" "version resource: ProductVersion" '^ProductVersion$'
has "$strs" "version resource: $version" "^$version$"
# The resources: the version (about 1 KB), the manifest and the icons (about 100 KB).
rsrc=$(x86_64-w64-mingw32-objdump -h "$exe" | awk '$2 == ".rsrc" { print $3 }')
if [ -n "$rsrc" ] && [ $((16#$rsrc)) -gt 20000 ]; then
	ok "resource section with the icons ($((16#$rsrc)) bytes)"
else
	bad "the resource section is missing or too small for the icons: ${rsrc:-none}"
fi
has "$(cat "$tmp/zip/Chapterwise/README.txt")" "README names the version" "Chapterwise $version for Windows"

if [ "$failed" != 0 ]; then
	die "some checks failed (above)"
fi
echo "== all package checks passed for $version"
