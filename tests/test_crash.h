/*
 * test_crash.h - what the parts of the crash test share (test_crash.c: the
 * writers killed one at a time and the check of the store; test_crash_race.c:
 * two writers racing for the same ids, killed; test_crash_tool.c: kpsa keys).
 *
 * Every key's type, size, usage, algorithm and (for imported keys) material
 * are a pure function of its id and of which writer made it, so that the
 * check needs nothing but the writers' reports.  Writers report on a pipe;
 * each report is one write(2) of less than PIPE_BUF bytes, hence atomic.
 */
#ifndef KPSA_TESTS_TEST_CRASH_H
#define KPSA_TESTS_TEST_CRASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <psa/crypto.h>

#define ID_BASE      0x00100000u /* ids of the one-at-a-time writers (user range) */
#define RACE_BASE    0x20000000u /* ids of the racing writers */
#define RACE_BLOCK   128u        /* ids per racing pair: more than they live to write */
#define MAX_MATERIAL 128u
#define MAX_DELAY_US 3000u /* kill delay after a writer is ready */

enum report_kind {
    R_READY = 1,  /* psa_crypto_init() succeeded */
    R_START,      /* about to create id (value: the writer's tag) */
    R_CREATED,    /* id created (material: a generated key's export) */
    R_DESTROYING, /* about to destroy id */
    R_DESTROYED,  /* id destroyed */
    R_ERROR,      /* value: the unexpected status of the call on id, length: which call */
    R_LOST        /* creating id gave PSA_ERROR_ALREADY_EXISTS (value: the tag) */
};

struct report {
    uint32_t kind;
    uint32_t id;
    int32_t value;
    uint32_t length;
    uint8_t material[32];
};

/* What the parent knows of an id of the one-at-a-time writers. */
enum id_state { S_UNUSED, S_STARTED, S_CREATED, S_DESTROYING, S_DESTROYED };

/* What the parent knows of an id the two racing writers (tags 0, 1) both try:
 * bit t of each mask for writer t. */
struct race_id {
    uint8_t started;
    uint8_t created;
    uint8_t lost;
    uint8_t present; /* the check found the key complete */
    uint8_t material[2][32]; /* reported material of generated keys */
};

/* The shape of a key: a pure function of its id (and of the writer's tag). */
struct key_spec {
    psa_key_type_t type;
    size_t bits;
    psa_key_usage_t usage;
    psa_algorithm_t alg;
    size_t length;  /* bytes of material (the export format) */
    bool generated; /* material unknown until reported */
    uint8_t material[MAX_MATERIAL];
};

struct crash_state {
    char *dir; /* the storage directory */
    uint64_t seed;
    unsigned cycles;     /* kills wanted of one-at-a-time writers */
    unsigned kills;
    unsigned in_create;  /* kills during a creation call, */
    unsigned in_destroy; /* during a destruction */
    unsigned exits;      /* writers that finished their block before the kill */
    uint32_t issued;     /* ids handed out: ID_BASE .. ID_BASE + issued - 1 */
    uint32_t capacity;   /* size of the tables below */
    uint8_t *state;      /* enum id_state per id */
    uint8_t *present;    /* 1: the check found the key complete */
    uint8_t (*generated)[32]; /* reported material of generated keys */
    uint32_t *live;      /* ids in S_CREATED */
    uint32_t live_count;
    int32_t *live_pos;   /* index in live, -1 */
    unsigned errors;     /* R_ERROR reports, protocol violations */
    unsigned created, destroyed, unreported, half_destroyed;
    bool cycles_done;
    bool checked;
    /* The racing writers. */
    unsigned race_pairs; /* pairs wanted */
    unsigned race_kills;
    uint32_t race_issued; /* ids handed out from RACE_BASE */
    struct race_id *race; /* race_capacity entries */
    uint32_t race_capacity;
    bool race_done;
    bool race_checked;
};

extern struct crash_state kc;

/* A number below bound from the run's seeded generator. */
uint64_t kc_rnd(uint64_t bound);

/* The key of id as writer `tag` makes it (tags differ only in material). */
void kc_spec_of(uint32_t id, unsigned tag, struct key_spec *k);

/* Writer side: one report (exits the writer when the pipe is gone). */
void kc_send(int fd, uint32_t kind, uint32_t id, int32_t value, const uint8_t *material,
             size_t length);

/* Writer side: create id as writer `tag`, reporting R_START before the call
 * and R_CREATED after its success.  Returns the status of the creation. */
psa_status_t kc_create_key(int fd, uint32_t id, unsigned tag);

/* Parent side: one whole report, false at end of file; wait up to 30 s for one. */
bool kc_read_report(int fd, struct report *r);
bool kc_wait_report(int fd, struct report *r);
void kc_pause_us(uint64_t us);

/* Parent side, after psa_crypto_init(): 1 when id is a key with the
 * attributes of kc_spec_of (its export in out, length bytes), 0 when there is
 * no key (PSA_ERROR_INVALID_HANDLE), -1 otherwise (reported on stderr). */
int kc_load(uint32_t id, uint8_t out[MAX_MATERIAL], size_t *length);

/* Whether the check found a complete key for an id the store lists. */
bool kc_found(uint32_t id);

/* Files of interrupted creations and destructions in the store; with_data:
 * those not yet overwritten with zeros. */
unsigned kc_count_leftovers(unsigned *with_data);

/* "<store>-<tag>", a directory next to the store (free() it). */
char *kc_sibling(const char *tag);

/* The tests of test_crash_race.c and test_crash_tool.c. */
void kc_test_race_cycles(void);
void kc_test_race_keys(void);
void kc_test_tool_agrees(void);
void kc_test_damaged_records(void);
void kc_test_tool_empty_store(void);
void kc_test_tool_refused_directory(void);

#endif /* KPSA_TESTS_TEST_CRASH_H */
