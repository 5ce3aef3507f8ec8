## kcapi: the transparent driver on the kernel crypto API (AF_ALG) through
## libkcapi.  Installed: the module into $(driverdir), the manifest into
## $(manifestdir), where its relative "kpsa/module" resolves against
## $(driverdir).  For the tests, the module and manifest are also staged in
## plugins/kcapi/drivers.d of the build tree (a KPSA_DRIVER_PATH directory).
EXTRA_DIST += plugins/kcapi/kcapi.json
dist_man_MANS += docs/kpsa-kcapi.7
if HAVE_KCAPI
driver_LTLIBRARIES = plugins/kcapi/kcapi.la
plugins_kcapi_kcapi_la_SOURCES = plugins/kcapi/kcapi.h plugins/kcapi/kcapi_probe.c \
	plugins/kcapi/kcapi_pool.c plugins/kcapi/kcapi_hash.c plugins/kcapi/kcapi_cipher.c \
	plugins/kcapi/kcapi_cipher_mp.c plugins/kcapi/kcapi_aead.c plugins/kcapi/kcapi_aead_common.c \
	plugins/kcapi/kcapi_aead_mp.c \
	plugins/kcapi/kcapi_chachapoly_mp.c plugins/kcapi/kcapi_ccm_mp.c \
	plugins/kcapi/kcapi_xts_mp.c plugins/kcapi/kcapi_random.c
plugins_kcapi_kcapi_la_CFLAGS = $(AM_CFLAGS) $(KCAPI_CFLAGS)
plugins_kcapi_kcapi_la_LIBADD = libkpsa.la $(KCAPI_LIBS)
plugins_kcapi_kcapi_la_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -shared -no-undefined
dist_manifest_DATA = plugins/kcapi/kcapi.json

kcapi_stage = plugins/kcapi/drivers.d
noinst_DATA += $(kcapi_stage)/kcapi.json $(kcapi_stage)/kcapi.so
CLEANFILES += $(kcapi_stage)/kcapi.json $(kcapi_stage)/kcapi.so

$(kcapi_stage)/kcapi.json: plugins/kcapi/kcapi.json
	$(AM_V_GEN)$(MKDIR_P) $(kcapi_stage) && \
	cp -f $(srcdir)/plugins/kcapi/kcapi.json $@ && chmod 0644 $@
$(kcapi_stage)/kcapi.so: plugins/kcapi/kcapi.la
	$(AM_V_GEN)$(MKDIR_P) $(kcapi_stage) && \
	cp -f plugins/kcapi/.libs/kcapi.so $@ && chmod 0755 $@
endif
