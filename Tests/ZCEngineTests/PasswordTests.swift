import Testing

@testable import ZCEngine

@Suite struct PasswordTests {
    let hasher = PasswordHasher(config: .testing)

    @Test func givenAHash_thenOnlyTheSamePasswordVerifies() throws {
        let stored = try hasher.hash("Good-Pass-2026")
        #expect(stored.hasPrefix("$scrypt$ln=10,r=8,p=1$"))
        #expect(hasher.verify("Good-Pass-2026", against: stored))
        #expect(!hasher.verify("Good-Pass-2027", against: stored))
        #expect(!hasher.verify("Good-Pass-2026", against: "garbage"))
    }

    @Test func givenTheSamePasswordTwice_thenTheSaltsDiffer() throws {
        #expect(try hasher.hash("Good-Pass-2026") != hasher.hash("Good-Pass-2026"))
    }

    @Test(arguments: [
        ("Abcdefg1", 0), ("abcdefg1", 1), ("Ab1!", 1), ("abcdefgh", 1), ("Abc def1!", 1), ("admin13-Xy", 1),
        ("密码Abcdefg1", 1), (String(repeating: "Ab1!", count: 17), 1),
    ])
    func givenACandidate_thenThePolicyCountsItsProblems(password: String, problems: Int) {
        #expect(PasswordPolicy.violations(password, login: "admin13", old: nil, field: "p").count == problems)
    }

    @Test func givenTheOldPassword_thenItIsRefusedAsNew() {
        #expect(PasswordPolicy.violations("Abcdefg1", login: "x", old: "Abcdefg1", field: "p").count == 1)
    }

    @Test func generatedPasswordsSatisfyThePolicy() {
        for _ in 0..<200 {
            #expect(PasswordPolicy.violations(PasswordPolicy.generate(), login: "admin13", old: nil, field: "p").isEmpty)
        }
    }
}
