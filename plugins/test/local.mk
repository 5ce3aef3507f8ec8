## Test driver plugins, built for `make check` only: one source, one module per
## prefix (testdrv.h says what they do).  -rpath makes libtool build real
## shared objects (plugins/test/.libs/<name>.so) that are never installed.
##   testa, testb   the fallback chain of tests/test_dispatch (testb: heap contexts)
##   testc          a capability without "fallback" (tests/test_dispatch)
##   testd          core rules: drivers with only some entry points (tests/test_dispatch)
##   testnosym      lacks testnosym_mac_verify (tests/test_loader)
## and testkp (testkp.c), the key_derivation and pake families (tests/test_dispatch_kdfpake)
TESTDRV_SOURCES = plugins/test/testdrv.c plugins/test/testdrv.h
TESTDRV_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -shared -no-undefined -rpath /nowhere
TESTDRV_LIBADD = libkpsa.la

check_LTLIBRARIES += \
	plugins/test/testa.la \
	plugins/test/testb.la \
	plugins/test/testc.la \
	plugins/test/testd.la \
	plugins/test/testnosym.la \
	plugins/test/testkp.la

plugins_test_testa_la_SOURCES = $(TESTDRV_SOURCES)
plugins_test_testa_la_CPPFLAGS = $(AM_CPPFLAGS) -DTESTDRV_PREFIX=testa -DTESTDRV_MARKER=0xAA \
	-DTESTDRV_CTX_SIZE=TESTDRV_SMALL_CTX
plugins_test_testa_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testa_la_LIBADD = $(TESTDRV_LIBADD)

plugins_test_testb_la_SOURCES = $(TESTDRV_SOURCES)
plugins_test_testb_la_CPPFLAGS = $(AM_CPPFLAGS) -DTESTDRV_PREFIX=testb -DTESTDRV_MARKER=0xBB \
	-DTESTDRV_CTX_SIZE=TESTDRV_LARGE_CTX
plugins_test_testb_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testb_la_LIBADD = $(TESTDRV_LIBADD)

plugins_test_testc_la_SOURCES = $(TESTDRV_SOURCES)
plugins_test_testc_la_CPPFLAGS = $(AM_CPPFLAGS) -DTESTDRV_PREFIX=testc -DTESTDRV_MARKER=0xCC \
	-DTESTDRV_CTX_SIZE=TESTDRV_SMALL_CTX
plugins_test_testc_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testc_la_LIBADD = $(TESTDRV_LIBADD)

plugins_test_testd_la_SOURCES = $(TESTDRV_SOURCES)
plugins_test_testd_la_CPPFLAGS = $(AM_CPPFLAGS) -DTESTDRV_PREFIX=testd -DTESTDRV_MARKER=0xDD \
	-DTESTDRV_CTX_SIZE=TESTDRV_SMALL_CTX
plugins_test_testd_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testd_la_LIBADD = $(TESTDRV_LIBADD)

plugins_test_testnosym_la_SOURCES = $(TESTDRV_SOURCES)
plugins_test_testnosym_la_CPPFLAGS = $(AM_CPPFLAGS) -DTESTDRV_PREFIX=testnosym \
	-DTESTDRV_MARKER=0xEE -DTESTDRV_CTX_SIZE=TESTDRV_SMALL_CTX -DTESTDRV_OMIT_MAC_VERIFY
plugins_test_testnosym_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testnosym_la_LIBADD = $(TESTDRV_LIBADD)

plugins_test_testkp_la_SOURCES = plugins/test/testkp.c
plugins_test_testkp_la_LDFLAGS = $(TESTDRV_LDFLAGS)
plugins_test_testkp_la_LIBADD = $(TESTDRV_LIBADD)
