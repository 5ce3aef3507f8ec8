## make check: one CUnit program per module; exit 77 means skipped.
TEST_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS)
TEST_LIBS = libkpsa.la $(CUNIT_LIBS)

check_PROGRAMS += \
	tests/test_values \
	tests/test_keys \
	tests/test_hash \
	tests/test_mac \
	tests/test_cipher \
	tests/test_aead \
	tests/test_random \
	tests/test_states \
	tests/test_asym_states \
	tests/test_destroy \
	tests/test_threads

tests_test_values_SOURCES = tests/test_values.c
tests_test_values_CFLAGS = $(TEST_CFLAGS)
tests_test_values_LDADD = $(CUNIT_LIBS)

tests_test_keys_SOURCES = tests/test_keys.c tests/testutil.c tests/testutil.h
tests_test_keys_CFLAGS = $(TEST_CFLAGS)
tests_test_keys_LDADD = $(TEST_LIBS)

tests_test_hash_SOURCES = tests/test_hash.c tests/testutil.c tests/testutil.h \
	tests/vectors/hash.h
tests_test_hash_CFLAGS = $(TEST_CFLAGS)
tests_test_hash_LDADD = $(TEST_LIBS)

tests_test_mac_SOURCES = tests/test_mac.c tests/testutil.c tests/testutil.h \
	tests/vectors/mac.h
tests_test_mac_CFLAGS = $(TEST_CFLAGS)
tests_test_mac_LDADD = $(TEST_LIBS)

tests_test_cipher_SOURCES = tests/test_cipher.c tests/testutil.c tests/testutil.h \
	tests/vectors/cipher.h
tests_test_cipher_CFLAGS = $(TEST_CFLAGS)
tests_test_cipher_LDADD = $(TEST_LIBS)

tests_test_aead_SOURCES = tests/test_aead.c tests/testutil.c tests/testutil.h \
	tests/vectors/aead.h
tests_test_aead_CFLAGS = $(TEST_CFLAGS)
tests_test_aead_LDADD = $(TEST_LIBS)

tests_test_random_SOURCES = tests/test_random.c tests/testutil.c tests/testutil.h
tests_test_random_CFLAGS = $(TEST_CFLAGS)
tests_test_random_LDADD = $(TEST_LIBS)

tests_test_states_SOURCES = tests/test_states.c tests/testutil.c tests/testutil.h
tests_test_states_CFLAGS = $(TEST_CFLAGS)
tests_test_states_LDADD = $(TEST_LIBS)

tests_test_asym_states_SOURCES = tests/test_asym_states.c tests/testutil.c tests/testutil.h
tests_test_asym_states_CFLAGS = $(TEST_CFLAGS)
tests_test_asym_states_LDADD = $(TEST_LIBS)

tests_test_destroy_SOURCES = tests/test_destroy.c tests/testutil.c tests/testutil.h
tests_test_destroy_CFLAGS = $(TEST_CFLAGS)
tests_test_destroy_LDADD = $(TEST_LIBS)

tests_test_threads_SOURCES = tests/test_threads.c tests/testutil.c tests/testutil.h
tests_test_threads_CFLAGS = $(TEST_CFLAGS)
tests_test_threads_LDADD = $(TEST_LIBS)

## Asymmetric keys, signatures, encryption, key agreement, key derivation, PAKE.
check_PROGRAMS += \
	tests/test_pkey \
	tests/test_rsa \
	tests/test_ecc_sign \
	tests/test_kdf \
	tests/test_kdf_vectors \
	tests/test_agreement \
	tests/test_pake \
	tests/test_spake2p

tests_test_pkey_SOURCES = tests/test_pkey.c tests/testutil.c tests/testutil.h tests/vectors/pkey.h
tests_test_pkey_CFLAGS = $(TEST_CFLAGS)
tests_test_pkey_LDADD = $(TEST_LIBS)

