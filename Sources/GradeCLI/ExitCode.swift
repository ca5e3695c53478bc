/// The process exit codes of PRODUCT.md.
public enum ExitCode: Int32, Sendable {
    /// Graded (and at or above `--fail-under`, when given).
    case success = 0
    /// Graded, but below `--fail-under`.
    case belowThreshold = 1
    /// Usage error or bad input.
    case usageOrInput = 2
}
