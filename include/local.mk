## Public headers: under $(includedir)/kpsa so they never clash with another
## PSA implementation's /usr/include/psa.
kpsapsadir = $(includedir)/kpsa/psa
kpsapsa_HEADERS = \
	include/psa/crypto.h \
	include/psa/crypto_types.h \
	include/psa/crypto_values.h \
	include/psa/crypto_sizes.h \
	include/psa/crypto_struct.h

kpsaextdir = $(includedir)/kpsa/kpsa
kpsaext_HEADERS = \
	include/kpsa/kpsa.h \
	include/kpsa/driver.h
