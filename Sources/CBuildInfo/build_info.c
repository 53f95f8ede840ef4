#include "build_info.h"

// scripts/stamp-commit.sh (run by `make build`, `make test` and `make dist`) writes the
// commit into the build folder; a plain `swift build` has no such file and the commit is unknown.
#if __has_include("../../.build/briefing-commit.h")
#include "../../.build/briefing-commit.h"
#endif

#ifndef BRIEFING_COMMIT
#define BRIEFING_COMMIT ""
#endif

const char *briefing_build_commit(void) { return BRIEFING_COMMIT; }
