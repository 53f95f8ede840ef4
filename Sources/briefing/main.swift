import CairoRendering

// Before anything renders or any thread starts: fontconfig's process default becomes an empty
// configuration, so only the program's own font sets are ever consulted.
FontSet.isolateProcess()
Briefing.main()
