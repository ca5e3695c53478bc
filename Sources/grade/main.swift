import Foundation
import GradeCLI

let environment = Environment(
    stdout: FileDescriptorStream(fd: STDOUT_FILENO),
    stderr: FileDescriptorStream(fd: STDERR_FILENO),
    readStdin: { FileHandle.standardInput.readDataToEndOfFile() },
    variables: ProcessInfo.processInfo.environment,
    currentDirectory: FileManager.default.currentDirectoryPath)
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), environment: environment))
