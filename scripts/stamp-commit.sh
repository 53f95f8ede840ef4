#!/bin/sh
# Writes the commit this tree is at into .build/briefing-commit.h (build output, ignored by git), for
# `briefing --version`. Only that C file reads it, so a new commit recompiles one C file and
# relinks; an unchanged commit leaves the header, and so the build, untouched.
# Outside git (a source archive) the header is removed: the program says "unknown commit".
set -eu
cd "$(dirname "$0")/.."
header=.build/briefing-commit.h
mkdir -p .build

# safe.directory: in a CI container the checkout often belongs to another user than root, and
# git then refuses to read it; naming this tree on the command line vouches for it alone.
commit=$(git -c safe.directory="$(pwd)" rev-parse --short=12 HEAD 2>/dev/null) || commit=""

if [ -n "$commit" ]; then
    wanted="#define BRIEFING_COMMIT \"$commit\""
    [ -f "$header" ] && [ "$(cat "$header")" = "$wanted" ] && exit 0
    printf '%s\n' "$wanted" > "$header.tmp" && mv "$header.tmp" "$header"
else
    [ -f "$header" ] || exit 0
    rm -f "$header"
fi
# The compiler's dependency list only names headers that existed at the last compile, so a
# header that has just appeared or gone would not be noticed: mark the one reader as changed.
touch Sources/CBuildInfo/build_info.c
