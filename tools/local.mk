## The kpsa command: tour, speed (and later drivers/which/check/keys).
bin_PROGRAMS += kpsa
kpsa_SOURCES = \
	tools/kpsa.c \
	tools/tool.h \
	tools/tour.c \
	tools/speed.c \
	tools/speed.h \
	tools/speed_calls.c \
	tools/speed_asym.c \
	tools/speed_keys.c
kpsa_CFLAGS = $(AM_CFLAGS) $(LIBCRYPTO_CFLAGS)
kpsa_LDADD = libkpsa.la $(LIBCRYPTO_LIBS)
# kpsa speed --overhead: the cost of one more driver, measured in child processes.
kpsa_SOURCES += tools/overhead.c
# kpsa drivers, which, check.
kpsa_SOURCES += tools/drivers.c
# kpsa keys: the persistent keys; type and algorithm names from the library's
# formatter, which libkpsa does not export (compiled in, as the tests do).
kpsa_SOURCES += tools/keys.c lib/loader/algspec.c lib/loader/algspec.h
