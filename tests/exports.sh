#!/bin/sh
# exports.sh: libkpsa exports exactly the symbols listed in lib/libkpsa.symbols.
set -eu
lib=.libs/libkpsa.so
[ -f "$lib" ] || { echo "exports.sh: $lib not built" >&2; exit 99; }
expected=${srcdir:-.}/lib/libkpsa.symbols
actual=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDRBVW]$/ {print $3}' | sed 's/@.*//' | sort -u)
if ! printf '%s\n' "$actual" | diff -u "$expected" - ; then
    echo "exports.sh: exported symbols differ from $expected (+ = exported, not listed)" >&2
    exit 1
fi
echo "exports.sh: $(printf '%s\n' "$actual" | wc -l) exported symbols match"