tests_test_rsa_SOURCES = tests/test_rsa.c tests/testutil.c tests/testutil.h tests/vectors/rsa.h \
	tests/test_rsa_cavp.c tests/vectors/rsa_cavp.h
tests_test_rsa_CFLAGS = $(TEST_CFLAGS)
tests_test_rsa_LDADD = $(TEST_LIBS)

tests_test_ecc_sign_SOURCES = tests/test_ecc_sign.c tests/testutil.c tests/testutil.h \
	tests/vectors/ecc_sign.h tests/test_ecc_cavp.c tests/vectors/ecc_cavp.h \
	tests/test_ecc_sign.h tests/test_ecc_hashedsa.c
tests_test_ecc_sign_CFLAGS = $(TEST_CFLAGS)
tests_test_ecc_sign_LDADD = $(TEST_LIBS)

tests_test_kdf_SOURCES = tests/test_kdf.c tests/testutil.c tests/testutil.h
tests_test_kdf_CFLAGS = $(TEST_CFLAGS)
tests_test_kdf_LDADD = $(TEST_LIBS)

tests_test_kdf_vectors_SOURCES = tests/test_kdf_vectors.c tests/testutil.c tests/testutil.h \
	tests/vectors/kdf.h
tests_test_kdf_vectors_CFLAGS = $(TEST_CFLAGS)
tests_test_kdf_vectors_LDADD = $(TEST_LIBS)

tests_test_agreement_SOURCES = tests/test_agreement.c tests/testutil.c tests/testutil.h \
	tests/vectors/agreement.h
tests_test_agreement_CFLAGS = $(TEST_CFLAGS)
tests_test_agreement_LDADD = $(TEST_LIBS)

tests_test_pake_SOURCES = tests/test_pake.c tests/testutil.c tests/testutil.h tests/vectors/jpake.h \
	tests/test_pake.h tests/test_pake_spake2p.c
tests_test_pake_CFLAGS = $(TEST_CFLAGS)
tests_test_pake_LDADD = $(TEST_LIBS)

## The SPAKE2+ computations are hidden in libkpsa.so: compiled in, with what
## they use of the built-in driver, for the known-answer suite.
tests_test_spake2p_SOURCES = tests/test_spake2p.c tests/test_spake2p_api.c \
	tests/vectors/spake2p.h tests/testutil.c tests/testutil.h lib/builtin/spake2p.c \
	lib/builtin/spake2p.h lib/builtin/spake2p_key.c lib/builtin/curves.c \
	lib/builtin/md_table.c lib/builtin/errors.c lib/core/secmem.c
tests_test_spake2p_CFLAGS = $(TEST_CFLAGS) $(LIBCRYPTO_CFLAGS)
tests_test_spake2p_LDADD = $(TEST_LIBS) $(LIBCRYPTO_LIBS)

## The Edwards-curve models of HashEdDSA are hidden in libkpsa.so: compiled in.
check_PROGRAMS += tests/test_edwards
tests_test_edwards_SOURCES = tests/test_edwards.c tests/testutil.c tests/testutil.h \
	lib/builtin/edwards.c lib/builtin/edwards.h lib/builtin/errors.c lib/core/secmem.c
tests_test_edwards_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/lib
tests_test_edwards_CFLAGS = $(TEST_CFLAGS) $(LIBCRYPTO_CFLAGS)
tests_test_edwards_LDADD = $(TEST_LIBS) $(LIBCRYPTO_LIBS)

## The manifest parser's internal functions are hidden in libkpsa.so: compiled in.
check_PROGRAMS += tests/test_manifest
tests_test_manifest_SOURCES = tests/test_manifest.c tests/test_manifest_algspec.c \
	tests/testutil.c tests/testutil.h lib/loader/manifest.c lib/loader/mfjson.c \
	lib/loader/mfcaps.c lib/loader/algspec.c lib/dispatch/entrypoints.c
