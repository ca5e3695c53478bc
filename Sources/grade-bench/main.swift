import Foundation
import GradeKit

// grade-bench: reproducible performance figures for the release build.
//   swift run -c release grade-bench [--fixtures DIR] [--format text|json]
// The corpus is the bundled fixtures (nothing is downloaded); every figure comes from
// in-process timing with a monotonic clock.

let usage = """
    usage: grade-bench [--fixtures DIR] [--format text|json]

    Reproducible performance figures for the release build (swift run -c release grade-bench).
    The corpus is the labelled answers under DIR (default: Fixtures), graded against the
    built-in rubrics; nothing is downloaded. Reports throughput on one core stage by stage:
    a reference pass (find, fold, hash and count the words: the least a word-level pipeline
    does, for scale), reading (Markdown to sentence units), analysis (reading plus tokens)
    and grading (analysis plus matching and verdicts); then a batch of 5,000 answers with 1
    and 2 jobs, per-answer latency, scaling at 1x, 10x and 100x one answer's size, and peak
    memory. Takes about 15 seconds.

    options:
      --fixtures DIR        where the labelled answers are (default: Fixtures)
      --format text|json    plain text (default) or one JSON object
      -h, --help            this text

    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("grade-bench: \(message)\n".utf8))
    exit(2)
}

var fixtures = "Fixtures"
var json = false
var remaining = CommandLine.arguments.dropFirst()
while let argument = remaining.popFirst() {
    switch argument {
    case "-h", "--help":
        print(usage, terminator: "")
        exit(0)
    case "--fixtures":
        guard let value = remaining.popFirst() else { fail("--fixtures needs a directory") }
        fixtures = value
    case "--format":
        guard let value = remaining.popFirst(), value == "text" || value == "json" else {
            fail("--format needs text or json")
        }
        json = value == "json"
    default:
        fail("unknown argument '\(argument)' (see --help)")
    }
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Seconds of CPU time the calling thread has used: unlike ``now()``, it does not advance
/// while the thread waits for a core another process holds.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #endif
}

do {
    let answers = try FixtureSet.load(directory: fixtures)
    guard !answers.isEmpty else {
        fail("no labelled fixtures under \(fixtures)")
    }
    let rubrics = try RubricLoader.builtin()
    let grader = Grader(rubrics: rubrics)
    let compiled = Dictionary(uniqueKeysWithValues: rubrics.scenarios.map { ($0.id, grader.compile($0)) })
    let corpus: [(text: String, rubric: CompiledRubric)] = try answers.compactMap { answer in
        guard let rubric = compiled[answer.scenario] else { return nil }
        return (try String(contentsOfFile: answer.answerPath, encoding: .utf8), rubric)
    }
    let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }

    /// MB/s of `pass` over the whole corpus on this thread, repeated for about a second.
    func throughput(_ pass: () -> Void) -> Double {
        var bytes = 0
        let begin = now()
        while now() - begin < 1 {
            pass()
            bytes += corpusBytes
        }
        return Double(bytes) / 1_048_576 / (now() - begin)
    }

    // 1. Throughput on one core, stage by stage: the reference pass (the floor of any
    // word-level pipeline on this machine), reading (Markdown → blocks → sentence units),
    // analysis (reading plus every unit's tokens) and grading (analysis, matching, verdicts).
    var reference = ReferencePass()
    let corpusUTF8 = corpus.map { Array($0.text.utf8) }
    let referenceMBps = throughput {
        for bytes in corpusUTF8 { _ = bytes.withUnsafeBufferPointer { reference.run($0) } }
    }
    let readingMBps = throughput {
        for item in corpus { _ = SentenceSplitter().split(MarkdownReader().read(item.text)) }
    }
    let analysisMBps = throughput {
        for item in corpus { _ = item.rubric.analyzer.analyze(markdown: item.text) }
    }
    let gradingMBps = throughput {
        for item in corpus { _ = grader.grade(item.text, file: "", rubric: item.rubric) }
    }

    // 3. A batch of 5,000 answers, in memory, with 1 and 2 workers.
    let batch = (0..<5000).map { corpus[$0 % corpus.count] }
    func runBatch(jobs: Int) -> Double {
        let next = NSLock()
        nonisolated(unsafe) var index = 0
        let begin = now()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                next.lock()
                let mine = index
                index += 1
                next.unlock()
                guard mine < batch.count else { return }
                _ = grader.grade(batch[mine].text, file: "", rubric: batch[mine].rubric)
            }
        }
        return now() - begin
    }
    let batch1 = runBatch(jobs: 1)
    let batch2 = runBatch(jobs: 2)

    // 4. Per-answer latency.
    var latencies: [Double] = []
    for item in batch.prefix(2000) {
        let begin = now()
        _ = grader.grade(item.text, file: "", rubric: item.rubric)
        latencies.append((now() - begin) * 1000)
    }
    latencies.sort()
    let p50 = latencies[latencies.count / 2]
    let p99 = latencies[latencies.count * 99 / 100]

    // 5. Scaling: the same answer at 1x, 10x and 100x its size, timed in CPU time of this
    // thread, the fastest of several runs (100 at 1x, 10 at 10x, 5 at 100x). One wall-clock
    // run of the 100x answer against the mean of 100 runs at 1x measured the other processes
    // on a shared machine as much as the grader: it printed 120x, and 190x at a load of 3.4,
    // where CPU time gave 110x. CPU time leaves out the time the thread waits for a core, not
    // what the grader itself does (cache misses of a larger answer included), and every
    // factor is measured the same way, so a real super-linear cost still shows.
    let base = corpus.max { $0.text.utf8.count < $1.text.utf8.count } ?? corpus[0]
    var scaling: [(factor: Int, seconds: Double)] = []
    for factor in [1, 10, 100] {
        let text = String(repeating: base.text + "\n\n", count: factor)
        var fastest = Double.infinity
        for _ in 0..<max(5, 100 / factor) {
            let begin = threadCPUTime()
            _ = grader.grade(text, file: "", rubric: base.rubric)
            fastest = min(fastest, threadCPUTime() - begin)
        }
        scaling.append((factor, fastest))
    }

    let memory = peakMemoryMB()
    if json {
        let value = JSONOutput.object([
            ("corpus", .object([("answers", .int(corpus.count)), ("bytes", .int(corpusBytes))])),
            ("referencePassMBps", .number((referenceMBps * 100).rounded() / 100)),
            ("readingMBps", .number((readingMBps * 100).rounded() / 100)),
            ("analysisMBps", .number((analysisMBps * 100).rounded() / 100)),
            ("gradingMBps", .number((gradingMBps * 100).rounded() / 100)),
            ("batch5000", .object([
                ("jobs1Seconds", .number((batch1 * 1000).rounded() / 1000)),
                ("jobs2Seconds", .number((batch2 * 1000).rounded() / 1000)),
                ("jobs1AnswersPerSecond", .int(Int(5000 / batch1))),
                ("jobs2AnswersPerSecond", .int(Int(5000 / batch2))),
            ])),
            ("latencyMs", .object([("p50", .number((p50 * 1000).rounded() / 1000)), ("p99", .number((p99 * 1000).rounded() / 1000))])),
            ("scaling", .array(scaling.map { .object([("factor", .int($0.factor)), ("seconds", .number(($0.seconds * 10000).rounded() / 10000))]) })),
            ("peakMemoryMB", .number((memory * 10).rounded() / 10)),
        ])
        print(JSONWriter.write(value))
    } else {
        print("corpus            \(corpus.count) fixtures, \(corpusBytes) bytes")
        print(String(format: "reference pass    %.2f MB/s (one core: find, fold, hash and count words; nothing else)", referenceMBps))
        print(String(format: "reading           %.2f MB/s (one core: Markdown to sentence units)", readingMBps))
        print(String(format: "analysis          %.2f MB/s (one core: reading, then every unit's tokens)", analysisMBps))
        print(String(format: "grading           %.2f MB/s (one core, analysis + matching + verdicts)", gradingMBps))
        print(String(format: "batch of 5,000    %.3f s with 1 job (%d answers/s), %.3f s with 2 jobs (%d answers/s)", batch1, Int(5000 / batch1), batch2, Int(5000 / batch2)))
        print(String(format: "latency           p50 %.3f ms, p99 %.3f ms per answer", p50, p99))
        for entry in scaling {
            print(
                String(
                    format: "scaling %4dx     %.4f s CPU, fastest run (%.1fx the 1x time)", entry.factor, entry.seconds,
                    entry.seconds / scaling[0].seconds))
        }
        print(String(format: "peak memory       %.1f MB", memory))
    }
} catch {
    fail("\(error)")
}
