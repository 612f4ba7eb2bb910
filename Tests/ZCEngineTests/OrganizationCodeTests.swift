import Foundation
import Testing

@testable import ZCEngine

@Suite("Organisation serials")
struct OrganizationSerialTests {
    func next(
        _ kind: OrganizationKind, _ category: OrganizationCategory?, taken: Set<String> = [],
        under parent: OrganizationCode = .hebei
    ) throws -> String {
        try OrganizationSerial.nextFree(kind: kind, category: category, taken: taken, under: parent).text
    }

    @Test("Given a serial of the wrong length, then it is refused with the count", arguments: ["", "101", "01011"])
    func wrongLength(text: String) {
        let reason = "serial must be exactly 4 digits, got \(text.count) characters"
        #expect(throws: EngineError.invalid("serial", reason)) { try OrganizationSerial(validating: text) }
    }

    @Test("Given a serial with a non-digit, then it is refused", arguments: ["01a1", "-101", "1 01", "１２３４", "0x1F"])
    func nonDigit(text: String) {
        #expect(throws: EngineError.invalid("serial", "serial must consist of 4 ASCII digits (0–9)")) {
            try OrganizationSerial(validating: text)
        }
    }

    @Test("Given serial 0000, then it is refused for every kind")
    func zero() {
        for kind in OrganizationKind.allCases where !kind.isRoot {
            #expect(throws: EngineError.self) {
                try OrganizationSerial.validate("0000", kind: kind, category: kind.allowedCategories.first)
            }
        }
        #expect(throws: EngineError.invalid("serial", "serial 0000 is not allowed; serials start at 0001")) {
            try OrganizationSerial(validating: "0000")
        }
    }

    @Test("Given a custom field name, then violations carry it")
    func fieldName() {
        #expect(throws: EngineError.invalid("org.serial", "serial must be exactly 4 digits, got 2 characters")) {
            try OrganizationSerial.validate("12", kind: .employer, category: nil, field: "org.serial")
        }
    }

    @Test("Given numbers, then only 1...9999 make serials, zero-padded")
    func numbers() {
        #expect(OrganizationSerial(number: 0) == nil)
        #expect(OrganizationSerial(number: 10000) == nil)
        #expect(OrganizationSerial(number: 7)?.text == "0007")
        #expect(OrganizationSerial(number: 101)?.description == "0101")
        #expect(OrganizationSerial(number: 9999)?.text == "9999")
    }

    @Test("Given no siblings, when allocating, then the lowest serial of the range is chosen")
    func nextFreeEmpty() throws {
        #expect(try next(.provinceDepartment, .partyDepartment) == "0101")
        #expect(try next(.provinceSelfReviewUnit, .university) == "3501")
        #expect(try next(.provinceTalentCentre, .talentCentre) == "5000")
        #expect(try next(.cityOffice, nil) == "0001")
    }

    @Test("Given siblings with gaps, when allocating, then the lowest free serial is chosen")
    func nextFreeGaps() throws {
        let parent = try OrganizationCode(validating: "131301")
        let taken: Set<String> = ["0101", "0102", "0104", "1001"]
        #expect(try next(.cityDepartment, .partyDepartment, taken: taken, under: parent) == "0103")
        #expect(try next(.cityDepartment, .governmentDepartment, taken: taken, under: parent) == "1002")
        #expect(try next(.employer, nil, taken: ["0001", "0002", "0004"], under: parent) == "0003")
        // An office skips only taken serials, even those inside a category's range.
        #expect(try next(.countyOffice, nil, taken: taken, under: parent) == "0001")
    }

    @Test("Given a full range, when allocating, then resourceExhausted names the range")
    func nextFreeFull() throws {
        let parent = try OrganizationCode(validating: "131301")
        let taken = Set((3001...3099).map { String($0) })
        #expect(throws: EngineError.resourceExhausted(
            "no free serial left under 131301: 国有企业 (state-owned enterprise) range 3001–3099 is full"
        )) { try next(.citySelfReviewUnit, .stateOwnedEnterprise, taken: taken, under: parent) }
        let all = Set((1...9999).compactMap { OrganizationSerial(number: $0)?.text })
        #expect(throws: EngineError.resourceExhausted(
            "no free serial left under 131301: the serial range 0001–9999 is full"
        )) { try next(.employer, nil, taken: all, under: parent) }
    }

    @Test("Given a talent centre already there, when allocating another, then alreadyExists names its code")
    func secondTalentCentre() {
        #expect(throws: EngineError.alreadyExists(entity: "organization", key: "135000")) {
            try next(.provinceTalentCentre, .talentCentre, taken: ["5000"])
        }
    }
}

@Suite("Organisation codes")
struct OrganizationCodeTests {
    @Test("Given well-formed codes, then depth, parent and serial follow from the digits")
    func parse() throws {
        let root = try OrganizationCode(validating: "13")
        #expect(root == .hebei && root.depth == 0 && root.parent == nil && root.serial == nil)
        let city = try OrganizationCode(validating: "131301")
        #expect(city.depth == 1 && city.parent == root && city.serial?.text == "1301")
        let department = try OrganizationCode(validating: "1313011001")
        #expect(department.depth == 2 && department.parent == city)
        let employer = try OrganizationCode(validating: "13130110010001")
        #expect(employer.depth == 3 && employer.parent == department && employer.serial?.number == 1)
        #expect(root.isAncestor(of: employer) && city.isAncestor(of: department) && !department.isAncestor(of: city))
        #expect(!city.isAncestor(of: city) && city.isSelfOrAncestor(of: city))
        #expect(!(try OrganizationCode(validating: "131302")).isAncestor(of: department))
        #expect(root < city && city < department)
    }

