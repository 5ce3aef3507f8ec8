/*
 * cipher_table.c - the built-in driver's block and stream ciphers, fetched once.
 *
 * One table of rows (key family, key size, mode, libcrypto name) lists every
 * EVP_CIPHER the cipher and AEAD entry points run on.  builtin_cipher_table_init()
 * fetches each row once into an array indexed by (family, size, mode), so that
 * builtin_cipher() is three small switches and an index: no string, no fetch.
 *
 * What the rows do not say:
 *  - DES keys of every size run on DES-EDE3 (the default provider has no single
 *    DES): cipher.c widens a 64-bit key K to K||K||K and a 128-bit key K1||K2
 *    to K1||K2||K1, which compute single DES and two-key 3DES exactly.
 *  - CCM and CCM* are composed by the driver from CBC (CBC-MAC) and CTR
 *    (ccm.c, cipher.c); their lookup yields the CTR cipher.
 *  - XTS keys hold two block-cipher keys, so an XTS lookup halves the size.
 * A row whose cipher the loaded providers lack (SM4-GCM before OpenSSL 3.2, say)
 * leaves its entry NULL: that combination is simply unsupported.
 */
#include "config.h"

#include "builtin/builtin.h"

#include <openssl/err.h>
#include <openssl/evp.h>

enum family {
    FAM_AES,
    FAM_ARIA,
    FAM_CAMELLIA,
    FAM_SM4,
    FAM_DES,
    FAM_CHACHA20,
    FAM_COUNT
};

/* Key sizes of one family: 128, 192, 256 bits (DES and ChaCha20 use only 0). */
#define SIZE_COUNT 3

enum mode {
    MODE_ECB,
    MODE_CBC,
    MODE_CTR,
    MODE_CFB,
    MODE_OFB,
    MODE_XTS,
    MODE_STREAM,
    MODE_GCM,
    MODE_CHACHA20_POLY1305,
    MODE_COUNT
};

struct cipher_row {
    unsigned char family;
    unsigned char size;
    unsigned char mode;
    const char *name;
};

/* Rows for the three key sizes of a 128-bit block cipher in one mode. */
#define THREE_SIZES(fam, mode, n128, n192, n256) \
    { fam, 0, mode, n128 }, { fam, 1, mode, n192 }, { fam, 2, mode, n256 }

static const struct cipher_row cipher_rows[] = {
    THREE_SIZES(FAM_AES, MODE_ECB, "AES-128-ECB", "AES-192-ECB", "AES-256-ECB"),
    THREE_SIZES(FAM_AES, MODE_CBC, "AES-128-CBC", "AES-192-CBC", "AES-256-CBC"),
    THREE_SIZES(FAM_AES, MODE_CTR, "AES-128-CTR", "AES-192-CTR", "AES-256-CTR"),
    THREE_SIZES(FAM_AES, MODE_CFB, "AES-128-CFB", "AES-192-CFB", "AES-256-CFB"),
    THREE_SIZES(FAM_AES, MODE_OFB, "AES-128-OFB", "AES-192-OFB", "AES-256-OFB"),
    THREE_SIZES(FAM_AES, MODE_GCM, "AES-128-GCM", "AES-192-GCM", "AES-256-GCM"),
    { FAM_AES, 0, MODE_XTS, "AES-128-XTS" },
    { FAM_AES, 2, MODE_XTS, "AES-256-XTS" },
    THREE_SIZES(FAM_ARIA, MODE_ECB, "ARIA-128-ECB", "ARIA-192-ECB", "ARIA-256-ECB"),
    THREE_SIZES(FAM_ARIA, MODE_CBC, "ARIA-128-CBC", "ARIA-192-CBC", "ARIA-256-CBC"),
    THREE_SIZES(FAM_ARIA, MODE_CTR, "ARIA-128-CTR", "ARIA-192-CTR", "ARIA-256-CTR"),
    THREE_SIZES(FAM_ARIA, MODE_CFB, "ARIA-128-CFB", "ARIA-192-CFB", "ARIA-256-CFB"),
    THREE_SIZES(FAM_ARIA, MODE_OFB, "ARIA-128-OFB", "ARIA-192-OFB", "ARIA-256-OFB"),
    THREE_SIZES(FAM_ARIA, MODE_GCM, "ARIA-128-GCM", "ARIA-192-GCM", "ARIA-256-GCM"),
    THREE_SIZES(FAM_CAMELLIA, MODE_ECB, "CAMELLIA-128-ECB", "CAMELLIA-192-ECB",
                "CAMELLIA-256-ECB"),
    THREE_SIZES(FAM_CAMELLIA, MODE_CBC, "CAMELLIA-128-CBC", "CAMELLIA-192-CBC",
                "CAMELLIA-256-CBC"),
    THREE_SIZES(FAM_CAMELLIA, MODE_CTR, "CAMELLIA-128-CTR", "CAMELLIA-192-CTR",
                "CAMELLIA-256-CTR"),
    THREE_SIZES(FAM_CAMELLIA, MODE_CFB, "CAMELLIA-128-CFB", "CAMELLIA-192-CFB",
                "CAMELLIA-256-CFB"),
    THREE_SIZES(FAM_CAMELLIA, MODE_OFB, "CAMELLIA-128-OFB", "CAMELLIA-192-OFB",
                "CAMELLIA-256-OFB"),
    { FAM_SM4, 0, MODE_ECB, "SM4-ECB" },
    { FAM_SM4, 0, MODE_CBC, "SM4-CBC" },
    { FAM_SM4, 0, MODE_CTR, "SM4-CTR" },
    { FAM_SM4, 0, MODE_CFB, "SM4-CFB" },
    { FAM_SM4, 0, MODE_OFB, "SM4-OFB" },
    { FAM_SM4, 0, MODE_GCM, "SM4-GCM" },
    { FAM_SM4, 0, MODE_XTS, "SM4-XTS" },
    /* DES-EDE3-CFB is CFB64: full-block feedback, as PSA_ALG_CFB requires. */
    { FAM_DES, 0, MODE_ECB, "DES-EDE3-ECB" },
    { FAM_DES, 0, MODE_CBC, "DES-EDE3-CBC" },
    { FAM_DES, 0, MODE_CFB, "DES-EDE3-CFB" },
    { FAM_DES, 0, MODE_OFB, "DES-EDE3-OFB" },
    { FAM_CHACHA20, 0, MODE_STREAM, "ChaCha20" },
    { FAM_CHACHA20, 0, MODE_CHACHA20_POLY1305, "ChaCha20-Poly1305" },
};

