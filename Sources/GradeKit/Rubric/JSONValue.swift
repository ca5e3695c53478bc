/// A 1-based line and column (column counted in Unicode scalars) in a source text.
///
/// Columns count scalars rather than bytes or grapheme clusters so that a position
/// stays stable whatever the editor's notion of a "character" is, and a tab counts as
/// one column. A UTF-8 byte order mark at the start of a file is not counted.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number; CRLF, LF and a lone CR each end one line.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location as `line:column`, ready to follow a file path in a diagnostic.
    public var description: String { "\(line):\(column)" }

    /// Orders locations as they appear in the source, so diagnostics can be sorted.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A parsed JSON value together with where it starts in the source.
public struct JSONNode: Sendable, Equatable {
    /// The value, whose nested nodes carry their own locations.
    public var value: JSONValue
    /// Where the value's first character is: the quote of a string, the bracket of a
    /// container, the sign or first digit of a number.
    public var location: SourceLocation

    /// Creates a node from a value and the location where it starts.
    public init(value: JSONValue, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A JSON value as written in the source, with objects kept as ordered member lists.
public enum JSONValue: Sendable, Equatable {
    /// The literal `null`.
    case null
    /// The literals `true` and `false`.
    case bool(Bool)
    /// Any JSON number, converted to the nearest `Double`.
    case number(Double)
    /// A string with every escape resolved.
    case string(String)
    /// An array's elements in source order.
    case array([JSONNode])
    /// An object's members in source order, duplicates included.
    case object([JSONMember])

    /// The JSON type name a user would recognise in a message: "object", "array",
    /// "string", "number", "boolean" or "null".
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// One member of an object, in source order (duplicates are kept so a linter can report them).
public struct JSONMember: Sendable, Equatable {
    /// The key with every escape resolved.
    public var key: String
    /// Where the key's opening quote is.
    public var keyLocation: SourceLocation
    /// The member's value.
    public var value: JSONNode

    /// Creates a member from its key, the key's location and its value.
    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

extension JSONNode {
    /// The JSON type name of the value: "object", "array", "string", "number",
    /// "boolean" or "null".
    public var typeName: String { value.typeName }

    /// The first member named `key`, or `nil` when the node is not an object or has
    /// no such member. The first wins so that a later duplicate, which a linter
    /// reports, cannot silently override what the author saw first.
    public func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// The members in source order, or `nil` when the node is not an object.
    public var members: [JSONMember]? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// The elements in source order, or `nil` when the node is not an array.
    public var elements: [JSONNode]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    /// The string, or `nil` when the node is not a string.
    public var stringValue: String? {
        guard case .string(let string) = value else { return nil }
        return string
    }

    /// The number, or `nil` when the node is not a number.
    public var numberValue: Double? {
        guard case .number(let number) = value else { return nil }
        return number
    }

    /// The number as an `Int`, or `nil` when the node is not a number or the number
    /// has a fraction or does not fit; `3.0` and `3e0` count as the integer 3.
    public var intValue: Int? {
        // Range check and truncation instead of `Int(exactly:)`, which needs libm and
        // so fails to link on Linux in a binary that does not import Foundation.
        guard case .number(let number) = value, number >= -0x1p63, number < 0x1p63 else { return nil }
        let integer = Int(number)
        return Double(integer) == number ? integer : nil
    }

    /// The boolean, or `nil` when the node is not `true` or `false`.
    public var boolValue: Bool? {
        guard case .bool(let bool) = value else { return nil }
        return bool
    }

    /// Whether the node is the literal `null`.
    public var isNull: Bool { value == .null }
}
