import Domain
import KnowledgeBase
import PropertyBased
import Testing

/// Generators of the inputs the checks read.
enum Inputs {
    /// A valid OMUID of form 1, 2 or 3 of `site.yaml`, with the form's number.
    static let omuid = zip(Gen.int(in: 1...3), Gen.letter.string(of: 3), Gen.number.string(of: 8)).map { form, letters, digits in
        let l = Array(letters), d = Array(digits)
        switch form {
        case 1: return (String([l[0], l[1]] + d[0..<5]), form)
        case 2: return (String([l[0]] + d[0..<2] + [l[1], l[2]] + d[2..<5]), form)
        default: return (String([l[0]] + d[0..<5] + [l[1]]), form)
        }
    }

    /// Base32 text as a setup key has it.
    static let base32 = Gen<Character?>.element(of: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")).map { $0! }.string(of: 16...32)

    /// Positions (as fractions of the length) where something is inserted.
    static let positions = Gen.double(in: 0...1).array(of: 1...5)

    /// Characters from every class the checks tell apart.
    static let mixed = Gen<Character?>.element(of: Array("aZ09 \t\u{3000}Ａｚ０@.-_=!é①ßｱ")).map { $0! }.string(of: 0...20)
}

extension String {
    /// `insert` put at each position strictly inside the text (never first or last).
    func inserting(_ insert: String, at fractions: [Double]) -> String {
        guard count >= 2 else { return self }
        var characters = Array(self)
        for fraction in fractions.sorted(by: >) {
            let index = 1 + Int(fraction * Double(count - 2))
            characters.insert(contentsOf: insert, at: min(index, characters.count - 1))
        }
        return String(characters)
    }
}

@Suite struct PropertyTests {
    let site = Fixtures.site

    @Test func anyValidOMUIDIsValidAndReportsItsForm() async {
        await propertyCheck(input: Inputs.omuid) { id, form in
            let report = OMUIDCheck.check(id, site: site)
            #expect(report.isClean)
            #expect(report.match?.number == form)
        }
    }

    @Test func anyValidOMUIDInFullWidthFormsGivesFullwidthAlone() async {
        await propertyCheck(input: Inputs.omuid) { id, form in
            let report = OMUIDCheck.check(id.fullWidth, site: site)
            #expect(report.codes == ["fullwidth"])
            #expect(report.match?.number == form)
        }
    }

    @Test func anyValidOMUIDWithSpacesInsideGivesInnerSpaceAlone() async {
        await propertyCheck(input: Inputs.omuid, Inputs.positions) { omuid, positions in
            #expect(OMUIDCheck.check(omuid.0.inserting(" ", at: positions), site: site).codes == ["inner_space"])
        }
    }

    @Test func anyBase32KeyWithSpacesInsideIsValid() async {
        await propertyCheck(input: Inputs.base32, Inputs.positions, Gen.bool) { key, positions, lower in
            let typed = (lower ? key.lowercased() : key).inserting(" ", at: positions)
            #expect(SetupKeyCheck.check(typed, site: site).isClean)
        }
    }

    @Test func anyBase32KeyWithASpaceInFrontGivesSurroundingSpaceAlone() async {
        await propertyCheck(input: Inputs.base32) { key in
            #expect(SetupKeyCheck.check(" " + key, site: site).codes == ["surrounding_space"])
        }
    }

    @Test func anyBase32KeyWithAForeignCharacterIsNotBase32() async {
        let foreign = Gen<Character?>.element(of: Array("0189-_!@#+/é")).map { $0! }
        await propertyCheck(input: Inputs.base32, foreign, Inputs.positions) { key, character, positions in
            #expect(SetupKeyCheck.check(key.inserting(String(character), at: positions), site: site).codes == ["not_base32"])
        }
    }

    @Test func anySixDigitsAreAOneTimePasswordAndTheirFullWidthFormGivesFullwidthAlone() async {
        await propertyCheck(input: Gen.number.string(of: 6), Inputs.positions) { digits, positions in
            #expect(OneTimePasswordCheck.check(digits.inserting(" ", at: positions), site: site).isClean)
            #expect(OneTimePasswordCheck.check(digits.fullWidth, site: site).codes == ["fullwidth"])
        }
    }

