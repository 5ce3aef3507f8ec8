#!/bin/sh
# guest.sh: the tests that need a kernel with AF_ALG, which our build machines'
# kernel lacks.  Boots one user-mode-linux guest (tests/vm/run-in-guest) and
# runs in it, one after the other from the build directory, the programs
# named in $KPSA_GUEST_TESTS (tests/local.mk sets it from KERNEL_GUEST_TESTS):
# tests/kernel/afalg_smoke first, so that a broken guest shows up as such.
# Passes when every program passes.  Inside the guest a program that exits 77
# counts as a failure: AF_ALG is there, nothing may skip for lack of it
# (KPSA_IN_GUEST=1 tells the programs where they are).
#
# Exit status: 0, 1 (a program failed), 77 (user-mode-linux is not installed:
# skipped, visibly), 99 (the guest died or timed out, or a program is not
# built).  KPSA_GUEST_REQUIRED=1 turns the skip into a hard error (99), for CI.
# KPSA_GUEST_TIMEOUT: seconds for the whole guest run (default 300).
# AddressSanitizer builds are skipped: ASan's shadow memory needs a 47-bit
# address space, a UML process has 512 GiB (KPSA_SANITIZER_CFLAGS, from make).
set -u
me=guest.sh

if [ "${1:-}" = --in-guest ]; then
    failed=0
    for prog in $KPSA_GUEST_TESTS; do
        echo "== $prog"
        status=0
        "./$prog" || status=$?
        case $status in
        0) echo "== $prog: PASS" ;;
        77) echo "== $prog: FAIL (skipped inside the guest)"; failed=$((failed + 1)) ;;
        *) echo "== $prog: FAIL (exit status $status)"; failed=$((failed + 1)) ;;
        esac
    done
    [ "$failed" -eq 0 ]
    exit
fi

: "${KPSA_GUEST_TESTS:=tests/kernel/afalg_smoke}"
case " ${KPSA_SANITIZER_CFLAGS:-} " in
*-fsanitize=*address*)
    echo "$me: SKIP: AddressSanitizer programs cannot run in user-mode-linux" \
        "(its processes have no room for ASan's shadow memory)" >&2
    exit 77 ;;
esac
export KPSA_GUEST_TESTS
for prog in $KPSA_GUEST_TESTS; do
    [ -x "./$prog" ] || { echo "$me: ./$prog is not built" >&2; exit 99; }
done

start=$(date +%s.%N)
status=0
"${srcdir:-.}/tests/vm/run-in-guest" -t "${KPSA_GUEST_TIMEOUT:-300}" -- \
    /bin/sh "$0" --in-guest || status=$?
[ "$status" = 77 ] ||
    echo "$me: guest run took $(echo "$(date +%s.%N) $start" | awk '{printf "%.1f", $1 - $2}') s"

case $status in
77)
    if [ "${KPSA_GUEST_REQUIRED:-0}" = 1 ]; then
        echo "$me: KPSA_GUEST_REQUIRED=1 but the guest cannot start" >&2
        exit 99
    fi
    echo "$me: SKIP: the AF_ALG tests need a user-mode-linux guest" >&2
    exit 77 ;;
125)
    echo "$me: ERROR: the guest died or timed out" >&2
    exit 99 ;;
*) exit "$status" ;;
esac
