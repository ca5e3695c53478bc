import Foundation

/// Writing report files: atomically, relative paths against the command's directory.
enum FileOutput {
    /// `path` as an absolute path, relative ones resolved against the current directory.
    static func absolute(_ path: String, environment: Environment) -> String {
        path.hasPrefix("/") ? path : (environment.currentDirectory as NSString).appendingPathComponent(path)
    }

    /// Writes atomically: to a temporary file beside the target, then renamed over it, so
    /// an interrupted run never leaves a truncated report.
    static func write(_ text: String, to path: String, environment: Environment) throws(CLIError) {
        let full = absolute(path, environment: environment)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError("\(path): is a directory; give a file name for the report")
        }
        let parent = (full as NSString).deletingLastPathComponent
        let shownParent = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            throw CLIError("\(path): cannot write report: no directory \(shownParent)")
        }
        if !isDirectory.boolValue {
            throw CLIError("\(path): cannot write report: \(shownParent) is a file, not a directory")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write report (\(reason(error)))")
        }
    }

    /// What went wrong, in the words of the system call when there is one ("Permission
    /// denied", "No space left on device") rather than Foundation's generic sentence.
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteNoPermission: return String(cString: strerror(EACCES))
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
        default: return error.localizedDescription
        }
    }

    /// Creates the directory `path` and its parents when missing; an existing file there is an error.
    static func makeDirectory(_ path: String, environment: Environment) throws(CLIError) {
        let full = absolute(path, environment: environment)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("\(path): exists and is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        } catch {
            throw CLIError("\(path): cannot create the directory (\(error.localizedDescription))")
        }
    }
}
