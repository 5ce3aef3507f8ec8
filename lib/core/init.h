/*
 * init.h - library initialisation state.
 */
#ifndef KPSA_CORE_INIT_H
#define KPSA_CORE_INIT_H

#include <stdbool.h>

/* kpsa_initialized - true once psa_crypto_init() has succeeded.  Lock-free. */
bool kpsa_initialized(void);

/* For the kpsa tools and diagnostics: remember the driver that served the
 * calling thread's last dispatched call (see kpsa_last_driver()). */
void kpsa_note_driver(const char *prefix);

#endif /* KPSA_CORE_INIT_H */
