#!/bin/sh
# interop.sh: kpsa against the `openssl` command.  Keys come from
# `openssl genpkey` and are converted to the Crypto API's import formats;
# tests/interop_tool does the kpsa side.  Each way is checked: a signature
# made by kpsa verifies with `openssl pkeyutl -verify` and one made by
# openssl verifies with kpsa (RSA PKCS#1 v1.5 and PSS with SHA-256, ECDSA
# P-256 with SHA-256, Ed25519), an RSA-OAEP (SHA-256) or PKCS#1 v1.5
# ciphertext made by kpsa decrypts with openssl and the other way round, and
# a tampered signature is rejected by both.  Skipped (77) only when the
# openssl command is missing, and then an error (99) if KPSA_INTEROP_REQUIRED
# is set (CI).
set -eu

if ! command -v openssl >/dev/null 2>&1; then
    if [ -n "${KPSA_INTEROP_REQUIRED:-}" ]; then
        echo "interop.sh: openssl command not found, and KPSA_INTEROP_REQUIRED is set" >&2
        exit 99
    fi
    echo "interop.sh: openssl command not found: skipped"
    exit 77
fi
tool=./tests/interop_tool
[ -x "$tool" ] || { echo "interop.sh: $tool not built" >&2; exit 99; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kpsa-interop.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
checks=0

pass() { checks=$((checks + 1)); echo "PASS: $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: the command must succeed.
check() {
    d=$1
    shift
    if "$@" >"$tmp/out" 2>&1; then pass "$d"; else cat "$tmp/out" >&2; fail "$d"; fi
}
# refuse DESCRIPTION COMMAND...: the command must fail.
refuse() {
    d=$1
    shift
    if "$@" >"$tmp/out" 2>&1; then fail "$d"; else pass "$d"; fi
}
# refuse_signature DESCRIPTION ARGS...: interop_tool must say INVALID_SIGNATURE.
refuse_signature() {
    d=$1
    shift
    if "$tool" "$@" >"$tmp/out" 2>&1; then
        fail "$d"
    elif grep -q PSA_ERROR_INVALID_SIGNATURE "$tmp/out"; then
        pass "$d"
    else
        cat "$tmp/out" >&2
        fail "$d (not PSA_ERROR_INVALID_SIGNATURE)"
    fi
}
die() { echo "interop.sh: $*" >&2; exit 99; }

# Flip one bit of the last byte of $1 into $2.
tamper() {
    n=$(wc -c <"$1")
    head -c $((n - 1)) "$1" >"$2"
    last=$(tail -c 1 "$1" | od -An -tu1 | tr -d ' ')
    # shellcheck disable=SC2059 # the format is the octal escape of one byte
    printf "$(printf '\\%03o' $((last ^ 1)))" >>"$2"
}

t=$tmp
head -c 1000 /dev/urandom >"$t/msg"
printf 'kpsa interop: a short secret' >"$t/secret"
openssl dgst -sha256 -binary "$t/msg" >"$t/msg.sha256" || die "openssl dgst failed"

# ---- keys, in openssl's PEM and in the Crypto API's formats ------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$t/rsa.pem" 2>/dev/null ||
    die "openssl genpkey RSA failed"
openssl pkey -in "$t/rsa.pem" -pubout -out "$t/rsa.pub.pem" || die "RSA public key"
openssl rsa -in "$t/rsa.pem" -traditional -outform DER -out "$t/rsa.key" 2>/dev/null ||
    die "RSA key to RSAPrivateKey"
openssl rsa -in "$t/rsa.pem" -RSAPublicKey_out -outform DER -out "$t/rsa.pub" 2>/dev/null ||
    die "RSA key to RSAPublicKey"

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$t/ec.pem" 2>/dev/null ||
    die "openssl genpkey EC failed"
openssl pkey -in "$t/ec.pem" -pubout -out "$t/ec.pub.pem" || die "EC public key"
# ECPrivateKey (SEC 1): 30 LL 02 01 01 04 20 <32-byte scalar> ...
openssl ec -in "$t/ec.pem" -no_public -outform DER -out "$t/ec.der" 2>/dev/null ||
    die "EC key to DER"
[ "$(head -c 7 "$t/ec.der" | od -An -tx1 | tr -d ' \n' | cut -c5-)" = "0201010420" ] ||
    die "unexpected ECPrivateKey layout"
tail -c +8 "$t/ec.der" | head -c 32 >"$t/ec.key"
# SubjectPublicKeyInfo of P-256: the uncompressed point is its last 65 bytes.
openssl pkey -pubin -in "$t/ec.pub.pem" -outform DER -out "$t/ec.spki" || die "EC SPKI"
tail -c 65 "$t/ec.spki" >"$t/ec.pub"

openssl genpkey -algorithm ED25519 -out "$t/ed.pem" 2>/dev/null || die "openssl genpkey ED25519"
openssl pkey -in "$t/ed.pem" -pubout -out "$t/ed.pub.pem" || die "Ed25519 public key"
# PKCS#8 and SubjectPublicKeyInfo of Ed25519 end with the raw 32-byte keys.
openssl pkey -in "$t/ed.pem" -outform DER -out "$t/ed.p8" || die "Ed25519 PKCS#8"
tail -c 32 "$t/ed.p8" >"$t/ed.key"
openssl pkey -pubin -in "$t/ed.pub.pem" -outform DER -out "$t/ed.spki" || die "Ed25519 SPKI"
tail -c 32 "$t/ed.spki" >"$t/ed.pub"

# ---- signatures -------------------------------------------------------------------
# signature_checks NAME ALG KEY OPENSSL_INPUT OPENSSL_OPTIONS...
# The hash-and-sign algorithms give openssl the SHA-256 digest, Ed25519 the
# raw message (-rawin).
signature_checks() {
    name=$1 alg=$2 key=$3 input=$4
    shift 4
    opts=$*
    # kpsa signs, openssl verifies.
    check "$name: kpsa signs" "$tool" sign "$alg" "$t/$key.key" "$t/msg" "$t/$name.kpsa.sig"
    # shellcheck disable=SC2086
    check "$name: openssl verifies kpsa's signature" openssl pkeyutl -verify -pubin \
        -inkey "$t/$key.pub.pem" -in "$input" -sigfile "$t/$name.kpsa.sig" $opts
    tamper "$t/$name.kpsa.sig" "$t/$name.bad.sig"
    # shellcheck disable=SC2086
    refuse "$name: openssl rejects a tampered kpsa signature" openssl pkeyutl -verify -pubin \
        -inkey "$t/$key.pub.pem" -in "$input" -sigfile "$t/$name.bad.sig" $opts
    # openssl signs, kpsa verifies (with the public key and with the pair).
    # shellcheck disable=SC2086
    check "$name: openssl signs" openssl pkeyutl -sign -inkey "$t/$key.pem" -in "$input" \
        -out "$t/$name.openssl.sig" $opts
    check "$name: kpsa verifies openssl's signature" "$tool" verify "$alg" "$t/$key.pub" \
        "$t/msg" "$t/$name.openssl.sig"
    tamper "$t/$name.openssl.sig" "$t/$name.bad2.sig"
    refuse_signature "$name: kpsa rejects a tampered openssl signature" verify "$alg" \
        "$t/$key.pub" "$t/msg" "$t/$name.bad2.sig"
}

signature_checks rsa-pkcs1 rsa-pkcs1-sha256 rsa "$t/msg.sha256" -pkeyopt digest:sha256
signature_checks rsa-pss rsa-pss-sha256 rsa "$t/msg.sha256" -pkeyopt digest:sha256 \
    -pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:digest -pkeyopt rsa_mgf1_md:sha256
signature_checks ecdsa-p256 ecdsa-p256-sha256 ec "$t/msg.sha256" -pkeyopt digest:sha256
signature_checks ed25519 ed25519 ed "$t/msg" -rawin

# ---- RSA encryption -----------------------------------------------------------------
crypt_checks() {
    name=$1 alg=$2
    shift 2
    opts=$*
    check "$name: kpsa encrypts" "$tool" encrypt "$alg" "$t/rsa.pub" "$t/secret" \
        "$t/$name.kpsa.ct"
    # shellcheck disable=SC2086
    check "$name: openssl decrypts kpsa's ciphertext" openssl pkeyutl -decrypt \
        -inkey "$t/rsa.pem" -in "$t/$name.kpsa.ct" -out "$t/$name.openssl.pt" $opts
    check "$name: the plaintext is the message" cmp "$t/secret" "$t/$name.openssl.pt"
    # shellcheck disable=SC2086
    check "$name: openssl encrypts" openssl pkeyutl -encrypt -pubin -inkey "$t/rsa.pub.pem" \
        -in "$t/secret" -out "$t/$name.openssl.ct" $opts
    check "$name: kpsa decrypts openssl's ciphertext" "$tool" decrypt "$alg" "$t/rsa.key" \
        "$t/$name.openssl.ct" "$t/$name.kpsa.pt"
    check "$name: the plaintext is the message (kpsa)" cmp "$t/secret" "$t/$name.kpsa.pt"
}

crypt_checks rsa-oaep rsa-oaep-sha256 -pkeyopt rsa_padding_mode:oaep \
    -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
crypt_checks rsa-pkcs1-crypt rsa-pkcs1-crypt -pkeyopt rsa_padding_mode:pkcs1

echo "interop.sh: $checks checks, $failures failed"
[ "$failures" -eq 0 ]
