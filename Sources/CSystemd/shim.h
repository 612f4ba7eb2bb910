#ifndef ZCD_CSYSTEMD_SHIM_H
#define ZCD_CSYSTEMD_SHIM_H
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/types.h>

/// Same layout as Linux `struct ucred` (SO_PEERCRED); Glibc's Swift module hides the original.
struct zc_ucred {
    pid_t pid;
    uid_t uid;
    gid_t gid;
};
#endif
