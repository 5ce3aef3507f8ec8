## passthru: a pass-through driver for "kpsa speed --overhead" (not installed).
## Built with `make` and staged with its manifest in plugins/passthru/drivers.d,
## the directory to give to --overhead (it becomes part of KPSA_DRIVER_PATH).
noinst_LTLIBRARIES += plugins/passthru/passthru.la
plugins_passthru_passthru_la_SOURCES = plugins/passthru/passthru.c
plugins_passthru_passthru_la_CFLAGS = $(AM_CFLAGS) $(LIBCRYPTO_CFLAGS)
plugins_passthru_passthru_la_LIBADD = libkpsa.la $(LIBCRYPTO_LIBS)
# -rpath makes libtool build a shared module although it is not installed.
plugins_passthru_passthru_la_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -shared \
	-no-undefined -rpath $(abs_builddir)/plugins/passthru

passthru_stage = plugins/passthru/drivers.d
noinst_DATA += $(passthru_stage)/passthru.json $(passthru_stage)/passthru.so
CLEANFILES += $(passthru_stage)/passthru.json $(passthru_stage)/passthru.so
EXTRA_DIST += plugins/passthru/passthru.json

$(passthru_stage)/passthru.json: plugins/passthru/passthru.json
	$(AM_V_GEN)$(MKDIR_P) $(passthru_stage) && \
	cp -f $(srcdir)/plugins/passthru/passthru.json $@ && chmod 0644 $@
$(passthru_stage)/passthru.so: plugins/passthru/passthru.la
	$(AM_V_GEN)$(MKDIR_P) $(passthru_stage) && \
	cp -f plugins/passthru/.libs/passthru.so $@ && chmod 0755 $@
