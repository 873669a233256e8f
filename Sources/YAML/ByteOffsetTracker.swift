/// Maps libyaml's mark indexes, which count characters, to byte offsets in the UTF-8 input, so
/// that document sizes can be measured in bytes. Marks arrive in increasing order, so the walk is
/// linear over the whole input.
struct ByteOffsetTracker {
    private let input: UnsafeBufferPointer<UInt8>
    /// Where character 0 starts: libyaml skips a byte order mark without counting it.
    private let start: Int
    private var character = 0
    private var byte: Int

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        byte = start
    }

    mutating func byteOffset(ofCharacter index: Int) -> Int {
        if index < character {
            character = 0
            byte = start
        }
        while character < index, byte < input.count {
            byte += 1
            while byte < input.count, input[byte] & 0xC0 == 0x80 { byte += 1 }
            character += 1
        }
        return byte
    }
}
