/// Number formats shared by the batch reporters, so a score reads the same in every one.
enum BatchFigures {
    /// One decimal place, always shown: `72.5`, `80.0`, `0.0`; `-` for NaN or infinity.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        guard abs(value) < 1e15 else { return value.description }  // Int() would trap
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A 0–100 share with one decimal and a percent sign: `66.7%`.
    static func percent(_ value: Double) -> String {
        oneDecimal(value) + "%"
    }

    /// `value` rounded to one decimal, for JSON.
    static func rounded(_ value: Double) -> Double {
        value.isFinite ? (value * 10).rounded() / 10 : value
    }
}
