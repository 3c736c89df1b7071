import Domain
import Testing

/// The reading rules every check shares.
@Suite struct TypedTextTests {
    @Test(arguments: [
        (0xFF00, false), (0xFF01, true), (0xFF21, true), (0xFF5E, true), (0xFF5F, false),
        (0x3000, true), (0x0020, false), (0x0041, false), (0xFF61, false), (0x30A2, false),
    ] as [(UInt32, Bool)])
    func fullWidthFormsAreTheRangeAndTheIdeographicSpace(value: UInt32, expected: Bool) {
        #expect(TypedText.isFullWidthForm(Unicode.Scalar(value)!) == expected)
        #expect(TypedText(String(Character(Unicode.Scalar(value)!))).hasFullWidthForm == expected)
    }

    @Test(arguments: [(" ", true), ("\t", true), ("\u{3000}", true), ("a", false), ("\u{00A0}", false), ("\n", false)])
    func spacesAreSpaceTabAndIdeographicSpace(text: String, expected: Bool) {
        #expect(TypedText.isSpace(text.unicodeScalars.first!) == expected)
    }

    @Test func normalizedIsNFKC() {
        #expect(TypedText("ＡＢ１２３４５").normalized == "AB12345")
        #expect(TypedText("a\u{3000}b").normalized == "a b")
        #expect(TypedText("ﬁ①").normalized == "fi1")
    }

    @Test(arguments: [
        ("ab", false, false, "ab", "ab"),
        (" ab", true, false, "ab", "ab"),
        ("ab\t", true, false, "ab", "ab"),
        ("a b", false, true, "a b", "ab"),
        ("\u{3000}a\u{3000}b\u{3000}", true, true, "a b", "ab"),
        ("a\u{00A0}b", false, true, "a b", "ab"),
        ("   ", true, false, "", ""),
        ("", false, false, "", ""),
    ])
    func whiteSpaceIsReadFromTheNormalisedText(text: String, surrounding: Bool, inner: Bool, trimmed: String, without: String) {
        let typed = TypedText(text)
        #expect(typed.hasSurroundingSpace == surrounding)
        #expect(typed.hasInnerSpace == inner)
        #expect(typed.trimmed == trimmed)
        #expect(typed.withoutSpaces == without)
    }
}
