#ifndef BRIEFING_BUILD_INFO_H
#define BRIEFING_BUILD_INFO_H

// The git commit the program was built from, kept in a C target of its own: `make build`
// writes the commit into a header only this target reads, so a new commit recompiles one
// C file and relinks, instead of changing a flag every Swift module is compiled with.

/// The abbreviated commit the program was built from, or "" when it was built without
/// `make` stamping one (a plain `swift build`, or a source tree outside git).
const char *briefing_build_commit(void);

#endif
