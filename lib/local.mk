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
	lib/core/storage.c \
	lib/core/storage.h \
	lib/core/storage_dir.c \
	lib/core/storage_record.c \
	lib/core/storage_api.c \
	lib/core/policy.c \
	lib/core/policy.h \
	lib/core/keys.c \
	lib/core/hash.c \
	lib/core/mac.c \
	lib/core/cipher.c \
	lib/core/aead.c \
	lib/core/random.c \
	lib/core/random.h \
	lib/core/asym.c \
	lib/core/kdf.c \
	lib/core/kdf.h \
	lib/core/kdf_output.c \
	lib/core/kdf_agree.c \
	lib/core/kdf_inputs.c \
	lib/core/pake.c \
	lib/core/pake_inputs.c \
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
	lib/dispatch/asym.c \
	lib/dispatch/keys.c \
	lib/dispatch/kdf.c \
	lib/dispatch/pake.c \
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
	lib/builtin/cipher_xts.c \
	lib/builtin/cipher_xts.h \
	lib/builtin/aead.c \
	lib/builtin/ccm.c \
	lib/builtin/keys.c \
	lib/builtin/random.c \
	lib/builtin/curves.c \
	lib/builtin/pkey.c \
	lib/builtin/pkey_int.h \
	lib/builtin/pkey_rsa.c \
	lib/builtin/pkey_ecc.c \
	lib/builtin/pkey_dh.c \
	lib/builtin/derive_key.c \
	lib/builtin/sign.c \
	lib/builtin/rsa_sign.c \
	lib/builtin/rsa_crypt.c \
	lib/builtin/ecdsa.c \
	lib/builtin/ecdsa.h \
	lib/builtin/ecdsa_det.c \
	lib/builtin/eddsa.c \
	lib/builtin/edwards.c \
	lib/builtin/edwards.h \
	lib/builtin/agree.c \
	lib/builtin/kdf.c \
	lib/builtin/kdf_impl.h \
	lib/builtin/kdf_hkdf.c \
	lib/builtin/kdf_tls12.c \
	lib/builtin/kdf_pbkdf2.c \
	lib/builtin/kdf_sp800108.c \
	lib/builtin/pake.c \
	lib/builtin/jpake.c \
	lib/builtin/spake2p.c \
	lib/builtin/spake2p_key.c

## loader: driver manifests (JSON parser and validator, algorithm specifications).
libkpsa_la_SOURCES += \
	lib/loader/algspec.c \
	lib/loader/algspec.h \
	lib/loader/discover.c \
	lib/loader/introspect.c \
	lib/loader/loader.h \
	lib/loader/manifest.c \
	lib/loader/manifest.h \
	lib/loader/mfcaps.c \
	lib/loader/mfjson.c \
	lib/loader/mfparse.h \
	lib/loader/module.c

libkpsa_la_CFLAGS = $(AM_CFLAGS) $(LIBCRYPTO_CFLAGS) $(JSONC_CFLAGS)
libkpsa_la_LIBADD = $(LIBCRYPTO_LIBS) $(JSONC_LIBS)
libkpsa_la_LDFLAGS = $(AM_LDFLAGS) -version-info $(KPSA_LT_VERSION) -no-undefined -Wl,-z,nodelete \
	-Wl,--version-script=$(top_srcdir)/lib/libkpsa.map
EXTRA_libkpsa_la_DEPENDENCIES = lib/libkpsa.map
EXTRA_DIST += lib/libkpsa.map lib/libkpsa.symbols