tests_test_manifest_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/lib
tests_test_manifest_CFLAGS = $(TEST_CFLAGS) $(JSONC_CFLAGS)
tests_test_manifest_LDADD = $(TEST_LIBS) $(JSONC_LIBS)
EXTRA_DIST += tests/fixtures/manifests

## Plugins through the real loader: the test drivers of plugins/test/local.mk
## (built by make check) and manifests from tests/fixtures, in temporary
## directories named by KPSA_DRIVER_PATH.
PLUGIN_TEST_CPPFLAGS = $(AM_CPPFLAGS) -DKT_TOP_SRCDIR='"$(abs_top_srcdir)"' \
	-DKT_TOP_BUILDDIR='"$(abs_top_builddir)"'
check_PROGRAMS += tests/test_dispatch
tests_test_dispatch_SOURCES = tests/test_dispatch.c tests/dispatch_chain.h \
	tests/test_dispatch_rules.c tests/test_dispatch_multipart.c tests/test_dispatch_asym.c \
	tests/tmpfiles.c tests/tmpfiles.h tests/testutil.c tests/testutil.h plugins/test/testdrv.h
tests_test_dispatch_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_dispatch_CFLAGS = $(TEST_CFLAGS)
tests_test_dispatch_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/fixtures/dispatch
## Persistent keys: temporary KPSA_STORAGE_DIR, children by re-exec of itself.
check_PROGRAMS += tests/test_persist
tests_test_persist_SOURCES = tests/test_persist.c tests/test_persist_procs.c \
	tests/test_persist.h tests/tmpfiles.c tests/tmpfiles.h tests/testutil.c tests/testutil.h
tests_test_persist_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_persist_CFLAGS = $(TEST_CFLAGS)
tests_test_persist_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/test_dispatch_kdfpake
tests_test_dispatch_kdfpake_SOURCES = tests/test_dispatch_kdfpake.c tests/tmpfiles.c \
	tests/tmpfiles.h tests/testutil.c tests/testutil.h
tests_test_dispatch_kdfpake_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_dispatch_kdfpake_CFLAGS = $(TEST_CFLAGS)
tests_test_dispatch_kdfpake_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/fixtures/kdfpake
check_PROGRAMS += tests/test_loader
## The discovery code is hidden in libkpsa.so: compiled in for its own suite.
tests_test_loader_SOURCES = tests/test_loader.c tests/tmpfiles.c tests/tmpfiles.h \
	tests/testutil.c tests/testutil.h plugins/test/testdrv.h lib/loader/discover.c \
	lib/loader/module.c lib/loader/manifest.c lib/loader/mfjson.c lib/loader/mfcaps.c \
	lib/loader/algspec.c lib/dispatch/entrypoints.c
tests_test_loader_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_loader_CFLAGS = $(TEST_CFLAGS) $(JSONC_CFLAGS)
tests_test_loader_LDADD = $(TEST_LIBS) $(JSONC_LIBS)
EXTRA_DIST += tests/fixtures/loader

## The persistent key store (hidden in libkpsa.so): compiled in; its SHA-256
## goes through the public psa_hash_compute.
check_PROGRAMS += tests/test_storage
tests_test_storage_SOURCES = tests/test_storage.c tests/tmpfiles.c tests/tmpfiles.h \
	tests/testutil.c tests/testutil.h lib/core/storage.c lib/core/storage_dir.c \
	lib/core/storage_record.c lib/core/secmem.c
tests_test_storage_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_storage_CFLAGS = $(TEST_CFLAGS)
tests_test_storage_LDADD = $(TEST_LIBS)

## libFuzzer targets: the manifest parser, the key store's record parser and
## the built-in driver's RSA DER parser; built with clang when configure found
## one that supports -fsanitize=fuzzer; never run by make check.
## How to run them: tests/fuzz/README.
FUZZ_MANIFEST_SRCS = $(srcdir)/tests/fuzz/manifest_fuzz.c $(srcdir)/lib/loader/manifest.c \
	$(srcdir)/lib/loader/mfjson.c $(srcdir)/lib/loader/mfcaps.c $(srcdir)/lib/loader/algspec.c \
	$(srcdir)/lib/dispatch/entrypoints.c
