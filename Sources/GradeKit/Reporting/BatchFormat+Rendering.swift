extension BatchFormat {
    /// `result` written in this format, so the CLI needs no switch of its own.
    ///
    /// `color` only affects `text` (the other formats are for machines or for Markdown
    /// viewers). For `github` this is the workflow-command lines; the step summary is
    /// ``GitHubReporter/summaryMarkdown(_:)``, which the caller appends to
    /// `$GITHUB_STEP_SUMMARY` itself.
    public func render(_ result: BatchResult, color: Bool = false) -> String {
        switch self {
        case .text: return BatchTextReporter(color: color).render(result)
        case .json: return BatchJSONReporter().render(result)
        case .jsonl: return BatchJSONReporter().renderLines(result)
        case .csv: return BatchCSVReporter().render(result)
        case .junit: return JUnitReporter().render(result)
        case .github: return GitHubReporter().render(result)
        case .markdown: return BatchMarkdownReporter().render(result)
        }
    }
}
