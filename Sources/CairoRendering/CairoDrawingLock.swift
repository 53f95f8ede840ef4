#if canImport(Glibc)
import Glibc
#endif

/// One thread at a time draws through Cairo in a process. Cairo 1.16 shares its font caches
/// between threads and crashed when two threads drew text at once (about one build in twenty
/// in a threaded prototype, and a test process running a library build beside a rendering
/// test). Every drawing entry point — a PDF page, its finish, an SVG, a PNG, a frame, glyph
/// outlines — takes this lock, and so do font metrics read through a layout (PangoCairo reads
/// them from the Cairo font); it is recursive, as an SVG draws outlines inside its own turn.
/// A build draws on one thread, so it never waits, and shaping on another thread needs no Cairo.
enum CairoDrawingLock {
    private static let mutex = RecursiveMutex()

    /// Runs `body` while no other thread draws.
    static func drawing<R>(_ body: () throws -> R) rethrows -> R {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    /// A pthread mutex that its holder may take again, owned by this class.
    private final class RecursiveMutex: @unchecked Sendable {
        // @unchecked: the pthread mutex is the synchronisation itself.
        private let handle = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

        init() {
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
            pthread_mutex_init(handle, &attributes)
            pthread_mutexattr_destroy(&attributes)
        }

        func lock() { pthread_mutex_lock(handle) }
        func unlock() { pthread_mutex_unlock(handle) }
    }
}
