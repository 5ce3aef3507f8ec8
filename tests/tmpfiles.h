/*
 * tmpfiles.h - scratch directories and manifest files for the plugin tests
 * (test_dispatch, test_loader).
 *
 * Manifest templates live in $(srcdir)/tests/fixtures/; the placeholder
 * @MODULE_DIR@ in them stands for the directory holding the test driver
 * modules of this build ($(builddir)/plugins/test/.libs).  Every function
 * exits the test program with status 99 (a hard error, not a test failure)
 * when the file system refuses, since nothing can be tested then.
 */
#ifndef KPSA_TESTS_TMPFILES_H
#define KPSA_TESTS_TMPFILES_H

#include <stddef.h>
#include <sys/types.h>

/* The directory of the test driver modules: the build's plugins/test/.libs,
 * or the private copy kt_stage_modules() made. */
const char *kt_module_dir(void);

/*
 * kt_stage_modules - copy the test driver modules into dir/modules (mode
 * 0700, files 0755) and use that copy from now on.  The loader refuses
 * modules in a directory writable by group or others, which the build
 * directory is under a umask of 002.
 */
void kt_stage_modules(const char *dir);

/* The path of a test driver module: kt_module_path("testa") -> ".../testa.so". */
const char *kt_module_path(const char *name);

/* A fresh directory with mode 0700 under $TMPDIR (or /tmp); free() the result. */
char *kt_tmpdir(const char *tag);

/* Remove a directory tree (symlinks are removed, never followed). */
void kt_rmtree(const char *path);

/* Copy a file to dir/name with exactly `mode`. */
void kt_copy_file(const char *from, const char *dir, const char *name, mode_t mode);

/* Write `len` bytes to dir/name with exactly `mode` (umask ignored). */
void kt_write_file(const char *dir, const char *name, const char *text, size_t len, mode_t mode);

/*
 * kt_install - copy the template tests/fixtures/<fixture> to dir/name with
 * @MODULE_DIR@ replaced, and give it exactly `mode`.  name NULL: the
 * fixture's own base name.
 */
void kt_install(const char *fixture, const char *dir, const char *name, mode_t mode);

/* Join dir and name into a static buffer (overwritten by the next call). */
const char *kt_join(const char *dir, const char *name);

#endif /* KPSA_TESTS_TMPFILES_H */
