import Foundation

/// Where a command writes, and whether that place is a terminal.
public protocol OutputStream: AnyObject, Sendable {
    /// Writes `text` as is.
    func write(_ text: String)
    /// Whether the stream is an interactive terminal (decides colour and progress).
    var isTerminal: Bool { get }
}

/// The streams and environment a command runs with; tests pass their own.
public struct Environment: Sendable {
    /// Standard output: data.
    public var stdout: OutputStream
    /// Standard error: diagnostics.
    public var stderr: OutputStream
    /// Reads all of standard input.
    public var readStdin: @Sendable () -> Data
    /// Environment variables.
    public var variables: [String: String]
    /// The directory relative paths are resolved against.
    public var currentDirectory: String

    /// Creates an environment.
    public init(
        stdout: OutputStream, stderr: OutputStream, readStdin: @escaping @Sendable () -> Data, variables: [String: String],
        currentDirectory: String
    ) {
        self.stdout = stdout
        self.stderr = stderr
        self.readStdin = readStdin
        self.variables = variables
        self.currentDirectory = currentDirectory
    }
}

/// A file-descriptor stream (standard output or error of the process).
public final class FileDescriptorStream: OutputStream {
    private let handle: FileHandle
    /// Whether the descriptor is a terminal.
    public let isTerminal: Bool

    /// Wraps descriptor `fd`.
    public init(fd: Int32) {
        self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        self.isTerminal = isatty(fd) == 1
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// A stream that collects what is written, for tests.
public final class BufferStream: OutputStream, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    /// What the stream claims to be.
    public let isTerminal: Bool

    /// Creates an empty buffer.
    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    /// Appends `text`.
    public func write(_ text: String) {
        lock.lock()
        buffer += text
        lock.unlock()
    }

    /// Everything written so far.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}
