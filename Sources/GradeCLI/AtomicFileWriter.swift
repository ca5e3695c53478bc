import Foundation

/// Writes a set of files so that none is ever seen half-written: every file goes to a
/// temporary file beside its target first, and only when all of them are written are they
/// renamed into place. A failure before the renames removes the temporary files and leaves
/// the targets as they were.
struct AtomicFileWriter {
    /// One file to write: where (as the user will see it, and in full) and what.
    struct File {
        var display: String
        var path: String
        var bytes: [UInt8]
    }

    func write(_ files: [File]) throws(CLIError) {
        var staged: [(temporary: String, file: File)] = []
        let cleanUp = {
            for entry in staged { try? FileManager.default.removeItem(atPath: entry.temporary) }
        }
        for file in files {
            let directory = (file.path as NSString).deletingLastPathComponent
            let name = (file.path as NSString).lastPathComponent
            let temporary = (directory as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
            } catch {
                cleanUp()
                throw CLIError("\(file.display): cannot write (\(FileOutput.reason(error))); nothing was written")
            }
            staged.append((temporary, file))
        }
        for (index, entry) in staged.enumerated() {
            if rename(entry.temporary, entry.file.path) != 0 {
                let reason = String(cString: strerror(errno))
                for later in staged[index...] { try? FileManager.default.removeItem(atPath: later.temporary) }
                let done = staged[..<index].map(\.file.display)
                let written = done.isEmpty ? "nothing was written" : "already written: \(done.joined(separator: ", "))"
                throw CLIError("\(entry.file.display): cannot write (\(reason)); \(written)")
            }
        }
    }
}
