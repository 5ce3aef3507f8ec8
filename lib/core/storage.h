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
 * PSA_ERROR_INVALID_ARGUMENT (id 0), PSA_ERROR_NOT_SUPPORTED (material above
 * KPSA_STORAGE_MAX_MATERIAL), or a storage status of the file comment.
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
 * Also wipes and removes the leftovers (".del-*", ".tmp-*") of processes
 * that were killed while destroying or creating a key.
 *   [out] ids    up to capacity ids; [out] count  how many records exist.
 * Returns PSA_SUCCESS (also when count > capacity: the first capacity ids are
 * written), or a storage status.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_list(psa_key_id_t *ids, size_t capacity, size_t *count);

/* kpsa_storage_directory - the directory in use (resolved on first use), or
 * NULL with *status set when it cannot be used. */
const char *kpsa_storage_directory(psa_status_t *status);

/* kpsa_storage_free - forget the resolved directory (library teardown, tests):
 * the next call resolves it again.  Not to be called while another thread
 * uses the store (the string kpsa_storage_directory returned is reused). */
void kpsa_storage_free(void);

/*
 * ---- Internal to lib/core/storage*.c (and tests/test_storage.c) ----
 */

/* The largest key material a record holds (larger: PSA_ERROR_NOT_SUPPORTED
 * on create, PSA_ERROR_DATA_INVALID on load). */
#define KPSA_STORAGE_MAX_MATERIAL 65536u
/* Record layout (docs/kpsa-storage.5): header, material, SHA-256 check. */
#define KPSA_STORAGE_HEADER_SIZE 40u
#define KPSA_STORAGE_CHECK_SIZE 32u

/* Test hooks: the configuration file (default KPSA_SYSCONFDIR
 * "/kpsa/kpsa.conf") and the directory of processes whose effective uid is 0
 * (default KPSA_LOCALSTATEDIR "/lib/kpsa").  Set them only before the
 * directory is resolved (or after kpsa_storage_free()). */
extern const char *kpsa_storage_conf_path;
extern const char *kpsa_storage_system_dir;
/* Test hook: when true, records are written through a named temporary file
 * (the fallback for file systems without O_TMPFILE). */
extern bool kpsa_storage_force_named;

/* kpsa_storage_errno_status - the storage status of an errno value:
 * ENOSPC/EDQUOT -> INSUFFICIENT_STORAGE, ENOMEM -> INSUFFICIENT_MEMORY, any
 * other -> STORAGE_FAILURE. */
psa_status_t kpsa_storage_errno_status(int err);

/* kpsa_storage_open_dir - resolve the directory (once) and open it
 * (O_DIRECTORY | O_CLOEXEC) into *dirfd, which the caller closes.
 * Returns PSA_SUCCESS or a storage status. */
KPSA_NODISCARD psa_status_t kpsa_storage_open_dir(int *dirfd);

/*
 * kpsa_storage_record_build - encode a record (format version 1, kind 0).
 *   [out] record, record_size  secure memory (kpsa_secmem_free(*record, *record_size)).
 * Returns PSA_SUCCESS, PSA_ERROR_NOT_SUPPORTED (material above
 * KPSA_STORAGE_MAX_MATERIAL), PSA_ERROR_INSUFFICIENT_MEMORY, or the status of
 * the hash computation.  Nothing is allocated on failure.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_record_build(const psa_key_attributes_t *attributes,
                                                      const uint8_t *material,
                                                      size_t material_size, uint8_t **record,
                                                      size_t *record_size);

/*
 * kpsa_storage_record_parse - verify a record read from the file of `id`.
 *   [out] attributes                the stored attributes (on success).
 *   [out] material_offset, _size    where the material lies in record.
 * Returns PSA_SUCCESS, PSA_ERROR_DATA_CORRUPT (short, or the check fails),
 * PSA_ERROR_DATA_INVALID (check good, content unusable), or the status of
 * the hash computation.
 */
KPSA_NODISCARD psa_status_t kpsa_storage_record_parse(psa_key_id_t id, const uint8_t *record,
                                                      size_t record_size,
                                                      psa_key_attributes_t *attributes,
                                                      size_t *material_offset,
                                                      size_t *material_size);

#endif /* KPSA_CORE_STORAGE_H */
