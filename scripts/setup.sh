#!/bin/sh
# Installs what building, rendering and testing need on Debian, then puts the bundled fonts
# into Fonts/ and checks them against Fonts/manifest.tsv. Idempotent: a second run changes nothing.
set -eu
cd "$(dirname "$0")/.."

# Build: cairo, pango, fontconfig, harfbuzz and zlib headers. Fonts: Noto Sans CJK. Tests: poppler-utils
# (pdffonts, pdftotext, pdftoppm), qpdf, libxml2-utils (xmllint), librsvg2-bin (rsvg-convert,
# to check that outlined SVG text lands where the PNG draws it). make: the official Swift images
# lack it, so CI there runs this script first and `make build` after. icc-profiles-free: the sRGB
# profile a PDF/A file embeds as its output intent (--pdf-standard). hyphen-en-us: the patterns
# English words in justified paragraphs are hyphenated with.
PACKAGES="make pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev libharfbuzz-dev zlib1g-dev fonts-noto-cjk poppler-utils qpdf libxml2-utils librsvg2-bin icc-profiles-free hyphen-en-us"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Fonts: copy from the package, verify every file against the manifest.
grep -v '^#' Fonts/manifest.tsv | while IFS="$(printf '\t')" read -r file sum package source; do
    [ -n "$file" ] || continue
    target="Fonts/$file"
    if [ ! -f "$target" ] || ! echo "$sum  $target" | sha256sum -c --status; then
        if [ ! -f "$source" ]; then
            echo "setup: $source is missing; expected it from $package" >&2
            exit 1
        fi
        cp "$source" "$target.tmp" && mv "$target.tmp" "$target"
    fi
    if ! echo "$sum  $target" | sha256sum -c --status; then
        echo "setup: $target does not match Fonts/manifest.tsv (expected $package); refusing to render with a different font" >&2
        exit 1
    fi
done
echo "setup: ok"
