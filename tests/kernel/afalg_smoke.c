/*
 * afalg_smoke.c - does the running kernel's AF_ALG interface work?  Runs a
 * few published known-answer vectors through libkcapi directly (no kpsa
 * code involved), one per kind of kernel transform the kcapi driver uses:
 * message digest, keyed digest, symmetric cipher, AEAD.  Meant to run inside
 * the user-mode-linux guest of tests/kernel/guest.sh, before the kcapi
 * driver's own tests, so that a broken guest (module missing, crypto_user not
 * loaded) shows up as such and not as a driver bug.
 *
 * Prints one line per check ("ok" / "FAIL", the vector, the kernel algorithm).
 * Exit status: 0 when every check passes; 1 when one fails; 77 (skipped)
 * when the kernel has no AF_ALG (EAFNOSUPPORT, our build machines' kernel).
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <kcapi.h>

#define BUF_MAX 256

/* One const table per kind of transform, each row a published vector (hex). */
struct md_vector {
    const char *name;   /* the vector and its source */
    const char *alg;    /* kernel algorithm name */
    const char *key;    /* NULL: unkeyed digest */
    const char *msg;
    const char *digest;
};

struct cipher_vector {
    const char *name;
    const char *alg;
    const char *key;
    const char *iv;
    const char *pt;
    const char *ct;
};

struct aead_vector {
    const char *name;
    const char *alg;
    const char *key;
    const char *nonce;
    const char *aad;
    const char *pt;
    const char *ct;
    const char *tag;
};

