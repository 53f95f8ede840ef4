#!/bin/sh
# Installs or uninstalls briefing under DESTDIR/PREFIX (`make install`, `make uninstall`, and
# `make dist`, which installs into the folder it archives).
#
#   scripts/install.sh install BIN DESTDIR PREFIX
#   scripts/install.sh uninstall DESTDIR PREFIX
#
# install puts in PREFIX:
#   bin/briefing                                    BIN
#   share/briefing/fonts/                           the fonts of Fonts/manifest.tsv (checked against
#                                                   it), manifest.tsv, the fonts' licence
#   share/man/man1/briefing.1                       from BIN, by swift-argument-parser's generate-manual
#   share/bash-completion/completions/briefing      from BIN --generate-completion-script
#   share/zsh/site-functions/_briefing
#   share/fish/vendor_completions.d/briefing.fish
# The program finds its fonts at <its folder>/../share/briefing/fonts, so the tree can move.
# Running install again changes nothing (files with the same bytes are left as they are);
# uninstall removes those files and the share/briefing folders, and nothing else.
set -eu
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 install BIN DESTDIR PREFIX | uninstall DESTDIR PREFIX" >&2; exit 64; }
[ $# -ge 1 ] || usage
mode=$1; shift
case $mode in
    install) [ $# -eq 3 ] || usage; bin=$1; root=$2$3 ;;
    uninstall) [ $# -eq 2 ] || usage; root=$1$2 ;;
    *) usage ;;
esac
root=${root%/}   # DESTDIR=/tmp/x PREFIX= is the folder itself; PREFIX=/ is the root

FONTS=share/briefing/fonts
MAN=share/man/man1/briefing.1
BASH_COMPLETION=share/bash-completion/completions/briefing
ZSH_COMPLETION=share/zsh/site-functions/_briefing
FISH_COMPLETION=share/fish/vendor_completions.d/briefing.fish
# Debian's copyright file for Noto Sans CJK holds the SIL Open Font License 1.1 in full.
FONT_LICENCE_SOURCE=/usr/share/doc/fonts-noto-cjk/copyright
FONT_LICENCE=fonts-noto-cjk.copyright

# The font files named in a manifest (first column; comments and blank lines skipped).
manifest_fonts() { grep -v '^#' "$1" | cut -f1 | grep -v '^$' || true; }

if [ "$mode" = uninstall ]; then
    removed=0
    remove() { if [ -e "$root/$1" ] || [ -L "$root/$1" ]; then rm -f "$root/$1"; removed=$((removed + 1)); fi; }
    # The fonts this install put there are the ones its own copy of the manifest names.
    if [ -f "$root/$FONTS/manifest.tsv" ]; then
        for font in $(manifest_fonts "$root/$FONTS/manifest.tsv"); do remove "$FONTS/$font"; done
    fi
    for file in "$FONTS/manifest.tsv" "$FONTS/$FONT_LICENCE" bin/briefing "$MAN" \
                "$BASH_COMPLETION" "$ZSH_COMPLETION" "$FISH_COMPLETION"; do
        remove "$file"
    done
    # Only briefing's own folders go, and only when empty (a font someone added stays).
    rmdir "$root/$FONTS" "$root/share/briefing" 2>/dev/null || true
    echo "uninstall: removed $removed files from $root"
    exit 0
fi

[ -x "$bin" ] || { echo "install: no program at $bin (run make build, or give BIN=)" >&2; exit 1; }
[ -f "$FONT_LICENCE_SOURCE" ] ||
    { echo "install: $FONT_LICENCE_SOURCE is missing; it comes with fonts-noto-cjk (make setup installs it)" >&2; exit 1; }
for font in $(manifest_fonts Fonts/manifest.tsv); do
    sum=$(awk -F '\t' -v f="$font" '$1 == f { print $2 }' Fonts/manifest.tsv)
    echo "$sum  Fonts/$font" | sha256sum -c --status 2>/dev/null ||
        { echo "install: Fonts/$font is missing or differs from Fonts/manifest.tsv (make setup puts it there)" >&2; exit 1; }
done

# The man page and completions come from the program itself, so they describe exactly it.
generated=$(mktemp -d)
trap 'rm -rf "$generated"' EXIT
for shell in bash zsh fish; do
    "$bin" --generate-completion-script "$shell" > "$generated/completion.$shell"
done

# The man page: swift-argument-parser's generate-manual tool run on BIN. `swift package
# generate-manual` itself would first rebuild every product in release without
# --static-swift-stdlib (all modules again, and a dynamically linked binary in place of the
# static one), so only its tool is built (`--help` builds it and stops there), in a scratch
# folder of its own whose lock a running `swift test` does not hold.
SWIFT=${SWIFT:-swift}
TOOLS=.build/tools
tool=$TOOLS/debug/generate-manual-tool
if [ ! -x "$tool" ]; then
    echo "install: building swift-argument-parser's generate-manual tool"
    "$SWIFT" package --scratch-path "$TOOLS" generate-manual --help > "$generated/tool.log" 2>&1 ||
        { cat "$generated/tool.log" >&2; echo "install: could not build generate-manual" >&2; exit 1; }
fi
# The page's date: SOURCE_DATE_EPOCH, else the commit's time, so the same commit gives the same page.
epoch=${SOURCE_DATE_EPOCH:-$(git -c safe.directory="$(pwd)" log -1 --format=%ct 2>/dev/null || date +%s)}
"$tool" "$bin" --date "$(date -u -d "@$epoch" +%Y-%m-%d)" --output-directory "$generated" > /dev/null

put() {   # put MODE SOURCE TARGET: copy unless the target already has the same bytes and mode
    install -C -D -m "$1" "$2" "$root/$3"
}
put 0755 "$bin" bin/briefing
# readlink: a font linked into Fonts/ is copied as a file, and compared as one by install -C.
for font in $(manifest_fonts Fonts/manifest.tsv); do put 0644 "$(readlink -f "Fonts/$font")" "$FONTS/$font"; done
put 0644 Fonts/manifest.tsv "$FONTS/manifest.tsv"
put 0644 "$FONT_LICENCE_SOURCE" "$FONTS/$FONT_LICENCE"
put 0644 "$generated/briefing.1" "$MAN"
put 0644 "$generated/completion.bash" "$BASH_COMPLETION"
put 0644 "$generated/completion.zsh" "$ZSH_COMPLETION"
put 0644 "$generated/completion.fish" "$FISH_COMPLETION"
echo "install: briefing $("$bin" --version) in $root"
