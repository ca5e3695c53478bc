import Foundation
import Testing

@testable import GradeKit

@Suite struct HTMLIndexReporterTests {
    let result = BatchFixture.result

    var files: [HTMLReportSet.File] { HTMLReportSet.files(for: result) }
    var index: String { files.last?.contents ?? "" }

    @Test func indexMatchesGolden() throws {
        try Golden.check(index, file: "batch-index.html")
    }

    @Test func onePagePerGradedAnswerThenTheIndex() {
        #expect(files.map(\.name) == [
            "answers-img-src-x-onerror-alert-1-pipes.html", "answers-alice.html", "answers-backup-carol.html", "answers-bob.html",
            "index.html",
        ])
        for file in files.dropLast() {
            #expect(file.contents.contains("<a href=\"index.html\">← All answers</a>"))
        }
        #expect(HTMLReportSet.files(for: BatchFixture.result) == files, "same batch, same files")
    }

    @Test func everyFileIsWellFormedAndSelfContained() {
        for file in files {
            let walker = XMLWalker.parse(file.contents)
            #expect(walker.error == nil, "\(file.name): \(walker.error ?? "")")
            let lowered = file.contents.lowercased()
            for forbidden in ["http://", "https://", "<script", "@import", "url(", "src=\"", "href=\"//"] {
                #expect(!lowered.contains(forbidden), "\(file.name) contains \(forbidden)")
            }
            #expect(walker.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") } })
            #expect(walker.all("h1").count == 1)
        }
    }

    @Test func indexListsEveryAnswerByScoreWithLinks() throws {
        let walker = XMLWalker.parse(index)
        let links = walker.all("a").compactMap { $0.attributes["href"] }
        #expect(links == ["answers-alice.html", "answers-backup-carol.html", "answers-img-src-x-onerror-alert-1-pipes.html", "answers-bob.html"])
        for item in result.items {
            #expect(walker.text.contains(item.path), "\(item.path) listed")
        }
        #expect(walker.text.contains(BatchFixture.errorMessage.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}").replacingOccurrences(of: "\u{1B}", with: "\u{FFFD}").replacingOccurrences(of: "\u{07}", with: "\u{FFFD}")))
        // Scores appear highest first.
        let scores = ["100.0", "65.0", "52.5", "7.5"].compactMap { index.range(of: "<strong>\($0)</strong>")?.lowerBound }
        #expect(scores.count == 4 && scores == scores.sorted())
        #expect(walker.all("svg").count == 1)
        #expect(walker.all("svg").first?.attributes["aria-label"]?.hasPrefix("Answers per score range: 0–9: 1,") == true)
    }

    @Test func rulesMostOftenMissed() {
        let ranking = MissedRule.ranking(result)
        #expect(ranking.first?.title == "Database read replicas")
        #expect(ranking.first?.missing == 2 && ranking.first?.answers == 3)
        #expect(ranking.first { $0.id == "general.trade-offs" }?.scenario == nil)
        #expect(ranking.first { $0.id == "backup.offsite" } == nil, "carol addressed it")
        for (earlier, later) in zip(ranking, ranking.dropFirst()) { #expect(earlier.missing >= later.missing) }
        #expect(index.contains("<th scope=\"row\">Database read replicas</th><td data-label=\"scenario\">demo</td><td class=\"num\" data-label=\"missed by\">2 of 3 (67%)</td>"))
        #expect(MissedRule.ranking(result, limit: 1).count == 1)
    }

    @Test func anEmptyBatchStillMakesAnIndex() {
        let empty = BatchResult(items: [], skipped: [], gates: .init())
        let files = HTMLReportSet.files(for: empty)
        #expect(files.map(\.name) == ["index.html"])
        #expect(XMLWalker.parse(files[0].contents).error == nil)
        #expect(files[0].contents.contains("No answers were graded."))
    }
}
