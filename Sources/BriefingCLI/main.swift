import Briefing
import Foundation

// Before anything renders or any thread starts: fontconfig's process default becomes an empty
// configuration, so only the program's own font sets are ever consulted.
FontSet.isolateProcess()
// A full disk or a file-size limit must end in a write error we report, not in SIGXFSZ killing
// the process with its temporary files left behind.
signal(SIGXFSZ, SIG_IGN)
// A worker that dies before reading its request must not take the build down with it: the
// write fails with EPIPE, which the build reports, instead of SIGPIPE ending it.
signal(SIGPIPE, SIG_IGN)
BriefingCommand.main()