    @Test(
        "Given a malformed code, then it is refused",
        arguments: ["", "1", "130", "1313011", "131301100100011", "131301100100010001", "1a", "13130a", "００"])
    func malformed(text: String) {
        #expect(throws: EngineError.self) { try OrganizationCode(validating: text) }
    }

    @Test("Given zero parts, then they are refused with their position")
    func zeroParts() {
        #expect(throws: EngineError.invalid("code", "province code 00 is not allowed")) {
            try OrganizationCode(validating: "00")
        }
        #expect(throws: EngineError.invalid("code", "digits 7–10 of the code are 0000, which no serial may be")) {
            try OrganizationCode(validating: "1313010000")
        }
    }

    @Test("Given a length for a depth or a kind, then only the matching length is accepted")
    func lengthForDepthAndKind() throws {
        #expect(try OrganizationCode(validating: "131301", depth: 1).value == "131301")
        #expect(throws: EngineError.invalid("code", "an organisation code at depth 2 has 10 digits, got 6")) {
            try OrganizationCode(validating: "131301", depth: 2)
        }
        #expect(try OrganizationCode(validating: "1313011001", for: .employer).depth == 2)
        #expect(try OrganizationCode(validating: "13130110010001", for: .employer).depth == 3)
        #expect(throws: EngineError.invalid("code", "the code of a 申报单位 (employer) has 10 or 14 digits, got 6")) {
            try OrganizationCode(validating: "131301", for: .employer)
        }
        #expect(throws: EngineError.invalid("code", "the code of a 省职改办 (provinceOffice) has 2 digits, got 6")) {
            try OrganizationCode(validating: "131301", for: .provinceOffice)
        }
        #expect(throws: EngineError.invalid("code", "an organisation code has 2, 6, 10, 14 digits, got 7")) {
            try OrganizationCode(validating: "1313011")
        }
    }

    @Test("Given a code at the maximum depth, when adding a child, then it is refused")
    func maximumDepth() throws {
        let deepest = try OrganizationCode(validating: "13130110010001")
        let serial = try #require(OrganizationSerial(number: 1))
        #expect(throws: EngineError.self) { try deepest.child(serial) }
        #expect(try OrganizationCode.hebei.child(serial).value == "130001")
    }

    @Test("Given a code, then it encodes as a JSON string and refuses a malformed one when decoding")
    func codable() throws {
        let code = try OrganizationCode(validating: "131301")
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == #"["131301"]"#)
        #expect(try JSONDecoder().decode([OrganizationCode].self, from: data) == [code])
        let malformed = Data(#"["1313"]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([OrganizationCode].self, from: malformed) }
    }
}

@Suite("Assigning a new organisation's code")
struct OrganizationCodeAssignTests {
    let city: OrganizationCode

    init() throws { city = try OrganizationCode(validating: "131301") }

    @Test("Given a city office with its division serial, then its code is the province code plus the serial")
    func requestedSerial() throws {
        let code = try OrganizationCode.assign(
            kind: .cityOffice, category: nil, under: .hebei, parentKind: .provinceOffice, requestedSerial: "1301",
            takenSerials: ["1001"])
        #expect(code.value == "131301")
    }

    @Test("Given a taken serial, then alreadyExists names the full code")
    func duplicate() {
        #expect(throws: EngineError.alreadyExists(entity: "organization", key: "1313011001")) {
            try OrganizationCode.assign(
                kind: .cityDepartment, category: .governmentDepartment, under: city, parentKind: .cityOffice,
                requestedSerial: "1001", takenSerials: ["1001"])
        }
    }

    @Test("Given no serial, then the lowest free one of the category is allocated, down to a 14-digit employer")
    func allocated() throws {
        let department = try OrganizationCode.assign(
            kind: .cityDepartment, category: .governmentDepartment, under: city, parentKind: .cityOffice,
            requestedSerial: nil, takenSerials: ["1001", "0101"])
        #expect(department.value == "1313011002")
        let employer = try OrganizationCode.assign(
            kind: .employer, category: nil, under: department, parentKind: .cityDepartment, requestedSerial: nil,
            takenSerials: [])
        #expect(employer.value == "13130110020001")
    }

    @Test("Given a wrong parent kind, category or serial, then the matching field is refused")
    func refusals() {
        #expect(throws: EngineError.self) {
            try OrganizationCode.assign(
                kind: .cityDepartment, category: .governmentDepartment, under: .hebei, parentKind: .provinceOffice,
                requestedSerial: "1001", takenSerials: [])
        }
        #expect(throws: EngineError.invalid(
            "serial", "serial 0999 is outside 政府部门 (government department) range 1001–1999"
        )) {
            try OrganizationCode.assign(
                kind: .provinceDepartment, category: .governmentDepartment, under: .hebei,
                parentKind: .provinceOffice, requestedSerial: "0999", takenSerials: [])
        }
        #expect(throws: EngineError.self) {
            try OrganizationCode.assign(
                kind: .provinceDepartment, category: nil, under: .hebei, parentKind: .provinceOffice,
                requestedSerial: "1001", takenSerials: [])
        }
    }

    @Test("Given a parent code whose length does not fit its kind, then failedPrecondition is thrown")
    func inconsistentParent() {
        #expect(throws: EngineError.failedPrecondition(
            "parent code 13 has 2 digits, which a 设区市职改办 (cityOffice) cannot have"
        )) {
            try OrganizationCode.assign(
                kind: .cityDepartment, category: .partyDepartment, under: .hebei, parentKind: .cityOffice,
                requestedSerial: nil, takenSerials: [])
        }
    }
}
