/*
 * kcapi_aead_common.c - what the three multipart AEAD constructions (GCM,
 * CCM, ChaCha20-Poly1305, each composed from kernel primitives) share: the
 * body step with the PSA overlap rule, and the tag at finish and verify.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kcapi.h"

/* Whether output overlaps input other than exactly in place. */
static bool shifted_overlap(const uint8_t *input, const uint8_t *output, size_t length)
{
    uintptr_t i = (uintptr_t)input, u = (uintptr_t)output;

    return i != u && i < u + length && u < i + length;
}

psa_status_t kc_aead_stream(void *op, kc_aead_step_fn *step, const uint8_t *input,
                            size_t input_length, uint8_t *output, size_t output_size,
                            size_t *output_length)
{
    uint8_t *copy = NULL;
    ssize_t ret;

    *output_length = 0;
    if (output_size < input_length) {
        return PSA_ERROR_BUFFER_TOO_SMALL;
    }
    if (shifted_overlap(input, output, input_length)) {
        /* As if the input were read first (PSA overlap rule). */
        copy = malloc(input_length);
        if (copy == NULL) {
            return PSA_ERROR_INSUFFICIENT_MEMORY;
        }
        input = memcpy(copy, input, input_length);
    }
    ret = step(op, input, input_length, output);
    if (copy != NULL) {
        kc_wipe(copy, input_length);
        free(copy);
    }
    if (ret < 0) {
        kc_wipe(output, input_length);
        return kc_status(ret, true);
    }
    *output_length = input_length;
    return PSA_SUCCESS;
}

psa_status_t kc_aead_tag_out(void *op, kc_aead_tag_fn *compute, size_t tag_length_wanted,
                             uint8_t *tag, size_t tag_size, size_t *tag_length)
{
    uint8_t full[KC_AEAD_TAG_MAX];
    psa_status_t status = PSA_ERROR_BUFFER_TOO_SMALL;

    *tag_length = 0;
    if (tag_size >= tag_length_wanted) {
        ssize_t ret = compute(op, full);
        status = kc_status(ret, true);
        if (ret >= 0) {
            memcpy(tag, full, tag_length_wanted);
            *tag_length = tag_length_wanted;
        }
    }
    kc_wipe(full, sizeof(full));
    return status;
}

psa_status_t kc_aead_tag_check(void *op, kc_aead_tag_fn *compute, size_t tag_length_wanted,
                               const uint8_t *tag, size_t tag_length)
{
    uint8_t full[KC_AEAD_TAG_MAX];
    ssize_t ret = compute(op, full);
    psa_status_t status = kc_status(ret, true);

    if (ret >= 0 &&
        (tag_length != tag_length_wanted || kc_memdiff(full, tag, tag_length_wanted) != 0)) {
        status = PSA_ERROR_INVALID_SIGNATURE;
    }
    kc_wipe(full, sizeof(full));
    return status;
}
