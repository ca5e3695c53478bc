import Foundation

/// A lock any number of readers hold at once, or one writer alone: for tables that many
/// threads read on every word and write only when they meet a word for the first time, so
/// the readers do not wait on one another once the table is warm.
final class ReadWriteLock: @unchecked Sendable {
    // The pthread lock lives at a fixed address of its own, as pthreads require; it is only
    // touched through the pthread calls, which is what makes the class Sendable.
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deinitialize(count: 1)
        lock.deallocate()
    }

    /// Takes the lock for reading, alongside other readers.
    func lockForReading() { pthread_rwlock_rdlock(lock) }

    /// Takes the lock for writing, once no reader or writer holds it.
    func lockForWriting() { pthread_rwlock_wrlock(lock) }

    /// Lets go of the lock, however it was taken.
    func unlock() { pthread_rwlock_unlock(lock) }
}
