/*
 * hello.c - a first program with kpsa, the PSA Certified Crypto API for Linux.
 *
 * It initialises the library, imports an AES-256 key, encrypts and decrypts a
 * message with AES-GCM, hashes the message with SHA-256, prints the results
 * in hex and destroys the key.  Only the portable API (<psa/crypto.h>) is
 * used, so the same code builds against any PSA Crypto implementation.
 *
 * Build:  make            (uses: pkg-config --cflags --libs kpsa)
 * Run:    ./hello
 */
#include <stdio.h>
#include <string.h>

#include <psa/crypto.h>

/* Print a label and a buffer as hex on one line. */
static void print_hex(const char *label, const uint8_t *data, size_t length)
{
    printf("%-11s ", label);
    for (size_t i = 0; i < length; i++) {
        printf("%02x", data[i]);
    }
    printf("\n");
}

/* Report a failed call; PSA functions return PSA_SUCCESS (0) or a negative error code. */
static int failed(const char *what, psa_status_t status)
{
    fprintf(stderr, "hello: %s failed: status %d\n", what, (int)status);
    return 1;
}

int main(void)
{
    /*
     * In a real program the key comes from a key store, a key exchange or
     * psa_generate_key(); a fixed key keeps the example reproducible.
     */
    static const uint8_t key_bytes[32] = {
        0x60, 0x3d, 0xeb, 0x10, 0x15, 0xca, 0x71, 0xbe, 0x2b, 0x73, 0xae,
        0xf0, 0x85, 0x7d, 0x77, 0x81, 0x1f, 0x35, 0x2c, 0x07, 0x3b, 0x61,
        0x08, 0xd7, 0x2d, 0x98, 0x10, 0xa3, 0x09, 0x14, 0xdf, 0xf4,
    };
    static const char message[] = "Hello, PSA Crypto!";
    static const char header[] = "v1";  /* authenticated but not encrypted */
    const psa_algorithm_t alg = PSA_ALG_GCM;
    psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
    psa_key_id_t key = PSA_KEY_ID_NULL;
    uint8_t nonce[PSA_AEAD_NONCE_LENGTH(PSA_KEY_TYPE_AES, PSA_ALG_GCM)];
    uint8_t ciphertext[PSA_AEAD_ENCRYPT_OUTPUT_SIZE(PSA_KEY_TYPE_AES, PSA_ALG_GCM,
                                                    sizeof(message) - 1)];
    uint8_t decrypted[sizeof(message)];
    uint8_t hash[PSA_HASH_LENGTH(PSA_ALG_SHA_256)];
    size_t ciphertext_length = 0, decrypted_length = 0, hash_length = 0;
    const size_t tag_length = PSA_AEAD_TAG_LENGTH(PSA_KEY_TYPE_AES, 256, PSA_ALG_GCM);
    size_t message_length = strlen(message);
    psa_status_t status = PSA_ERROR_GENERIC_ERROR;
    int result = 1;

    /* 1. Initialise the library once, before any other call. */
    status = psa_crypto_init();
    if (status != PSA_SUCCESS) {
        return failed("psa_crypto_init", status);
    }

    /*
     * 2. Describe the key, then import it.  The policy (usage flags and the one
     *    algorithm it may be used with) is fixed for the key's whole life.
     */
    psa_set_key_type(&attributes, PSA_KEY_TYPE_AES);
    psa_set_key_bits(&attributes, 256);
    psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT);
    psa_set_key_algorithm(&attributes, alg);
    status = psa_import_key(&attributes, key_bytes, sizeof(key_bytes), &key);
    psa_reset_key_attributes(&attributes);
    if (status != PSA_SUCCESS) {
        return failed("psa_import_key", status);
    }

    /*
     * 3. Encrypt.  A GCM nonce must never repeat under the same key: draw it
     *    from the library's random generator and send it with the ciphertext.
     */
    status = psa_generate_random(nonce, sizeof(nonce));
    if (status != PSA_SUCCESS) {
        failed("psa_generate_random", status);
        goto exit;
    }
    status = psa_aead_encrypt(key, alg, nonce, sizeof(nonce), (const uint8_t *)header,
                              strlen(header), (const uint8_t *)message, message_length,
                              ciphertext, sizeof(ciphertext), &ciphertext_length);
    if (status != PSA_SUCCESS) {
        failed("psa_aead_encrypt", status);
        goto exit;
    }

    /*
     * 4. Decrypt.  The tag is checked before any plaintext is released; a
     *    modified ciphertext, header or nonce gives PSA_ERROR_INVALID_SIGNATURE.
     */
    status = psa_aead_decrypt(key, alg, nonce, sizeof(nonce), (const uint8_t *)header,
                              strlen(header), ciphertext, ciphertext_length, decrypted,
                              sizeof(decrypted), &decrypted_length);
    if (status != PSA_SUCCESS) {
        failed("psa_aead_decrypt", status);
        goto exit;
    }
    if (decrypted_length != message_length || memcmp(decrypted, message, message_length) != 0) {
        fprintf(stderr, "hello: the decrypted text differs from the message\n");
        goto exit;
    }

    /* 5. Hash the message: no key, no setup, one call. */
    status = psa_hash_compute(PSA_ALG_SHA_256, (const uint8_t *)message, message_length, hash,
                              sizeof(hash), &hash_length);
    if (status != PSA_SUCCESS) {
        failed("psa_hash_compute", status);
        goto exit;
    }

    printf("message:    %s\n", message);
    print_hex("nonce:", nonce, sizeof(nonce));
    /* psa_aead_encrypt's output is the encrypted message followed by the tag. */
    print_hex("ciphertext:", ciphertext, ciphertext_length - tag_length);
    print_hex("tag:", ciphertext + ciphertext_length - tag_length, tag_length);
    printf("decrypted:  %.*s\n", (int)decrypted_length, (const char *)decrypted);
    print_hex("sha-256:", hash, hash_length);
    result = 0;

exit:
    /* 6. Destroy the key: the library wipes its copy of the key material. */
    status = psa_destroy_key(key);
    if (status != PSA_SUCCESS) {
        failed("psa_destroy_key", status);
        result = 1;
    }
    return result;
}
