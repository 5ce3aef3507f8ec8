/*
 * tool.h - the parts of the kpsa command shared by its subcommands.
 *
 * The kpsa command is a thin front end: tools/kpsa.c holds the command table
 * and the option handling common to every command; each subcommand lives in
 * its own file (tour.c, speed.c, ...) and exports one handler with the
 * signature of tool_command_fn.  Adding a command is one new file, one
 * declaration here and one row in the table of kpsa.c.
 *
 * Handlers use only the public API (<psa/crypto.h>, <kpsa/kpsa.h>), plus
 * libcrypto for the raw baselines of "kpsa speed" and the library's name
 * formatter (lib/loader/algspec.c, compiled in) for "kpsa keys".
 */
#ifndef KPSA_TOOLS_TOOL_H
#define KPSA_TOOLS_TOOL_H

#include <stdbool.h>
#include <stddef.h>

#include <psa/crypto.h>

/* Exit statuses shared by every command (documented in kpsa(1)). */
enum {
    TOOL_EXIT_OK = 0,      /* the command did what was asked */
    TOOL_EXIT_FAILURE = 1, /* a check failed or the library reported an error */
    TOOL_EXIT_USAGE = 2    /* bad command line */
};

/*
 * A subcommand handler.
 *   [in] argc, argv  the command's own arguments: argv[0] is the command name
 *                    ("tour"), argv[1..argc-1] its options and operands.
 * Returns one of the TOOL_EXIT_* values; prints its own diagnostics on
 * stderr, prefixed with "kpsa <command>: ".
 */
typedef int tool_command_fn(int argc, char **argv);

/* One row of the command table in kpsa.c. */
struct tool_command {
    const char *name;      /* what the user types, e.g. "tour" */
    tool_command_fn *run;  /* the handler */
    const char *synopsis;  /* arguments, for the usage text, e.g. "[-s secs] [sizes...]" */
    const char *help;      /* one line for "kpsa --help" */
};

/* The subcommands (one file each). */
tool_command_fn tool_tour;
tool_command_fn tool_speed;
tool_command_fn tool_drivers; /* drivers.c: kpsa drivers */
tool_command_fn tool_which;   /* drivers.c: kpsa which */
tool_command_fn tool_check;   /* drivers.c: kpsa check */
tool_command_fn tool_keys;    /* keys.c: kpsa keys */

/*
 * tool_speed_rate - time one "kpsa speed" descriptor at one input size,
 * through the public API only (no EVP baselines).
 *   [in]  name     the descriptor's name, e.g. "SHA-256", "HMAC-SHA-256".
 *   [in]  size     input bytes.
 *   [in]  seconds  how long to time it, after a warm-up.
 *   [out] rate     calls per second of the fastest slice; 0 on failure.
 *   [out] driver   prefix of the driver that served the last call (or NULL).
 * Needs psa_crypto_init().  Returns 0, -1 (unknown name or setup failed,
 * reported on stderr) or the PSA status of the first failing call.
 */
int tool_speed_rate(const char *name, size_t size, double seconds, double *rate,
                    const char **driver);

/*
 * tool_speed_overhead - "kpsa speed --overhead dir" (overhead.c): the cost
 * per call of one more driver in the chain, measured with the pass-through
 * driver whose manifest and module are in dir.
 *   [in] seconds  timing per configuration and call.
 *   [in] check    fail (TOOL_EXIT_FAILURE) when the target is missed.
 * Must run before psa_crypto_init(): every configuration is measured in a
 * child process with its own chain.  Returns a TOOL_EXIT_* value.
 */
int tool_speed_overhead(const char *dir, double seconds, bool check);

/*
 * tool_init - psa_crypto_init() with a diagnostic naming the command.
 *   [in] command  command name for the message.
 * Returns PSA_SUCCESS or the status of psa_crypto_init(), already reported
 * on stderr.
 */
psa_status_t tool_init(const char *command);

/*
 * tool_ignore - explicitly drop a status (e.g. of a clean-up abort or destroy
 * whose failure changes nothing); the API's functions warn on an unused result.
 */
static inline void tool_ignore(psa_status_t status)
{
    (void)status;
}

#endif /* KPSA_TOOLS_TOOL_H */
