#ifndef DEMARC_CSYSTEM_H
#define DEMARC_CSYSTEM_H

/// Linux calls that Swift's Glibc module does not import (they need _GNU_SOURCE or are variadic).

/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set;
/// ENOSYS or EINVAL mean the kernel or the file system cannot exchange, and the caller falls back.
int demarc_rename_exchange(const char *from, const char *to);

/// memmem(3): where `needle` first occurs in `haystack`, or NULL.
#include <stddef.h>
const void *demarc_memmem(const void *haystack, size_t haystack_length, const void *needle,
                          size_t needle_length);

/// Fixes glibc's threshold above which an allocation gets pages of its own (mallopt(3),
/// M_MMAP_THRESHOLD), which also stops glibc from raising it each time such a block is freed.
void demarc_fix_mmap_threshold(size_t bytes);

/// syncfs(2): writes out every file system buffer of the file system `descriptor` lies on. Returns
/// 0, or -1 with errno set.
int demarc_syncfs(int descriptor);

/// When the process allocates through jemalloc (looked up at run time, so a build without it
/// still links and runs), sets how long freed pages stay before they go back to the system, for
/// the first arena and every arena made later. Returns 1 when jemalloc took it, 0 without jemalloc.
int demarc_jemalloc_set_decay(long milliseconds);

#endif
