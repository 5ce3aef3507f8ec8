#!/bin/sh
# acme.sh: the example vendor driver, examples/acme-driver, builds out of tree
# the way a vendor builds it (its own Makefile, `pkg-config kpsa-driver`, here
# the build tree's kpsa-driver-uninstalled.pc), installs with `make install`,
# and serves SHA-256 once kpsa finds it through KPSA_DRIVER_PATH; when it
# declines ("accelerator offline") the built-in driver serves instead.
set -eu
unset KPSA_DEBUG ACME_OFFLINE

builddir=$(pwd)
example=${srcdir:-.}/examples/acme-driver
: "${CC:=cc}"
: "${MAKE:=make}"
export CC

for tool in "$CC" pkg-config "$MAKE"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "acme.sh: $tool not found: skipped"; exit 77; }
done
[ -x ./kpsa ] || { echo "acme.sh: ./kpsa not built" >&2; exit 99; }

# kpsa refuses manifests and modules that others may write.
umask 022
tmp=$(mktemp -d "$builddir/acme-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"
cp "$example/acme.c" "$example/acme.json" "$example/Makefile" "$tmp/src/"

fail() {
    echo "acme.sh: $*" >&2
    exit 1
}

# pkg-config must take the uninstalled file of this build tree.
PKG_CONFIG_PATH=$builddir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH
pkg-config --uninstalled kpsa-driver || fail "pkg-config does not find kpsa-driver-uninstalled.pc"
driverdir=$(pkg-config --variable=driverdir kpsa-driver)
manifestdir=$(pkg-config --variable=manifestdir kpsa-driver)
abi=$(pkg-config --variable=abi kpsa-driver)
header_abi=$(sed -n 's/^#define KPSA_DRIVER_ABI_VERSION \([0-9]*\).*/\1/p' \
    "${srcdir:-.}/include/kpsa/driver.h")
[ "$abi" = "$header_abi" ] || fail "kpsa-driver.pc abi=$abi, <kpsa/driver.h> says $header_abi"
grep -q "\"kpsa/abi\": $abi," "$tmp/src/acme.json" ||
    fail "acme.json does not declare kpsa/abi $abi"

# Build with the warnings kpsa itself uses: the example must stay clean.
warnings="-Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Werror"
$MAKE -s -C "$tmp/src" CFLAGS="-O2 $warnings" || fail "the example driver does not build"

# make install DESTDIR=...: the module into driverdir, the manifest into manifestdir.
$MAKE -s -C "$tmp/src" install DESTDIR="$tmp/root" >/dev/null
[ -f "$tmp/root$driverdir/acme.so" ] || fail "acme.so not installed in DESTDIR$driverdir"
[ -f "$tmp/root$manifestdir/acme.json" ] || fail "acme.json not installed in DESTDIR$manifestdir"

# Installed next to each other, for KPSA_DRIVER_PATH (modules resolve
# against the manifest's own directory there).
$MAKE -s -C "$tmp/src" install driverdir="$tmp/drivers" manifestdir="$tmp/drivers" >/dev/null
./kpsa check "$tmp/drivers/acme.json" >/dev/null || fail "kpsa check rejects acme.json"
KPSA_DRIVER_PATH=$tmp/drivers ./kpsa which hash_compute PSA_ALG_SHA_256 >"$tmp/which.out" ||
    fail "kpsa which failed"
grep -Eq '^ +[0-9]+\. +acme ' "$tmp/which.out" || { cat "$tmp/which.out" >&2; fail "acme not offered"; }

# run_tour [VAR=value...]: kpsa tour with acme on the driver path.
run_tour() {
    env KPSA_DRIVER_PATH="$tmp/drivers" "$@" ./kpsa tour >"$tmp/tour.out" 2>"$tmp/tour.err" ||
        { cat "$tmp/tour.out" "$tmp/tour.err" >&2; fail "kpsa tour failed $*"; }
}
expect() {
    grep -Eq "$1" "$tmp/tour.out" || { cat "$tmp/tour.out" "$tmp/tour.err" >&2; fail "$2"; }
}

run_tour
expect '^ +[0-9]+ +acme +transparent' "acme is not in the driver chain"
expect '^ +hash_compute +SHA-256 +acme +ok' "acme did not serve psa_hash_compute(SHA-256)"
expect '^ +hash multipart +SHA-256 +acme +ok' "acme did not serve the multipart SHA-256"
expect '^ +hash_compute +SHA3-256 +builtin +ok' "SHA3-256 (not in acme.json) not served by builtin"
! grep -q acme "$tmp/tour.err" || { cat "$tmp/tour.err" >&2; fail "diagnostics about acme"; }

# Accelerator offline: acme stays in the chain, declines, and the call falls back.
run_tour ACME_OFFLINE=1 KPSA_DEBUG=dispatch
expect '^ +[0-9]+ +acme +transparent' "acme is not in the chain when offline"
expect '^ +hash_compute +SHA-256 +builtin +ok' "no fallback to builtin when acme declines"
expect '^ +hash multipart +SHA-256 +builtin +ok' "no multipart fallback when acme declines"
grep -q 'acme -> PSA_ERROR_NOT_SUPPORTED (falling back)' "$tmp/tour.err" ||
    { cat "$tmp/tour.err" >&2; fail "KPSA_DEBUG=dispatch does not show acme declining"; }

echo "acme.sh: built out of tree with pkg-config, installed, loaded, served SHA-256, fell back"
