## libkpsa: API layer (lib/core), dispatch (lib/dispatch), built-in driver (lib/builtin).
lib_LTLIBRARIES += libkpsa.la

libkpsa_la_SOURCES = \
	lib/core/init.c \
	lib/core/init.h \
	lib/core/status.c \
	lib/core/secmem.c \
	lib/core/secmem.h \
	lib/core/attributes.c \
	lib/core/keystore.c \
	lib/core/keystore.h \
	lib/core/policy.c \
	lib/core/policy.h \
	lib/core/keys.c \
	lib/core/hash.c \
	lib/core/mac.c \
	lib/core/cipher.c \
	lib/core/aead.c \
	lib/core/random.c \
	lib/core/random.h \
	lib/core/unsupported.c \
	lib/core/guard.h \
	lib/dispatch/driver.h \
	lib/dispatch/dispatch.h \
	lib/dispatch/registry.c \
	lib/dispatch/entrypoints.c \
	lib/dispatch/keystates.c \
	lib/dispatch/match.c \
	lib/dispatch/match.h \
	lib/dispatch/hash.c \
	lib/dispatch/mac.c \
	lib/dispatch/cipher.c \
	lib/dispatch/aead.c \
	lib/dispatch/keys.c \
	lib/dispatch/opctx.h \
	lib/builtin/builtin.h \
	lib/builtin/builtin.c \
	lib/builtin/errors.c \
	lib/builtin/keystate.c \
	lib/builtin/keystate.h \
	lib/builtin/md_table.c \
	lib/builtin/hash.c \
	lib/builtin/mac.c \
	lib/builtin/cipher_table.c \
	lib/builtin/cipher.c \
	lib/builtin/aead.c \
	lib/builtin/ccm.c \
	lib/builtin/keys.c \
	lib/builtin/random.c

libkpsa_la_CFLAGS = $(AM_CFLAGS) $(LIBCRYPTO_CFLAGS)
libkpsa_la_LIBADD = $(LIBCRYPTO_LIBS)
libkpsa_la_LDFLAGS = $(AM_LDFLAGS) -version-info $(KPSA_LT_VERSION) -no-undefined -Wl,-z,nodelete \
	-Wl,--version-script=$(top_srcdir)/lib/libkpsa.map
EXTRA_libkpsa_la_DEPENDENCIES = lib/libkpsa.map
EXTRA_DIST += lib/libkpsa.map lib/libkpsa.symbols
