import Briefing
import Foundation

// The engine finds the fonts installed beside the program (PREFIX/bin → PREFIX/share/briefing/fonts)
// from its first argument, which is a bare name when a shell found `briefing` on PATH: the fonts
// were then looked for under the current folder. Until the engine asks for the program's own path,
// the program starts itself again under that path (execv keeps the process, its environment and
// its open files); a path in the first argument, as every worker is started with, goes straight on.
if let first = CommandLine.arguments.first, !first.contains("/"), let executable = Bundle.main.executablePath {
    var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + CommandLine.arguments.dropFirst()).map { strdup($0) }
    argv.append(nil)
    execv(executable, argv)   // returns only if it failed; then go on as before
}

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
