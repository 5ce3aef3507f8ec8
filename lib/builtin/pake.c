/*
 * pake.c - the built-in driver's "pake" entry points: route the operation to
 * the protocol that handles the cipher suite's algorithm (J-PAKE in jpake.c,
 * SPAKE2+ in spake2p.c).  The context only records the protocol and its
 * state; the protocols keep their state on the heap.
 */
#include "config.h"

#include <stddef.h>

#include "builtin/builtin.h"

struct pake_operation {
    const struct builtin_pake_protocol *protocol; /* NULL: inactive */
    void *state;
};

_Static_assert(sizeof(struct pake_operation) <= KPSA_OPERATION_CONTEXT_SIZE,
               "the PAKE context fits an operation object");

static const struct builtin_pake_protocol *const protocols[] = {
    &builtin_jpake_protocol,
    &builtin_spake2p_protocol,
};

psa_status_t builtin_pake_setup(void *op, const psa_crypto_driver_pake_inputs_t *inputs)
{
    struct pake_operation *p = op;
    psa_pake_cipher_suite_t suite = PSA_PAKE_CIPHER_SUITE_INIT;
    psa_status_t status = psa_crypto_driver_pake_get_cipher_suite(inputs, &suite);

    if (status != PSA_SUCCESS) {
        return status;
    }
    for (size_t i = 0; i < sizeof(protocols) / sizeof(protocols[0]); i++) {
        if (protocols[i]->handles(psa_pake_cs_get_algorithm(&suite))) {
            status = protocols[i]->setup(&p->state, inputs);
            if (status == PSA_SUCCESS) {
                p->protocol = protocols[i];
            }
            return status;
        }
    }
    return PSA_ERROR_NOT_SUPPORTED;
}

psa_status_t builtin_pake_output(void *op, psa_pake_step_t step, uint8_t *output,
                                 size_t output_size, size_t *output_length)
{
    struct pake_operation *p = op;

    if (p->protocol == NULL) {
        return PSA_ERROR_BAD_STATE;
    }
    return p->protocol->output(p->state, step, output, output_size, output_length);
}

psa_status_t builtin_pake_input(void *op, psa_pake_step_t step, const uint8_t *input,
                                size_t input_length)
{
    struct pake_operation *p = op;

    if (p->protocol == NULL) {
        return PSA_ERROR_BAD_STATE;
    }
    return p->protocol->input(p->state, step, input, input_length);
}

psa_status_t builtin_pake_get_shared_key(void *op, uint8_t *output, size_t output_size,
                                         size_t *output_length)
{
    struct pake_operation *p = op;
    psa_status_t status;

    if (p->protocol == NULL) {
        return PSA_ERROR_BAD_STATE;
    }
    status = p->protocol->get_shared_key(p->state, output, output_size, output_length);
    p->protocol = NULL;
    p->state = NULL;
    return status;
}

psa_status_t builtin_pake_abort(void *op)
{
    struct pake_operation *p = op;

    if (p->protocol != NULL) {
        p->protocol->abort(p->state);
    }
    p->protocol = NULL;
    p->state = NULL;
    return PSA_SUCCESS;
}
