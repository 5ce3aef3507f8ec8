/*
 * interop_tool.c - one kpsa signature or RSA encryption operation on files,
 * for tests/interop.sh, which checks kpsa against the `openssl` command.
 *
 *   interop_tool sign    ALG KEY IN OUT   sign IN (a message) with the key pair
 *   interop_tool verify  ALG KEY IN SIG   verify SIG of IN with the public key
 *   interop_tool encrypt ALG KEY IN OUT   encrypt IN with the public key
 *   interop_tool decrypt ALG KEY IN OUT   decrypt IN with the key pair
 *
 * KEY is a key in the Crypto API's import format (psa_export_key /
 * psa_export_public_key): DER RSAPrivateKey / RSAPublicKey, the ECC private
 * scalar or uncompressed point, the raw Ed25519 keys.  ECDSA signatures are
 * read and written in DER (ECDSA-Sig-Value), as openssl uses them, and
 * converted from/to the Crypto API's r || s here.
 *
 * Exit status: 0 done (verify: signature valid), 1 the operation failed (the
 * status is printed), 2 usage or file error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <kpsa/kpsa.h>
#include <psa/crypto.h>

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_FILE 65536

struct alg_row {
    const char *name;
    psa_algorithm_t alg;
    psa_key_type_t pair;        /* key pair type; the public type follows */
    int der_signature;          /* ECDSA: DER on the command line */
};

static const struct alg_row algs[] = {
    {"rsa-pkcs1-sha256", PSA_ALG_RSA_PKCS1V15_SIGN(PSA_ALG_SHA_256), PSA_KEY_TYPE_RSA_KEY_PAIR,
     0},
    {"rsa-pss-sha256", PSA_ALG_RSA_PSS(PSA_ALG_SHA_256), PSA_KEY_TYPE_RSA_KEY_PAIR, 0},
    {"ecdsa-p256-sha256", PSA_ALG_ECDSA(PSA_ALG_SHA_256),
     PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), 1},
    {"ed25519", PSA_ALG_PURE_EDDSA, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), 0},
    {"rsa-oaep-sha256", PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), PSA_KEY_TYPE_RSA_KEY_PAIR, 0},
    {"rsa-pkcs1-crypt", PSA_ALG_RSA_PKCS1V15_CRYPT, PSA_KEY_TYPE_RSA_KEY_PAIR, 0},
};

struct file {
    uint8_t *data;
    size_t length;
};

static int read_file(const char *path, struct file *f)
{
    FILE *fp = fopen(path, "rb");

    f->data = malloc(MAX_FILE);
    f->length = 0;
    if (fp == NULL || f->data == NULL) {
        fprintf(stderr, "interop_tool: cannot read %s\n", path);
        if (fp != NULL) {
            fclose(fp);
        }
        return 0;
    }
    f->length = fread(f->data, 1, MAX_FILE, fp);
    fclose(fp);
    return 1;
}

static int write_file(const char *path, const uint8_t *data, size_t length)
{
    FILE *fp = fopen(path, "wb");
    int ok = fp != NULL && fwrite(data, 1, length, fp) == length;

    if (fp != NULL && fclose(fp) != 0) {
        ok = 0;
    }
    if (!ok) {
        fprintf(stderr, "interop_tool: cannot write %s\n", path);
    }
    return ok;
}

/* ---- ECDSA-Sig-Value <-> r || s (lengths below 128: P-256 only) ------------- */

/* One DER INTEGER of the n-byte big-endian value v at out; its length. */
static size_t der_integer(const uint8_t *v, size_t n, uint8_t *out)
{
    size_t skip = 0;
    size_t pad;

    while (skip + 1 < n && v[skip] == 0) {
        skip++;
    }
    pad = (v[skip] & 0x80) != 0;
    out[0] = 0x02;
    out[1] = (uint8_t)(n - skip + pad);
    out[2] = 0;
    memcpy(out + 2 + pad, v + skip, n - skip);
    return 2 + pad + n - skip;
}

static size_t raw_to_der(const uint8_t *raw, size_t raw_length, uint8_t *der)
{
    size_t half = raw_length / 2;
    size_t length = der_integer(raw, half, der + 2);

    length += der_integer(raw + half, half, der + 2 + length);
    der[0] = 0x30;
    der[1] = (uint8_t)length;
    return length + 2;
}

/* Read one INTEGER at *p into the n-byte field out; 0 if malformed. */
static int der_read_integer(const uint8_t **p, const uint8_t *end, uint8_t *out, size_t n)
{
    size_t length;

    if (end - *p < 2 || (*p)[0] != 0x02 || (*p)[1] >= 0x80 || (size_t)(end - *p) < 2u + (*p)[1]) {
        return 0;
    }
    length = (*p)[1];
    *p += 2;
    while (length > n && **p == 0) {
        (*p)++;
        length--;
    }
    if (length > n) {
        return 0;
    }
    memset(out, 0, n - length);
    memcpy(out + n - length, *p, length);
    *p += length;
    return 1;
}

