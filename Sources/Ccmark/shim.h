// The only door to libcmark (Debian: libcmark-dev). Everything else goes through the Markdown module.
#include <cmark.h>
#include <stdlib.h>