FUZZ_RECORD_SRCS = $(srcdir)/tests/fuzz/record_fuzz.c $(srcdir)/lib/core/storage_record.c \
	$(srcdir)/lib/core/secmem.c
FUZZ_RSA_DER_SRCS = $(srcdir)/tests/fuzz/rsa_der_fuzz.c $(srcdir)/lib/builtin/pkey_rsa.c \
	$(srcdir)/lib/builtin/errors.c
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined
FUZZ_CPPFLAGS = -I$(top_builddir) -I$(top_srcdir)/include -I$(top_srcdir)/lib
EXTRA_DIST += tests/fuzz/README tests/fuzz/manifest_fuzz.c tests/fuzz/manifest.dict \
	tests/fuzz/corpus tests/fuzz/record_fuzz.c tests/fuzz/record_corpus \
	tests/fuzz/rsa_der_fuzz.c tests/fuzz/rsa_der_corpus
if HAVE_LIBFUZZER
noinst_SCRIPTS = tests/fuzz/manifest_fuzz tests/fuzz/record_fuzz tests/fuzz/rsa_der_fuzz
CLEANFILES += tests/fuzz/manifest_fuzz tests/fuzz/record_fuzz tests/fuzz/rsa_der_fuzz
tests/fuzz/manifest_fuzz: $(FUZZ_MANIFEST_SRCS) $(srcdir)/lib/loader/manifest.h \
		$(srcdir)/lib/loader/mfparse.h $(srcdir)/lib/loader/algspec.h config.h
	$(AM_V_at)$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_CPPFLAGS) $(JSONC_CFLAGS) -o $@ \
		$(FUZZ_MANIFEST_SRCS) $(JSONC_LIBS)
tests/fuzz/record_fuzz: $(FUZZ_RECORD_SRCS) $(srcdir)/lib/core/storage.h \
		$(srcdir)/lib/core/secmem.h config.h
	$(AM_V_at)$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_CPPFLAGS) $(LIBCRYPTO_CFLAGS) -o $@ \
		$(FUZZ_RECORD_SRCS) $(LIBCRYPTO_LIBS)
tests/fuzz/rsa_der_fuzz: $(FUZZ_RSA_DER_SRCS) $(srcdir)/lib/builtin/pkey_int.h \
		$(srcdir)/lib/builtin/builtin.h config.h
	$(AM_V_at)$(MKDIR_P) tests/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_CFLAGS) $(FUZZ_CPPFLAGS) $(LIBCRYPTO_CFLAGS) -o $@ \
		$(FUZZ_RSA_DER_SRCS) $(LIBCRYPTO_LIBS)
endif

## Crash safety of the persistent key store: writers SIGKILLed at random
## points (KPSA_CRASH_CYCLES kills, default 1000, then pairs of writers racing
## for the same ids; KPSA_CRASH_SEED replays), then the store checked through
## the API and the build tree's `kpsa keys --check`.
check_PROGRAMS += tests/test_crash
tests_test_crash_SOURCES = tests/test_crash.c tests/test_crash.h tests/test_crash_race.c \
	tests/test_crash_tool.c tests/tmpfiles.c tests/tmpfiles.h tests/testutil.c tests/testutil.h
tests_test_crash_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_test_crash_CFLAGS = $(TEST_CFLAGS)
tests_test_crash_LDADD = $(TEST_LIBS)

TESTS += $(check_PROGRAMS) tests/exports.sh tests/tour.sh
EXTRA_DIST += tests/exports.sh tests/tour.sh

## The example vendor driver, built out of tree against this build tree; the
## pass-through plugin (plugins/passthru) through kpsa speed --overhead.
TESTS += tests/acme.sh tests/overhead.sh
EXTRA_DIST += tests/acme.sh tests/overhead.sh

