/*
 * guard.h - the function skeleton every fallible kpsa function follows:
 *
 *     psa_status_t status = PSA_ERROR_CORRUPTION_DETECTED;   fail closed
 *     KPSA_CHECK(arg != NULL || arg_len == 0, PSA_ERROR_INVALID_ARGUMENT);
 *     KPSA_TRY(kpsa_something(...));
 *     ...
 *     status = PSA_SUCCESS;
 * exit:
 *     release in reverse order, wipe secrets, zero output lengths on error
 *     return status;
 *
 * Exactly two guard macros, both `goto exit`.
 */
#ifndef KPSA_CORE_GUARD_H
#define KPSA_CORE_GUARD_H

#include <psa/crypto.h>

/* Fail with `err` unless `cond` holds. */
#define KPSA_CHECK(cond, err)                                                       \
    do {                                                                            \
        if (!(cond)) {                                                              \
            status = (err);                                                         \
            goto exit;                                                              \
        }                                                                           \
    } while (0)

/* Evaluate a status-returning call; leave on anything but PSA_SUCCESS. */
#define KPSA_TRY(expr)                                                              \
    do {                                                                            \
        status = (expr);                                                            \
        if (status != PSA_SUCCESS) {                                                \
            goto exit;                                                              \
        }                                                                           \
    } while (0)

/* Functions whose result must not be ignored (also set by <psa/crypto.h>). */
#ifndef KPSA_NODISCARD
#define KPSA_NODISCARD __attribute__((warn_unused_result))
#endif

/* An output buffer is valid when it is non-NULL or empty. */
#define KPSA_BUF_OK(ptr, len) ((ptr) != NULL || (len) == 0)

#endif /* KPSA_CORE_GUARD_H */
