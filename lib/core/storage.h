/*
 * storage.h - the persistent key store on disk (issue 6).
 *
 * One file per key in the storage directory, named after the key id
 * ("%08" PRIx32 ".key"), holding one record: a versioned header, the key's
 * attributes, the key material (the key buffer: export format for keys in
 * local storage) and an integrity check.  The format is documented in
 * docs/kpsa-storage.5.
 *
 * Directory: KPSA_STORAGE_DIR (secure_getenv) if set; else "storage_dir" in
 * $(sysconfdir)/kpsa/kpsa.conf; else $(localstatedir)/lib/kpsa for a process
 * whose effective uid is 0 (system services); else $XDG_DATA_HOME/kpsa,
 * falling back to $HOME/.local/share/kpsa.  Created with mode 0700 (parents
 * as needed, 0700); refused (PSA_ERROR_STORAGE_FAILURE, one diagnostic) when
 * it is not a directory, not owned by the effective uid (or root), or
 * writable by group or others.  Files are created 0600.
 *
 * Crash safety: a record is written to an unnamed temporary file in the
 * directory (O_TMPFILE; a named temporary file where the file system lacks
 * it), fsync'ed, then linked to its name (link semantics: fails if the name
 * exists, so two processes creating one id cannot both succeed), then the
 * directory is fsync'ed.  After a crash at any point the key either exists
 * complete or does not exist; no half-written record is ever visible.
 * Destruction renames the record away (the id is gone at once for every
 * process), overwrites its contents with zeros, fsyncs, and unlinks it.
 *
 * Statuses: PSA_ERROR_DOES_NOT_EXIST (no record for the id),
 * PSA_ERROR_ALREADY_EXISTS, PSA_ERROR_DATA_CORRUPT (a record that fails its
 * integrity check or is truncated), PSA_ERROR_DATA_INVALID (a record whose
 * check passes but whose content kpsa cannot use: unknown version, id or
 * attributes that do not match), PSA_ERROR_INSUFFICIENT_STORAGE (ENOSPC,
 * EDQUOT), PSA_ERROR_STORAGE_FAILURE (any other I/O failure, a refused
 * directory), PSA_ERROR_INSUFFICIENT_MEMORY.
 *
 * Every function is thread-safe and safe against other processes using the
 * same directory.
 */
#ifndef KPSA_CORE_STORAGE_H
#define KPSA_CORE_STORAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <psa/crypto.h>

#include "core/guard.h"

/* What identifies one version of a record on disk (a destroyed and
 * re-created key has another stamp). */
struct kpsa_storage_stamp {
    uint64_t device;
    uint64_t inode;
    int64_t change_sec;
    int64_t change_nsec;
};

/*
 * kpsa_storage_create - write the record of a new persistent key.
 *   [in] attributes  the key's attributes (kpsa_id: the persistent id).
 *   [in] material    material_size bytes of key material.
 * Returns PSA_SUCCESS once the record is durable, PSA_ERROR_ALREADY_EXISTS,
 * or a storage status of the file comment.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_create(const psa_key_attributes_t *attributes,
                                                const uint8_t *material, size_t material_size);

/*
 * kpsa_storage_load - read and check the record of a key.
 *   [in]  id          a persistent key id.
 *   [out] attributes  the stored attributes.
 *   [out] material    on success a copy in secure memory (kpsa_secmem_alloc;
 *                     free with kpsa_secmem_free(*material, *material_size)),
 *                     NULL for empty material.
 *   [out] stamp       the record's stamp (may be NULL).
 * Returns PSA_SUCCESS, PSA_ERROR_DOES_NOT_EXIST, or a storage status.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_load(psa_key_id_t id, psa_key_attributes_t *attributes,
                                              uint8_t **material, size_t *material_size,
                                              struct kpsa_storage_stamp *stamp);

/* kpsa_storage_current - whether the record of id on disk still has this
 * stamp (one stat(2)); false when it was destroyed or replaced. */
bool kpsa_storage_current(psa_key_id_t id, const struct kpsa_storage_stamp *stamp);

/*
 * kpsa_storage_destroy - remove a key's record (wiped, then unlinked).
 * Returns PSA_SUCCESS, PSA_ERROR_DOES_NOT_EXIST, or a storage status.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_destroy(psa_key_id_t id);

/*
 * kpsa_storage_list - the ids of the records in the directory, ascending.
 *   [out] ids    up to capacity ids; [out] count  how many records exist.
 * Returns PSA_SUCCESS (also when count > capacity: the first capacity ids are
 * written), or a storage status.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_list(psa_key_id_t *ids, size_t capacity, size_t *count);

/* kpsa_storage_directory - the directory in use (resolved on first use), or
 * NULL with *status set when it cannot be used. */
const char *kpsa_storage_directory(psa_status_t *status);

/* kpsa_storage_free - forget the resolved directory (library teardown, tests). */
void kpsa_storage_free(void);

#endif /* KPSA_CORE_STORAGE_H */