/* Written only by builtin_cipher_table_init / _free, which the core serialises
 * with every other entry point (psa_crypto_init / mbedtls_psa_crypto_free). */
static EVP_CIPHER *cipher_fetched[FAM_COUNT][SIZE_COUNT][MODE_COUNT];

static int family_of(psa_key_type_t type)
{
    switch (type) {
    case PSA_KEY_TYPE_AES:
        return FAM_AES;
    case PSA_KEY_TYPE_ARIA:
        return FAM_ARIA;
    case PSA_KEY_TYPE_CAMELLIA:
        return FAM_CAMELLIA;
    case PSA_KEY_TYPE_SM4:
        return FAM_SM4;
    case PSA_KEY_TYPE_DES:
        return FAM_DES;
    case PSA_KEY_TYPE_CHACHA20:
        return FAM_CHACHA20;
    default:
        return -1;
    }
}

static int mode_of(psa_algorithm_t alg)
{
    /* AEAD algorithms with any tag length (and wildcards) share their mode. */
    if (PSA_ALG_IS_AEAD(alg)) {
        alg = PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG(alg);
    }
    switch (alg) {
    case PSA_ALG_ECB_NO_PADDING:
        return MODE_ECB;
    case PSA_ALG_CBC_NO_PADDING:
    case PSA_ALG_CBC_PKCS7:
        return MODE_CBC;
    case PSA_ALG_CTR:
    case PSA_ALG_CCM_STAR_NO_TAG:
    case PSA_ALG_CCM:
        return MODE_CTR;
    case PSA_ALG_CFB:
        return MODE_CFB;
    case PSA_ALG_OFB:
        return MODE_OFB;
    case PSA_ALG_XTS:
        return MODE_XTS;
    case PSA_ALG_STREAM_CIPHER:
        return MODE_STREAM;
    case PSA_ALG_GCM:
        return MODE_GCM;
    case PSA_ALG_CHACHA20_POLY1305:
        return MODE_CHACHA20_POLY1305;
    default:
        return -1;
    }
}

/* Size index of a block-cipher key of `bits` bits in `family`, or -1. */
static int size_of(int family, size_t bits)
{
    switch (family) {
    case FAM_DES:
        return (bits == 64 || bits == 128 || bits == 192) ? 0 : -1;
    case FAM_CHACHA20:
        return bits == 256 ? 0 : -1;
    default:
        break;
    }
    switch (bits) {
    case 128:
        return 0;
    case 192:
        return 1;
    case 256:
        return 2;
    default:
        return -1;
    }
}

psa_status_t builtin_cipher_table_init(void)
{
    builtin_cipher_table_free();
    for (size_t i = 0; i < sizeof(cipher_rows) / sizeof(cipher_rows[0]); i++) {
        const struct cipher_row *row = &cipher_rows[i];
        /* NULL when the providers lack it: unsupported, not an error. */
        cipher_fetched[row->family][row->size][row->mode] =
            EVP_CIPHER_fetch(NULL, row->name, NULL);
    }
    /* Failed fetches leave errors behind that must not leak into later calls. */
    ERR_clear_error();
    return PSA_SUCCESS;
}

void builtin_cipher_table_free(void)
{
    for (int f = 0; f < FAM_COUNT; f++) {
        for (int s = 0; s < SIZE_COUNT; s++) {
            for (int m = 0; m < MODE_COUNT; m++) {
                EVP_CIPHER_free(cipher_fetched[f][s][m]);
                cipher_fetched[f][s][m] = NULL;
            }
        }
    }
}

const EVP_CIPHER *builtin_cipher(psa_key_type_t type, size_t bits, psa_algorithm_t alg)
{
    int family = family_of(type);
    int mode = mode_of(alg);
    int size;

    if (family < 0 || mode < 0) {
        return NULL;
    }
    if (mode == MODE_XTS) {
        if (bits % 2 != 0) {
            return NULL;
        }
        bits /= 2;
    }
    size = size_of(family, bits);
    return size < 0 ? NULL : cipher_fetched[family][size][mode];
}