static const struct md_vector md_vectors[] = {
    {"SHA-256(\"abc\") (FIPS 180-2 B.1)", "sha256", NULL, "616263",
     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"HMAC-SHA-256 (RFC 4231 test case 2)", "hmac(sha256)", "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
};

static const struct cipher_vector cipher_vectors[] = {
    {"AES-128-CBC (SP 800-38A F.2.1, block 1)", "cbc(aes)", "2b7e151628aed2a6abf7158809cf4f3c",
     "000102030405060708090a0b0c0d0e0f", "6bc1bee22e409f96e93d7e117393172a",
     "7649abac8119b246cee98e9b12e9197d"},
};

static const struct aead_vector aead_vectors[] = {
    {"AES-128-GCM (GCM spec test case 3)", "gcm(aes)", "feffe9928665731c6d6a8f9467308308",
     "cafebabefacedbaddecaf888", "",
     "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
     "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
     "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985",
     "4d5c2af327cd64a62cf35abd2ba6fab4"},
    {"ChaCha20-Poly1305 (RFC 8439 2.8.2)", "rfc7539(chacha20,poly1305)",
     "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
     "070000004041424344454647", "50515253c0c1c2c3c4c5c6c7",
     "4c616469657320616e642047656e746c656d656e206f662074686520636c6173"
     "73206f66202739393a204966204920636f756c64206f6666657220796f75206f"
     "6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73"
     "637265656e20776f756c642062652069742e",
     "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
     "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
     "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
     "3ff4def08e4b7a9de576d26586cec64b6116",
     "1ae10b594f09e26a7e902ecbd0600691"},
};

#define COUNT(table) (sizeof(table) / sizeof((table)[0]))

/* Decodes the hex string into buf (BUF_MAX bytes); returns the length. */
static size_t unhex(const char *hex, uint8_t *buf)
{
    size_t len = strlen(hex) / 2;
    unsigned int byte = 0;

    for (size_t i = 0; i < len && i < BUF_MAX; i++) {
        if (sscanf(hex + 2 * i, "%2x", &byte) != 1) {
            return 0;
        }
        buf[i] = (uint8_t)byte;
    }
    return len;
}

static unsigned int checks;

/* Prints the check's line; returns 0 when it passed, 1 when not. */
static int report(int ok, const char *name, const char *alg, ssize_t rc)
{
    checks++;
    if (ok) {
        printf("ok   %s [%s]\n", name, alg);
        return 0;
    }
    if (rc < 0) {
        printf("FAIL %s [%s]: %s\n", name, alg, strerror((int)-rc));
    } else {
        printf("FAIL %s [%s]: unexpected result\n", name, alg);
    }
    return 1;
}

static int check_md(const struct md_vector *v)
{
    uint8_t key[BUF_MAX], msg[BUF_MAX], want[BUF_MAX], got[BUF_MAX];
    size_t msg_len = unhex(v->msg, msg), want_len = unhex(v->digest, want);
    struct kcapi_handle *handle = NULL;
    ssize_t rc = kcapi_md_init(&handle, v->alg, 0);

    if (rc == 0 && v->key != NULL) {
        rc = kcapi_md_setkey(handle, key, (uint32_t)unhex(v->key, key));
    }
    if (rc == 0) {
        rc = kcapi_md_digest(handle, msg, msg_len, got, sizeof(got));
    }
    kcapi_md_destroy(handle);
    return report(rc == (ssize_t)want_len && memcmp(got, want, want_len) == 0, v->name, v->alg,
                  rc);
}

static int check_cipher(const struct cipher_vector *v)
{
    uint8_t key[BUF_MAX], iv[BUF_MAX], pt[BUF_MAX], want[BUF_MAX], got[BUF_MAX];
    size_t key_len = unhex(v->key, key), pt_len = unhex(v->pt, pt);
    size_t want_len = unhex(v->ct, want);
    struct kcapi_handle *handle = NULL;
    ssize_t rc = kcapi_cipher_init(&handle, v->alg, 0);

    (void)unhex(v->iv, iv);
    if (rc == 0) {
        rc = kcapi_cipher_setkey(handle, key, (uint32_t)key_len);
    }
    if (rc == 0) {
        /* outlen must be inlen: the kernel waits for more input otherwise */
        rc = kcapi_cipher_encrypt(handle, pt, pt_len, iv, got, pt_len, KCAPI_ACCESS_HEURISTIC);
    }
    kcapi_cipher_destroy(handle);
    return report(rc == (ssize_t)want_len && memcmp(got, want, want_len) == 0, v->name, v->alg,
                  rc);
}

/*
 * The kernel's AEAD buffers: encryption takes AAD || plaintext and gives
 * AAD || ciphertext || tag; decryption takes AAD || ciphertext || tag.  After
 * the vector, its output with one tag bit flipped must fail with EBADMSG.
 */
static int check_aead(const struct aead_vector *v)
{
    uint8_t key[BUF_MAX], nonce[BUF_MAX], tag[BUF_MAX];
    uint8_t in[2 * BUF_MAX], want[2 * BUF_MAX], out[2 * BUF_MAX];
    size_t key_len = unhex(v->key, key), tag_len = unhex(v->tag, tag);
    size_t aad_len = unhex(v->aad, in), pt_len = unhex(v->pt, in + aad_len);
    size_t want_len = aad_len + unhex(v->ct, want + aad_len) + tag_len;
    struct kcapi_handle *handle = NULL;
    ssize_t rc = kcapi_aead_init(&handle, v->alg, 0);
    int failed = 0;

    (void)unhex(v->nonce, nonce);
    memcpy(want, in, aad_len);
    memcpy(want + want_len - tag_len, tag, tag_len);
    if (rc == 0) {
        rc = kcapi_aead_setkey(handle, key, (uint32_t)key_len);
    }
    if (rc == 0) {
        rc = kcapi_aead_settaglen(handle, (uint32_t)tag_len);
    }
    if (rc == 0) {
        kcapi_aead_setassoclen(handle, aad_len);
        rc = kcapi_aead_encrypt(handle, in, aad_len + pt_len, nonce, out, want_len,
                                KCAPI_ACCESS_HEURISTIC);
    }
    failed = report(rc == (ssize_t)want_len && memcmp(out, want, want_len) == 0, v->name,
                    v->alg, rc);
    if (failed == 0) {
        want[want_len - 1] ^= 1;
        rc = kcapi_aead_decrypt(handle, want, want_len, nonce, out, want_len - tag_len,
                                KCAPI_ACCESS_HEURISTIC);
        failed = report(rc == -EBADMSG, "  the same, tag tampered: EBADMSG", v->alg,
                        rc < 0 ? rc : 0);
    }
    kcapi_aead_destroy(handle);
    return failed;
}

/* 0 when AF_ALG answers, 77 when the kernel has none, 1 otherwise. */
static int probe(void)
{
    struct kcapi_handle *handle = NULL;
    int rc = kcapi_md_init(&handle, "sha256", 0);

    kcapi_md_destroy(handle);
    if (rc == -EAFNOSUPPORT) {
        printf("SKIP the kernel has no AF_ALG (socket: %s)\n", strerror(EAFNOSUPPORT));
        return 77;
    }
    if (rc < 0) {
        printf("FAIL AF_ALG sha256 transform: %s\n", strerror(-rc));
        return 1;
    }
    return 0;
}

int main(void)
{
    int failed = 0;
    int status = probe();

    if (status != 0) {
        return status;
    }
    for (size_t i = 0; i < COUNT(md_vectors); i++) {
        failed += check_md(&md_vectors[i]);
    }
    for (size_t i = 0; i < COUNT(cipher_vectors); i++) {
        failed += check_cipher(&cipher_vectors[i]);
    }
    for (size_t i = 0; i < COUNT(aead_vectors); i++) {
        failed += check_aead(&aead_vectors[i]);
    }
    printf("%s: %d of %u checks failed\n", failed ? "FAIL" : "PASS", failed, checks);
    return failed ? 1 : 0;
}
