/*
 * kpsa.c - the kpsa command: a table of subcommands and the common options.
 */
#include "config.h"

#include "tool.h"

#include <stdio.h>
#include <string.h>

#include <kpsa/kpsa.h>

/* Add a command here (and its handler in tool.h); usage and dispatch follow. */
static const struct tool_command commands[] = {
    {"tour", tool_tour, "",
     "show the driver chain and run a sample of checked operations"},
    {"speed", tool_speed, "[--check] [--asym] [-s seconds] [-a filter] [--overhead dir]"
              " [--driver-path dir] [sizes...]",
     "measure kpsa against raw OpenSSL EVP, like openssl speed"},
    {"drivers", tool_drivers, "",
     "list the drivers found, loaded or rejected, and their capabilities"},
    {"which", tool_which, "[-l location] <entry_point> <algorithm> [<key type> <bits>]",
     "show the drivers a call is offered to, in order"},
    {"check", tool_check, "<manifest>...", "validate driver manifests without loading them"},
    {"keys", tool_keys, "[--check]",
     "list the persistent keys (never their material); --check verifies every record"},
};

#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *out)
{
    fprintf(out, "usage: kpsa <command> [arguments]\n"
                 "       kpsa --help | --version\n"
                 "       kpsa <command> --help\n\ncommands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++) {
        fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].help);
    }
    fprintf(out, "\nSee kpsa(1) for details.\n");
}

static void command_usage(const struct tool_command *command)
{
    printf("usage: kpsa %s%s%s\n  %s\n", command->name, command->synopsis[0] != '\0' ? " " : "",
           command->synopsis, command->help);
}

static const struct tool_command *find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++) {
        if (strcmp(commands[i].name, name) == 0) {
            return &commands[i];
        }
    }
    return NULL;
}

static int is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

psa_status_t tool_init(const char *command)
{
    psa_status_t status = psa_crypto_init();

    if (status != PSA_SUCCESS) {
        fprintf(stderr, "kpsa %s: psa_crypto_init failed: %s\n", command,
                kpsa_status_name(status));
    }
    return status;
}

int main(int argc, char **argv)
{
    const struct tool_command *command = NULL;

    if (argc < 2) {
        usage(stderr);
        return TOOL_EXIT_USAGE;
    }
    if (is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return TOOL_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("kpsa %s\n", kpsa_version());
        return TOOL_EXIT_OK;
    }
    command = find_command(argv[1]);
    if (command == NULL) {
        fprintf(stderr, "kpsa: unknown command '%s'\n\n", argv[1]);
        usage(stderr);
        return TOOL_EXIT_USAGE;
    }
    if (argc > 2 && is_help(argv[2])) {
        command_usage(command);
        return TOOL_EXIT_OK;
    }
    return command->run(argc - 1, argv + 1);
}
