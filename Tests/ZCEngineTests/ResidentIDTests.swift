import Foundation
import Testing

@testable import ZCEngine

@Suite("Resident ID numbers (GB 11643)")
struct ResidentIDTests {
    /// 2024-06-01 12:00 in Beijing.
    static let today = Date(timeIntervalSince1970: 1_717_214_400)

    static func validate(_ text: String, today: Date = today) throws -> ResidentID {
        try ResidentID(validating: text, today: today)
    }

    @Test("Given the reference examples, then they are valid with their birth dates and genders")
    func referenceExamples() throws {
        let first = try Self.validate("34052419800101001X")
        #expect(first.value == "34052419800101001X")
        #expect(first.birthDate == ResidentID.BirthDate(year: 1980, month: 1, day: 1))
        #expect(first.gender == .male && first.gender.chineseName == "男")
        let second = try Self.validate("53010219200508011X")
        #expect(second.birthDate.description == "1920-05-08")
        #expect(second.gender == .male)
    }

    @Test("Given an even 17th digit, then the gender is female")
    func female() throws {
        let id = try Self.validate("11010519491231002X")
        #expect(id.gender == .female && id.gender.chineseName == "女")
        #expect(id.birthDate.dateComponents.year == 1949 && id.birthDate.dateComponents.month == 12)
    }

    @Test("Given a lower-case x, then it is accepted and normalised to X")
    func lowerCaseX() throws {
        let id = try Self.validate("34052419800101001x")
        #expect(id.value == "34052419800101001X")
        #expect(id == (try Self.validate("34052419800101001X")))
    }

    @Test("Given a wrong check character, then it is refused without revealing the right one")
    func wrongCheckDigit() {
        let refusal = EngineError.invalid(
            "idNumber", "the check character (the 18th) does not match the first 17 digits")
        #expect(throws: refusal) { try Self.validate("340524198001010010") }
        #expect(throws: refusal) { try Self.validate("34052419800101002X") }
        #expect(throws: refusal) { try Self.validate("130102200002290043") }
    }

    @Test("Given 30 February, then the date is refused", arguments: ["13010219800230001X", "130102190002290011"])
    func impossibleDate(text: String) {
        let digits = String(text.dropFirst(6).prefix(8))
        #expect(throws: EngineError.invalid("idNumber", "characters 7–14 (\(digits)) are not a real date")) {
            try Self.validate(text)
        }
    }

    @Test("Given 29 February of a leap year, then it is accepted")
    func leapDay() throws {
        let id = try Self.validate("130102200002290042")
        #expect(id.birthDate == ResidentID.BirthDate(year: 2000, month: 2, day: 29))
        #expect(id.gender == .female)
    }

    @Test("Given 18 characters with a letter in the middle, then the characters are refused")
    func letterInside() {
        #expect(throws: EngineError.invalid(
            "idNumber", "a resident ID number has 17 digits (0–9) followed by a digit or X"
        )) { try Self.validate("3405241980A101001X") }
        #expect(throws: EngineError.self) { try Self.validate("34052419800101001Y") }
        #expect(throws: EngineError.self) { try Self.validate("X40524198001010011") }
        #expect(throws: EngineError.self) { try Self.validate("３40524198001010011") }
    }

    @Test(
        "Given 17 or 19 characters, then the length is refused",
        arguments: ["34052419800101001", "34052419800101001X1", "", "340524800101001"])
    func wrongLength(text: String) {
        #expect(throws: EngineError.invalid("account", "a resident ID number has 18 characters, got \(text.count)")) {
            try ResidentID(validating: text, today: Self.today, field: "account")
        }
    }

    @Test("Given a birth date after today in Beijing, then it is refused; today itself is accepted")
    func future() throws {
        let beijingNewYear = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01 00:00 UTC = 08:00 Beijing
        #expect(try Self.validate("13010220200101001X", today: beijingNewYear).birthDate.day == 1)
        #expect(throws: EngineError.invalid("idNumber", "birth date 2020-01-02 is in the future")) {
            try Self.validate("130102202001020015", today: beijingNewYear)
        }
        // 2020-01-01 17:00 UTC is already 2 January in Beijing.
        let evening = Date(timeIntervalSince1970: 1_577_836_800 + 17 * 3600)
        #expect(try Self.validate("130102202001020015", today: evening).birthDate.day == 2)
    }

    @Test("Given a birth year before 1900, then it is refused")
    func tooOld() {
        #expect(throws: EngineError.invalid("idNumber", "birth date 1899-12-31 is before 1900")) {
            try Self.validate("13010218991231001X")
        }
    }

    @Test("Given a valid ID, then the masked form hides the birth date, and so does its description")
    func masking() throws {
        let id = try Self.validate("34052419800101001X")
        #expect(id.masked == "340524********001X")
        #expect("\(id)" == "340524********001X")
    }
}
