#!/bin/sh
# overhead.sh: `kpsa speed --overhead` runs its three chains with the
# pass-through plugin (plugins/passthru) and each call is served where it
# should be: by the plugin when it serves, after it by the built-in driver
# when it declines.  The timings themselves are not checked here (a loaded
# build machine makes them meaningless); see kpsa speed --overhead --check.
set -eu
unset KPSA_DEBUG KPSA_PASSTHRU_MODE

stage=plugins/passthru/drivers.d
[ -f "$stage/passthru.so" ] && [ -f "$stage/passthru.json" ] ||
    { echo "overhead.sh: $stage not built" >&2; exit 99; }
out=$(./kpsa speed --overhead "$stage" -s 0.05) ||
    { printf '%s\n' "$out" >&2; echo "overhead.sh: kpsa speed --overhead failed" >&2; exit 1; }
printf '%s\n' "$out"

expect() {
    printf '%s\n' "$out" | grep -Eq "$1" || { echo "overhead.sh: $2" >&2; exit 1; }
}
expect '^base +builtin ' "the base chain is not the built-in driver alone"
expect '^decline +passthru -> builtin ' "the decline chain is not passthru -> builtin"
expect '^psa_hash_compute SHA-256 +base +builtin ' "SHA-256 base row not served by builtin"
expect '^ +decline +builtin ' "a declined call was not served by builtin"
expect '^ +serve +passthru ' "the pass-through driver did not serve"
[ "$(printf '%s\n' "$out" | grep -Ec '^ +serve +passthru ')" -eq 2 ] ||
    { echo "overhead.sh: passthru did not serve both calls" >&2; exit 1; }
