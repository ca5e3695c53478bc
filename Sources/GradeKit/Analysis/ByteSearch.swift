import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` in `range` of these bytes, or `range.upperBound` when
    /// none is there. Found by `memchr`, which reads many bytes per instruction: Markdown
    /// reading and sentence splitting look for ASCII line breaks, tabs and terminators this
    /// way instead of testing every byte of the answer.
    func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int {
        guard let base = baseAddress, !range.isEmpty,
            let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return range.upperBound }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
