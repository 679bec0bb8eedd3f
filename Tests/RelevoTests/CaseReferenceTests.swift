import Testing
@testable import RelevoUnderstanding

/// A case's reference as customers copy it, told from times, units, amounts and order numbers.
@Suite struct CaseReferenceTests {
    @Test(arguments: [
        ("the reference is R-DXRHQ5", "R-DXRHQ5"),
        ("es la INC0012345", "INC0012345"),
        ("following up on complaint ref CMP-5589.", "CMP-5589"),
        ("el meu cas és el r-7usm4h", "r-7usm4h"),
    ])
    func aReferenceIsFound(_ text: String, _ reference: String) {
        #expect(CaseReference.find(in: text) == reference)
    }

    @Test(arguments: [
        "where is my order 4471?", "call me at 17h30", "I pay for 300MBPS and get 20", "a 50EUR charge", "open 9am-5pm?",
        "my 4G is rubbish", "call 612-345-678", "hola", "ABC-DEF",
    ])
    func otherTokensAreNot(_ text: String) {
        #expect(CaseReference.find(in: text) == nil, "\(text)")
    }
}
