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

tests_test_threads_SOURCES = tests/test_threads.c tests/testutil.c tests/testutil.h
tests_test_threads_CFLAGS = $(TEST_CFLAGS)
tests_test_threads_LDADD = $(TEST_LIBS)

TESTS += $(check_PROGRAMS) tests/exports.sh tests/tour.sh
EXTRA_DIST += tests/exports.sh tests/tour.sh
