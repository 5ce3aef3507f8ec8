/*
 * status.c - names of PSA status codes (one list, used by tools, traces and tests).
 */
#include "config.h"

#include <stddef.h>

#include <kpsa/kpsa.h>

#define STATUS(name) {name, #name}

static const struct {
    psa_status_t status;
    const char *name;
} status_names[] = {
    STATUS(PSA_SUCCESS),
    STATUS(PSA_ERROR_GENERIC_ERROR),
    STATUS(PSA_ERROR_NOT_SUPPORTED),
    STATUS(PSA_ERROR_NOT_PERMITTED),
    STATUS(PSA_ERROR_BUFFER_TOO_SMALL),
    STATUS(PSA_ERROR_ALREADY_EXISTS),
    STATUS(PSA_ERROR_DOES_NOT_EXIST),
    STATUS(PSA_ERROR_BAD_STATE),
    STATUS(PSA_ERROR_INVALID_ARGUMENT),
    STATUS(PSA_ERROR_INSUFFICIENT_MEMORY),
    STATUS(PSA_ERROR_INSUFFICIENT_STORAGE),
    STATUS(PSA_ERROR_COMMUNICATION_FAILURE),
    STATUS(PSA_ERROR_STORAGE_FAILURE),
    STATUS(PSA_ERROR_HARDWARE_FAILURE),
    STATUS(PSA_ERROR_CORRUPTION_DETECTED),
    STATUS(PSA_ERROR_INSUFFICIENT_ENTROPY),
    STATUS(PSA_ERROR_INVALID_SIGNATURE),
    STATUS(PSA_ERROR_INVALID_PADDING),
    STATUS(PSA_ERROR_INSUFFICIENT_DATA),
    STATUS(PSA_ERROR_SERVICE_FAILURE),
    STATUS(PSA_ERROR_DATA_CORRUPT),
    STATUS(PSA_ERROR_DATA_INVALID),
    STATUS(PSA_ERROR_INVALID_HANDLE),
    STATUS(PSA_OPERATION_INCOMPLETE),
};

const char *kpsa_status_name(psa_status_t status)
{
    for (size_t i = 0; i < sizeof(status_names) / sizeof(status_names[0]); i++) {
        if (status_names[i].status == status) {
            return status_names[i].name;
        }
    }
    return "PSA_ERROR_<unknown>";
}
