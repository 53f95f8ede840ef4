#!/bin/sh
# `make dist`: dist/briefing-<version>-linux-<arch>.tar.gz from the release build, a folder that
# runs wherever it is unpacked (the program finds its fonts at ../share/briefing/fonts):
#
#   briefing-<version>-linux-<arch>/
#     bin/briefing                  the release build (static Swift runtime), debug information stripped
#     share/briefing/fonts/         Noto Sans CJK, manifest.tsv, the fonts' licence
#     share/man/man1/briefing.1
#     share/bash-completion/, share/zsh/, share/fish/   completions, where shells look under a prefix
#     LICENSES/                     the fonts' (SIL OFL 1.1) and those of the code linked in
#     README                        what it is, the one apt-get command for its libraries, how to run
#
# The tree has the shape of an installation prefix, so it can also be unpacked straight into
# one (tar -C /usr/local --strip-components=1 -xzf ...).
# The archive's bytes depend only on the files in it: entries sorted by name, every time set to
# SOURCE_DATE_EPOCH (default: the commit's time), owner and group 0, gzip without a name or time.
# (The binary itself still varies between clean builds; docs/install.md says where.)
set -eu
cd "$(dirname "$0")/.."

bin=${BIN:-.build/release/briefing}
version=$(sed -n 's/^ *public static let version = "\([^"]*\)".*/\1/p' Sources/Briefing/Build/Engine.swift)
[ -n "$version" ] || { echo "dist: no version in Sources/Briefing/Build/Engine.swift" >&2; exit 1; }
arch=$(uname -m)
name=briefing-$version-linux-$arch

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -c safe.directory="$(pwd)" log -1 --format=%ct 2>/dev/null) ||
        { echo "dist: not in git; set SOURCE_DATE_EPOCH to the time the archive's files should carry" >&2; exit 1; }
fi
export SOURCE_DATE_EPOCH

stage=.build/dist
rm -rf "$stage"
mkdir -p "$stage/$name" dist
# Like a Python venv: the output folder tells git to ignore it, so no one commits an archive.
[ -f dist/.gitignore ] || echo '*' > dist/.gitignore
tree=$stage/$name
./scripts/install.sh install "$bin" "$tree" ""

# Without its debug information (which also holds the build folder's paths) the binary is 77 MB
# instead of 87 MB, most of it Foundation's ICU data; the symbol table stays, so a crash
# report still names functions.
strip --strip-debug "$tree/bin/briefing"

mkdir -p "$tree/LICENSES"
cp /usr/share/doc/fonts-noto-cjk/copyright "$tree/LICENSES/fonts-noto-cjk.copyright"
# Linked into the binary: the Swift runtime and Foundation (--static-swift-stdlib), swift-argument-parser, Yams.
swift_licence=$(dirname "$(readlink -f "$(command -v "${SWIFT:-swift}")")")/../share/swift/LICENSE.txt
for pair in "swift.LICENSE.txt:$swift_licence" \
            "swift-argument-parser.LICENSE.txt:.build/checkouts/swift-argument-parser/LICENSE.txt" \
            "Yams.LICENSE:.build/checkouts/Yams/LICENSE"; do
    target=${pair%%:*} source=${pair#*:}
    [ -f "$source" ] || { echo "dist: licence file $source is missing" >&2; exit 1; }
    cp "$source" "$tree/LICENSES/$target"
done
if [ -f LICENSE ]; then cp LICENSE "$tree/LICENSES/briefing.LICENSE"; fi

packages=$(grep -v '^#' scripts/runtime-packages.txt | tr '\n' ' ' | sed 's/ $//')
version_line=$("$tree/bin/briefing" --version)
cat > "$tree/README" <<EOF
briefing $version_line for Linux ($arch)

Report and chart generator: a report folder (a YAML spec, CSV or JSON data, GeoJSON or
TopoJSON boundaries) becomes a paginated, tagged PDF with embedded fonts and a slide-safe SVG
per figure. Korean typesetting and the Noto Sans CJK fonts are included.

Runtime libraries (Debian 12; the Swift runtime is linked in): cairo, pango, pangocairo,
pangoft2, HarfBuzz (with its subsetter), fontconfig, FreeType, GLib, zlib, libstdc++, libc.
Install them, as root:

    apt-get update && apt-get install -y --no-install-recommends $packages

Run it from anywhere; it finds its fonts in share/briefing/fonts beside bin/:

    $name/bin/briefing --version
    $name/bin/briefing build path/to/report-folder --out out
    $name/bin/briefing init my-report && $name/bin/briefing build my-report

Or unpack it into a prefix, which puts the man page and shell completions where they are found:

    tar -C /usr/local --strip-components=1 -xzf $name.tar.gz
    briefing --help; man briefing

LICENSES/ holds the fonts' licence (SIL Open Font License 1.1) and those of the code linked
into the program.
EOF

# Every file and folder gets the same time, owner and permissions whatever umask or user built it.
find "$tree" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
    --mtime="@$SOURCE_DATE_EPOCH" -C "$stage" -cf - "$name" | gzip -9 -n > "dist/$name.tar.gz.tmp"
mv "dist/$name.tar.gz.tmp" "dist/$name.tar.gz"
echo "dist: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1), sha256 $(sha256sum "dist/$name.tar.gz" | cut -c1-16)…)"
