#define _GNU_SOURCE
#include "CSystem.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/syscall.h>
#include <string.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int demarc_rename_exchange(const char *from, const char *to) {
#ifdef SYS_renameat2
  return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
  errno = ENOSYS;
  return -1;
#endif
}

const void *demarc_memmem(const void *haystack, size_t haystack_length, const void *needle,
                          size_t needle_length) {
  return memmem(haystack, haystack_length, needle, needle_length);
}

int demarc_syncfs(int descriptor) {
#ifdef __linux__
  return syncfs(descriptor);
#else
  // No syncfs elsewhere: sync(2) writes out every file system, which covers this one.
  (void)descriptor;
  sync();
  return 0;
#endif
}

void demarc_fix_mmap_threshold(size_t bytes) {
#ifdef M_MMAP_THRESHOLD
  mallopt(M_MMAP_THRESHOLD, (int)bytes);
#endif
}

typedef int (*demarc_mallctl)(const char *name, void *old, size_t *old_length, void *new_value,
                              size_t new_length);

int demarc_jemalloc_set_decay(long milliseconds) {
  demarc_mallctl mallctl = (demarc_mallctl)dlsym(RTLD_DEFAULT, "mallctl");
  if (mallctl == NULL) return 0;
  ssize_t value = (ssize_t)milliseconds;
  int later = mallctl("arenas.dirty_decay_ms", NULL, NULL, &value, sizeof value);
  int first = mallctl("arena.0.dirty_decay_ms", NULL, NULL, &value, sizeof value);
  return later == 0 && first == 0;
}
