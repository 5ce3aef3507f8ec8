dnl KPSA_PROBE_CFLAGS(VAR, FLAGS): append to VAR each flag in FLAGS that the C
dnl compiler accepts without a warning.
AC_DEFUN([KPSA_PROBE_CFLAGS], [
  for kpsa_flag in $2; do
    AC_MSG_CHECKING([whether $CC accepts $kpsa_flag])
    kpsa_save_CFLAGS=$CFLAGS
    CFLAGS="$CFLAGS -Werror $kpsa_flag"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
      [$1="$$1 $kpsa_flag"; AC_MSG_RESULT([yes])], [AC_MSG_RESULT([no])])
    CFLAGS=$kpsa_save_CFLAGS
  done
])

dnl KPSA_PROBE_LDFLAGS(VAR, FLAGS): same for linker flags.
AC_DEFUN([KPSA_PROBE_LDFLAGS], [
  for kpsa_flag in $2; do
    AC_MSG_CHECKING([whether the linker accepts $kpsa_flag])
    kpsa_save_LDFLAGS=$LDFLAGS
    LDFLAGS="$LDFLAGS $kpsa_flag"
    AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
      [$1="$$1 $kpsa_flag"; AC_MSG_RESULT([yes])], [AC_MSG_RESULT([no])])
    LDFLAGS=$kpsa_save_LDFLAGS
  done
])