## Interoperability with the openssl command: tests/interop.sh makes keys with
## `openssl genpkey` and checks signatures and RSA ciphertexts both ways;
## interop_tool is the kpsa side (one operation per run, not a test itself).
noinst_PROGRAMS += tests/interop_tool
tests_interop_tool_SOURCES = tests/interop_tool.c
tests_interop_tool_CFLAGS = $(AM_CFLAGS)
tests_interop_tool_LDADD = libkpsa.la
TESTS += tests/interop.sh
EXTRA_DIST += tests/interop.sh

## The kcapi driver (plugins/kcapi) through the public API; on a host without
## AF_ALG every call must fall back, inside a Linux guest with AF_ALG
## (tests/kernel/guest.sh) kcapi must serve what the kernel offers.
if HAVE_KCAPI
check_PROGRAMS += tests/kernel/test_kcapi
tests_kernel_test_kcapi_SOURCES = tests/kernel/test_kcapi.c tests/testutil.c tests/testutil.h \
	tests/vectors/hash.h tests/vectors/mac.h tests/vectors/cipher.h tests/vectors/aead.h
tests_kernel_test_kcapi_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_kernel_test_kcapi_CFLAGS = $(TEST_CFLAGS) $(KCAPI_CFLAGS)
tests_kernel_test_kcapi_LDADD = $(TEST_LIBS) $(KCAPI_LIBS)

## kcapi against the built-in driver on seeded random inputs (a process per
## side), and one key from several threads: it needs AF_ALG, so it runs in the
## guest only (KERNEL_GUEST_TESTS below), not as a permanent host SKIP.
noinst_PROGRAMS += tests/kernel/test_kcapi_diff
tests_kernel_test_kcapi_diff_SOURCES = tests/kernel/test_kcapi_diff.c tests/testutil.c \
	tests/testutil.h
tests_kernel_test_kcapi_diff_CPPFLAGS = $(PLUGIN_TEST_CPPFLAGS)
tests_kernel_test_kcapi_diff_CFLAGS = $(TEST_CFLAGS)
tests_kernel_test_kcapi_diff_LDADD = $(TEST_LIBS)
endif

## AF_ALG inside a Linux guest, for hosts whose kernel has none (ours):
## tests/kernel/guest.sh boots one user-mode-linux guest (tests/vm/run-in-guest)
## and runs the programs of KERNEL_GUEST_TESTS in it from the build directory;
## skipped (77) where user-mode-linux is not installed.  afalg_smoke checks the
## guest itself through libkcapi: not a check program, since on the host it
## could only skip (`tests/vm/run-in-guest tests/kernel/afalg_smoke` after make).
EXTRA_DIST += tests/vm/run-in-guest tests/kernel/guest.sh
if HAVE_KCAPI
noinst_PROGRAMS += tests/kernel/afalg_smoke
tests_kernel_afalg_smoke_SOURCES = tests/kernel/afalg_smoke.c
tests_kernel_afalg_smoke_CFLAGS = $(AM_CFLAGS) $(KCAPI_CFLAGS)
tests_kernel_afalg_smoke_LDADD = $(KCAPI_LIBS)

KERNEL_GUEST_TESTS = tests/kernel/afalg_smoke tests/kernel/test_kcapi tests/kernel/test_kcapi_diff
## --- kcapi driver tests run in the guest: append them here (paths from the
## --- build directory, built by make check), e.g.
## --- KERNEL_GUEST_TESTS += tests/kernel/test_kcapi
AM_TESTS_ENVIRONMENT = KPSA_GUEST_TESTS='$(KERNEL_GUEST_TESTS)' \
	KPSA_SANITIZER_CFLAGS='$(SANITIZER_CFLAGS)'; export KPSA_GUEST_TESTS KPSA_SANITIZER_CFLAGS;
TESTS += tests/kernel/guest.sh
endif