    @Test func anyOtherNumberOfDigitsIsNotSixDigits() async {
        await propertyCheck(input: Gen.number.string(of: 0...12).filter { $0.count != 6 }) { digits in
            #expect(OneTimePasswordCheck.check(digits, site: site).codes == ["not_six_digits"])
        }
    }

    @Test func anyRulePasswordIsValidAndItsFullWidthFormGivesFullwidthAlone() async {
        let printable = Gen<Character>.character(in: "!"..."~").string(of: 0...12)
        await propertyCheck(input: Gen.uppercaseLetter, Gen.lowercaseLetter, Gen.number, printable) { upper, lower, digit, rest in
            let password = String(upper) + rest + String(lower) + String(digit)
            #expect(PasswordCheck.check(password, confirmation: password, site: site).isClean)
            #expect(PasswordCheck.check(password.fullWidth, site: site).codes == ["fullwidth"])
            #expect(PasswordCheck.check(password, confirmation: password + "x", site: site).codes == ["confirmation_mismatch"])
        }
    }

    @Test func theLocalPartLengthDecidesLocalPartLength() async {
        await propertyCheck(input: Gen.letterOrNumber.string(of: 1...40)) { local in
            let report = RecoveryEmailCheck.check(local + "@example.ne.jp", site: site)
            #expect(report.codes == ((3...30).contains(local.count) ? [] : ["local_part_length"]))
        }
    }

    @Test func anySubDomainOfTheUniversityIsAUniversityAddress() async {
        await propertyCheck(input: Gen.lowercaseLetter.string(of: 1...10), Gen.bool) { label, upper in
            let domain = "\(label).omu.ac.jp"
            #expect(RecoveryEmailCheck.check("taro.yamada@" + (upper ? domain.uppercased() : domain), site: site).codes == ["university_address"])
        }
    }

    @Test func aCodeIsExpiredExactlyWhenOlderThanTheValidity() async {
        await propertyCheck(input: Gen.double(in: 0...60), Gen.double(in: 1...30)) { minutes, validity in
            var site = site
            site.codeValidityMinutes = validity
            #expect(CodeAgeCheck.check(minutes: minutes, site: site).expired == (minutes >= validity))
        }
    }

    @Test func anAddressIsOnCampusExactlyWhenInsideTheCampusNetwork() async {
        await propertyCheck(input: Gen<UInt8>.value(in: 0...255).array(of: 4)) { bytes in
            var site = site
            site.campusNetworks = ["172.16.0.0/12"]
            let address = IPAddress(bytes.map(String.init).joined(separator: "."))!
            let inside = bytes[0] == 172 && (16...31).contains(bytes[1])
            #expect(NetworkCheck.check(addresses: [address], site: site).onCampus == inside)
        }
    }

    /// Whatever is typed, findings come in index order and the derivation reports the first.
    @Test func findingsAreInIndexOrder() async {
        await propertyCheck(input: Inputs.mixed, Inputs.mixed) { text, other in
            let reports: [(any CheckReport, [String])] = [
                (OMUIDCheck.check(text, site: site), OMUIDCheck.Code.allCases.map(\.rawValue)),
                (PasswordCheck.check(text, confirmation: other, site: site), PasswordCheck.Code.allCases.map(\.rawValue)),
                (RecoveryEmailCheck.check(text, site: site), RecoveryEmailCheck.Code.allCases.map(\.rawValue)),
                (SetupKeyCheck.check(text, site: site), SetupKeyCheck.Code.allCases.map(\.rawValue)),
                (OneTimePasswordCheck.check(text, site: site), OneTimePasswordCheck.Code.allCases.map(\.rawValue)),
            ]
            for (report, order) in reports {
                let positions = report.codes.map { order.firstIndex(of: $0) ?? -1 }
                #expect(!positions.contains(-1))
                #expect(positions == positions.sorted() && Set(positions).count == positions.count)
                #expect(report.choice == .choice(report.codes.first ?? "none"))
            }
        }
    }

    /// Whatever is typed, a full-width form is reported as `fullwidth`, never as a disallowed character.
    @Test func fullWidthFormsAreNeverDisallowed() async {
        await propertyCheck(input: Gen<Character>.character(in: "!"..."~").string(of: 1...12)) { text in
            let codes = PasswordCheck.check(text.fullWidth, site: site).codes
            #expect(codes.first == "fullwidth")
            #expect(!codes.contains("disallowed_character"))
        }
    }
}
