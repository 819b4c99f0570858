#!/usr/bin/env bash
# make package: builds the release packages of Chapterwise into dist/ on
# Debian/Ubuntu (amd64), installing what it needs with apt when missing:
#   chapterwise-VERSION-linux-amd64.tar.xz   fyne package's tarball: binary,
#                                            icon, .desktop entry, Makefile
#   chapterwise_VERSION_amd64.deb            installs into /usr: the binary, a
#                                            menu entry, AppStream metainfo, the
#                                            .cwquiz/.cwresult MIME types and a
#                                            hidden entry that opens them
#   chapterwise-VERSION-windows-amd64.zip    Chapterwise.exe (icon and version
#                                            resource, cross-compiled with
#                                            MinGW-w64), README, file-type scripts
# VERSION is FyneApp.toml's; CHANGELOG.md must have an entry for it (its date
# is the release date in the metainfo). Run it again at any time: it rebuilds
# everything and replaces the files in dist/. scripts/package-check.sh checks
# the result.
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
root=$PWD
GO=${GO:-go}
# The Fyne tooling, pinned: go run builds it once and caches it.
FYNE=${FYNE:-fyne.io/tools/cmd/fyne@v1.7.4}
dist=$root/dist
id=io.github.chapterwise

step() { printf '== %s (at %d s)\n' "$*" "$SECONDS"; }
die() {
	printf 'make package: %s\n' "$*" >&2
	exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chapterwise-package.XXXXXX")
syso=$root/zz_resources_windows_amd64.syso # read by the Windows build only
cleanup() { rm -rf "$tmp" "$syso"; }
trap cleanup EXIT

step "Checking the tools (Debian packages: scripts/deps.sh build package)"
bash scripts/deps.sh build package
command -v "$GO" >/dev/null 2>&1 || die "Go is not installed (see the README: Build from source)"

step "Linux binary"
mkdir -p "$tmp/linux"
bin=$tmp/linux/chapterwise
$GO build -trimpath -ldflags "-s -w" -o "$bin" .
# The version is FyneApp.toml's, embedded in the binary: ask the binary.
read -r _ version < <("$bin" version)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
	die "version \"$version\" (FyneApp.toml, [Details] Version) is not MAJOR.MINOR.PATCH"
release_date=$(sed -n "s/^## \[$version\] - \([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\).*/\1/p" CHANGELOG.md | head -n1)
[ -n "$release_date" ] ||
	die "CHANGELOG.md has no entry \"## [$version] - YYYY-MM-DD\": add one (move Unreleased there) before packaging $version"
echo "version $version, released $release_date"

mkdir -p "$dist"
rm -f "$dist"/chapterwise-*-linux-amd64.tar.xz "$dist"/chapterwise_*_amd64.deb "$dist"/chapterwise-*-windows-amd64.zip

# licenses BIN DEST: the licence files of every module built into BIN, as
# DEST/MODULE/FILE, and DEST/../MODULES (module and version, one a line).
licenses() {
	local bin=$1 dest=$2 path ver dir f
	mkdir -p "$dest"
	$GO version -m "$bin" | awk '$1 == "dep" { print $2, $3 }' >"$dest.modules"
	while read -r path ver; do
		dir=$($GO list -m -f '{{.Dir}}' "$path")
		[ -n "$dir" ] || die "module $path is not in the module cache (run go mod download)"
		local found=0
		while IFS= read -r -d '' f; do
			install -Dm644 "$f" "$dest/$path/${f#"$dir"/}"
			found=1
		done < <(find "$dir" -path '*/testdata' -prune -o -type f \( -iname 'LICENSE*' -o -iname 'LICENCE*' -o -iname 'COPYING*' -o -iname 'NOTICE*' \) -print0)
		[ "$found" = 1 ] || die "module $path $ver has no licence file"
	done <"$dest.modules"
	install -Dm644 "$($GO env GOROOT)/LICENSE" "$dest/go/LICENSE" # the Go runtime and standard library
	echo "go $($GO env GOVERSION)" >>"$dest.modules"
}

step "Linux tarball (fyne package)"
# fyne package reads FyneApp.toml and the icon from --src and, when it is
# done, raises Build in that FyneApp.toml: give it a copy so the repository
# stays as it is. It wants Go code there even with --executable.
mkdir -p "$tmp/fyne-src/assets" "$tmp/fyne-out"
cp FyneApp.toml "$tmp/fyne-src/"
cp assets/icon.png "$tmp/fyne-src/assets/"
printf 'package main\n\nfunc main() {}\n' >"$tmp/fyne-src/main.go"
(cd "$tmp/fyne-out" && $GO run "$FYNE" package --target linux --src "$tmp/fyne-src" --executable "$bin")
tarball=$dist/chapterwise-$version-linux-amd64.tar.xz
mv "$tmp/fyne-out/Chapterwise.tar.xz" "$tarball"
echo "$tarball"

step "Debian package"
mkdir -p "$tmp/tar"
tar -xJf "$tarball" -C "$tmp/tar"
desktop=$(find "$tmp/tar" -name "$id.desktop" -print -quit)
[ -n "$desktop" ] || die "the tarball has no $id.desktop"
deb=$tmp/deb
install -Dm755 "$bin" "$deb/usr/bin/chapterwise"
# The menu entry is fyne package's, made from FyneApp.toml.
install -Dm644 "$desktop" "$deb/usr/share/applications/$id.desktop"
# A double-clicked .cwquiz or .cwresult runs `chapterwise open FILE`: a
# hidden second entry, since the menu entry starts it with no file.
sed -e "s|^Exec=.*|Exec=chapterwise open %F|" \
	-e "/^\[Desktop Entry\]/a NoDisplay=true\nMimeType=application/x-chapterwise-assignment;application/x-chapterwise-result;" \
	"$desktop" >"$tmp/open.desktop"
install -Dm644 "$tmp/open.desktop" "$deb/usr/share/applications/$id.open.desktop"
install -Dm644 assets/icon.png "$deb/usr/share/icons/hicolor/512x512/apps/$id.png"
install -Dm644 packaging/linux/$id.mime.xml "$deb/usr/share/mime/packages/$id.xml"
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$release_date/g" packaging/linux/$id.metainfo.xml.in >"$tmp/metainfo.xml"
install -Dm644 "$tmp/metainfo.xml" "$deb/usr/share/metainfo/$id.metainfo.xml"
doc=$deb/usr/share/doc/chapterwise
install -Dm644 CHANGELOG.md "$doc/CHANGELOG.md"
licenses "$bin" "$doc/licenses"
{
	echo "Chapterwise $version"
	echo
	echo "Chapterwise is built with Go and these Go modules; their licence texts are in"
	echo "/usr/share/doc/chapterwise/licenses/MODULE/:"
	echo
	sed 's/^/  /' "$doc/licenses.modules"
} >"$doc/copyright"
rm "$doc/licenses.modules"
# Depends: the packages of the shared libraries the binary links.
mkdir -p "$tmp/shlibs/debian"
printf 'Source: chapterwise\n\nPackage: chapterwise\nArchitecture: amd64\n' >"$tmp/shlibs/debian/control"
depends=$(cd "$tmp/shlibs" && dpkg-shlibdeps -O -e"$deb/usr/bin/chapterwise" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || die "dpkg-shlibdeps found no dependencies for the binary"
# GLFW loads these X11 extensions with dlopen, so dpkg-shlibdeps cannot see them.
depends="$depends, libx11-xcb1, libxcursor1, libxi6, libxinerama1, libxrandr2, libxrender1, libxxf86vm1"
mkdir -p "$deb/DEBIAN"
cat >"$deb/DEBIAN/control" <<EOF
Package: chapterwise
Version: $version
Architecture: amd64
Maintainer: The Chapterwise developers <chapterwise@users.noreply.github.com>
Installed-Size: $(du -sk "$deb/usr" | cut -f1)
Depends: $depends
Section: education
Priority: optional
Homepage: https://github.com/chapterwise/chapterwise
Description: read an article chapter by chapter, then study it
 Chapterwise opens an article, presents it chapter by chapter and turns what
 you read into flashcards (scheduled with FSRS) and quizzes. Teachers hand out
 assignments as .cwquiz files and grade the .cwresult files students hand back.
 Everything is kept in a local SQLite database.
EOF
debfile=$dist/chapterwise_${version}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$deb" "$debfile" >/dev/null
echo "$debfile"

step "Windows .exe (MinGW-w64)"
win=$tmp/win
mkdir -p "$win/res" "$win/Chapterwise"
convert assets/icon.png -define icon:auto-resize=256,128,64,48,32,16 "$win/res/chapterwise.ico"
IFS=. read -r major minor patch <<<"$version"
sed -e "s/@VERSION4@/$major.$minor.$patch.0/g" packaging/windows/chapterwise.exe.manifest >"$win/res/chapterwise.exe.manifest"
sed -e "s/@VERSION@/$version/g" -e "s/@VERSION_COMMAS@/$major,$minor,$patch,0/g" \
	packaging/windows/chapterwise.rc.in >"$win/res/chapterwise.rc"
x86_64-w64-mingw32-windres -I "$win/res" -i "$win/res/chapterwise.rc" -O coff -o "$syso"
exe=$win/Chapterwise/Chapterwise.exe
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
	$GO build -trimpath -ldflags "-s -w -H=windowsgui" -o "$exe" .
rm -f "$syso"

step "Windows zip"
for f in README.txt register-file-types.cmd unregister-file-types.cmd; do
	# CRLF line ends: cmd.exe misreads labels in LF-only batch files
	sed -e "s/@VERSION@/$version/g" -e 's/$/\r/' "packaging/windows/$f" >"$win/Chapterwise/$f"
done
sed -e 's/$/\r/' CHANGELOG.md >"$win/Chapterwise/CHANGELOG.md"
licenses "$exe" "$win/Chapterwise/LICENSES"
mv "$win/Chapterwise/LICENSES.modules" "$win/Chapterwise/LICENSES/MODULES.txt"
zipfile=$dist/chapterwise-$version-windows-amd64.zip
(cd "$win" && zip -q -X -r "$zipfile" Chapterwise)
echo "$zipfile"

step "Done: $version"
ls -l "$tarball" "$debfile" "$zipfile"
