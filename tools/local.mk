## The kpsa command: tour, speed (and later drivers/which/check/keys).
bin_PROGRAMS += kpsa
kpsa_SOURCES = \
	tools/kpsa.c \
	tools/tool.h \
	tools/tour.c \
	tools/speed.c
kpsa_CFLAGS = $(AM_CFLAGS) $(LIBCRYPTO_CFLAGS)
kpsa_LDADD = libkpsa.la $(LIBCRYPTO_LIBS)
