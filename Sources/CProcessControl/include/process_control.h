#ifndef BRIEFING_PROCESS_CONTROL_H
#define BRIEFING_PROCESS_CONTROL_H

// prctl is variadic, which Swift cannot call; this is its one use, behind a plain function.

/// Asks the kernel to kill this process with SIGKILL when the thread that started it ends
/// (Linux); returns 0 on success, -1 where unsupported.
int briefing_die_with_parent(void);

#endif