static int der_to_raw(const struct file *der, size_t half, uint8_t *raw)
{
    const uint8_t *p = der->data + 2;
    const uint8_t *end = der->data + der->length;

    return der->length >= 2 && der->data[0] == 0x30 && der->data[1] == der->length - 2 &&
           der_read_integer(&p, end, raw, half) && der_read_integer(&p, end, raw + half, half) &&
           p == end;
}

/* ---- operations ------------------------------------------------------------------ */

static psa_status_t import(const struct alg_row *row, int pair, const struct file *key,
                           psa_key_usage_t usage, psa_key_id_t *id)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    psa_status_t status;

    psa_set_key_type(&attr, pair ? row->pair : PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(row->pair));
    psa_set_key_usage_flags(&attr, usage);
    psa_set_key_algorithm(&attr, row->alg);
    status = psa_import_key(&attr, key->data, key->length, id);
    psa_reset_key_attributes(&attr);
    return status;
}

/* Signature or encryption output of a key, to out. */
static psa_status_t run_output(const char *op, const struct alg_row *row, psa_key_id_t id,
                               const struct file *in, const char *out)
{
    uint8_t result[1024];
    uint8_t der[160];
    size_t length = 0;
    psa_status_t status;

    if (strcmp(op, "sign") == 0) {
        status = psa_sign_message(id, row->alg, in->data, in->length, result, sizeof(result),
                                  &length);
    } else if (strcmp(op, "encrypt") == 0) {
        status = psa_asymmetric_encrypt(id, row->alg, in->data, in->length, NULL, 0, result,
                                        sizeof(result), &length);
    } else {
        status = psa_asymmetric_decrypt(id, row->alg, in->data, in->length, NULL, 0, result,
                                        sizeof(result), &length);
    }
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (row->der_signature && strcmp(op, "sign") == 0) {
        length = raw_to_der(result, length, der);
        memcpy(result, der, length);
    }
    return write_file(out, result, length) ? PSA_SUCCESS : PSA_ERROR_GENERIC_ERROR;
}

static psa_status_t run_verify(const struct alg_row *row, psa_key_id_t id,
                               const struct file *in, const struct file *sig)
{
    psa_key_attributes_t attr = psa_key_attributes_init();
    uint8_t raw[2 * 66];
    size_t half;
    psa_status_t status;

    if (!row->der_signature) {
        return psa_verify_message(id, row->alg, in->data, in->length, sig->data, sig->length);
    }
    status = psa_get_key_attributes(id, &attr);
    half = PSA_BITS_TO_BYTES(psa_get_key_bits(&attr));
    psa_reset_key_attributes(&attr);
    if (status != PSA_SUCCESS) {
        return status;
    }
    if (!der_to_raw(sig, half, raw)) {
        fprintf(stderr, "interop_tool: malformed DER signature\n");
        return PSA_ERROR_INVALID_SIGNATURE;
    }
    return psa_verify_message(id, row->alg, in->data, in->length, raw, 2 * half);
}

static const struct alg_row *find_alg(const char *name)
{
    for (size_t i = 0; i < ARRAY_LENGTH(algs); i++) {
        if (strcmp(algs[i].name, name) == 0) {
            return &algs[i];
        }
    }
    return NULL;
}

static int usage(void)
{
    fprintf(stderr, "usage: interop_tool sign|verify|encrypt|decrypt ALG KEY IN OUT|SIG\n"
                    "ALG:");
    for (size_t i = 0; i < ARRAY_LENGTH(algs); i++) {
        fprintf(stderr, " %s", algs[i].name);
    }
    fputc('\n', stderr);
    return 2;
}

int main(int argc, char **argv)
{
    const struct alg_row *row = argc == 6 ? find_alg(argv[2]) : NULL;
    struct file key = {NULL, 0}, in = {NULL, 0}, sig = {NULL, 0};
    const char *op = argc == 6 ? argv[1] : "";
    int verify = strcmp(op, "verify") == 0;
    int pair = strcmp(op, "sign") == 0 || strcmp(op, "decrypt") == 0;
    psa_key_usage_t use = PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE |
                          PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
    psa_key_id_t id = 0;
    psa_status_t status = PSA_ERROR_GENERIC_ERROR;
    int rc = 2;

    if (row == NULL || (!pair && !verify && strcmp(op, "encrypt") != 0)) {
        return usage();
    }
    if (!read_file(argv[3], &key) || !read_file(argv[4], &in) ||
        (verify && !read_file(argv[5], &sig))) {
        goto exit;
    }
    rc = 1;
    status = psa_crypto_init();
    if (status == PSA_SUCCESS) {
        status = import(row, pair, &key, use, &id);
    }
    if (status == PSA_SUCCESS) {
        status = verify ? run_verify(row, id, &in, &sig) : run_output(op, row, id, &in, argv[5]);
    }
    if (status == PSA_SUCCESS) {
        rc = 0;
    } else {
        fprintf(stderr, "interop_tool %s %s: %s\n", op, row->name, kpsa_status_name(status));
    }
    if (id != 0 && psa_destroy_key(id) != PSA_SUCCESS) {
        rc = 1;
    }
exit:
    free(sig.data);
    free(in.data);
    free(key.data);
    return rc;
}
