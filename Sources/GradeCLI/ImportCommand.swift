import Foundation
import GradeKit

/// `grade import <scenarios.md> [--output DIR] [--force]`: one rubric file per scenario of a
/// Markdown document in the shape of the source `scenarios.md`.
enum ImportCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "output", short: "o", takesValue: true),
        .init(long: "force", short: nil, takesValue: false),
        .init(long: "help", short: "h", takesValue: false),
    ])

    /// Where the rubric schema goes, relative to the output directory, and how rubrics name it.
    static let schemaPath = "schema/rubric.schema.json"

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.importing)
            return .success
        }
        guard parsed.positionals.count == 1, let source = parsed.positionals.first else {
            throw CLIError("usage: grade import <scenarios.md> [--output DIR] [--force]", showHelpHint: true)
        }
        let output = parsed.values["output"] ?? "."
        let force = parsed.flags.contains("force")
        let text = try read(source, environment: environment)
        let known: RubricSet
        do {
            known = try RubricLoader.builtin()
        } catch {
            throw CLIError(error.description)
        }
        let result = ScenarioImporter(known: known).read(text, file: source == "-" ? "<stdin>" : source)
        // One problem is one line; more get a closing line that says nothing was written.
        let alone = result.diagnostics.count == 1 && result.hasErrors
        for diagnostic in result.diagnostics {
            let ending = alone ? "; nothing was written" : ""
            environment.stderr.write("grade: \(TerminalEscaping.line(diagnostic.description))\(ending)\n")
        }
        if result.hasErrors {
            let count = result.diagnostics.count { $0.severity == .error }
            if !alone { environment.stderr.write("grade: import: \(count) error\(count == 1 ? "" : "s"); nothing was written\n") }
            return .usageOrInput
        }
        let files = try plan(result.rubrics, output: output, force: force, environment: environment)
        try AtomicFileWriter().write(files)
        for (file, rubric) in zip(files, result.rubrics) {
            environment.stdout.write("wrote \(file.display) (\(rubric.rules.count) rule\(rubric.rules.count == 1 ? "" : "s"))\n")
        }
        for file in files.dropFirst(result.rubrics.count) { environment.stdout.write("wrote \(file.display)\n") }
        environment.stderr.write(
            "grade: import: the concepts are seeds from each item's words; add the ways engineers say it, then run 'grade lint \(output)'\n")
        return .success
    }

    /// The text of the document, refusing what is not a Markdown text file.
    static func read(_ source: String, environment: Environment) throws(CLIError) -> String {
        let name = source == "-" ? "<stdin>" : source
        let data: Data
        if source == "-" {
            data = environment.readStdin()
        } else {
            var isDirectory: ObjCBool = false
            let path = environment.path(source)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError("\(name): no such file") }
            guard !isDirectory.boolValue else { throw CLIError("\(name): is a directory (give the Markdown document)") }
            guard let contents = FileManager.default.contents(atPath: path) else { throw CLIError("\(name): cannot read file") }
            data = contents
        }
        guard data.count <= AnswerFile.maximumBytes else { throw CLIError("\(name): file is too large to be a scenario document") }
        if AnswerFile.looksBinary(data) { throw CLIError("\(name): looks like a binary file, not a Markdown scenario document") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Titles are copied verbatim into rubrics, so a guessed character would stick.
            let line = bytes.prefix { $0 != 0 }.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
            throw CLIError("\(name)\(line.map { ":\($0)" } ?? ""): not valid UTF-8; save the document as UTF-8")
        }
        return text
    }

    /// The files to write: every rubric, and the schema they name when it is not there yet.
    /// An existing rubric file is an error without `--force`, before anything is written.
    static func plan(_ rubrics: [Rubric], output: String, force: Bool, environment: Environment) throws(CLIError) -> [AtomicFileWriter.File] {
        let directory = environment.path(output)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIError("\(output): is a file, not a directory (--output names the directory to write rubrics to)")
        }
        var files: [AtomicFileWriter.File] = []
        var existing: [String] = []
        for rubric in rubrics {
            let name = "\(rubric.id).json"
            let path = (directory as NSString).appendingPathComponent(name)
            let display = (output as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { existing.append(display) }
            let text = RubricEncoder.encode(rubric, schema: schemaPath)
            do {
                // The importer's own output must load; anything else is a bug to report, not a file to write.
                _ = try RubricDecoder.scenario(Array(text.utf8), file: display)
            } catch {
                throw CLIError("\(error.description) (an imported rubric does not load; please report this)")
            }
            files.append(AtomicFileWriter.File(display: display, path: path, bytes: Array(text.utf8)))
        }
        if !existing.isEmpty && !force {
            let more = existing.count > 1 ? " and \(existing.count - 1) more" : ""
            throw CLIError("\(existing[0])\(more) already exist\(existing.count > 1 ? "" : "s"); use --force to replace \(existing.count > 1 ? "them" : "it") (nothing was written)")
        }
        let schema = (directory as NSString).appendingPathComponent(schemaPath)
        if force || !FileManager.default.fileExists(atPath: schema), let bytes = RubricLoader.schemaFiles.first(where: { $0.path == schemaPath })?.bytes {
            files.append(AtomicFileWriter.File(display: (output as NSString).appendingPathComponent(schemaPath), path: schema, bytes: bytes))
        }
        return files
    }
}
