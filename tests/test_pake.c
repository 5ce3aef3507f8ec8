/*
 * test_pake.c - PLACEHOLDER: the suites are being written.
 */
#include "testutil.h"

int main(int argc, char **argv)
{
    kt_skip("suites not written yet");
    return kt_run(argc, argv);
}
