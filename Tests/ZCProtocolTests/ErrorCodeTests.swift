import Testing
import ZCProtocol

/// The error code table is append-only: a published code keeps its number and name forever.
@Suite struct ErrorCodeTests {
    /// The published table. Append new codes at the end; never edit a line.
    static let pinned: [(code: ErrorCode, rawValue: Int, name: String)] = [
        (.parseError, -32700, "parse_error"),
        (.invalidRequest, -32600, "invalid_request"),
        (.methodNotFound, -32601, "method_not_found"),
        (.invalidParams, -32602, "invalid_params"),
        (.internalError, -32603, "internal_error"),
        (.frameRejected, -32000, "frame_rejected"),
        (.unauthenticated, 1001, "unauthenticated"),
        (.permissionDenied, 1002, "permission_denied"),
        (.notFound, 1003, "not_found"),
        (.alreadyExists, 1004, "already_exists"),
        (.invalidArgument, 1005, "invalid_argument"),
        (.failedPrecondition, 1006, "failed_precondition"),
        (.passwordChangeRequired, 1007, "password_change_required"),
        (.lockedOut, 1008, "locked_out"),
        (.resourceExhausted, 1009, "resource_exhausted"),
        (.shuttingDown, 1010, "shutting_down"),
        (.aborted, 1011, "aborted"),
        (.unsupportedVersion, 1012, "unsupported_version"),
    ]

    @Test func everyPublishedCodeKeepsItsNumberAndName() {
        for entry in Self.pinned {
            #expect(entry.code.rawValue == entry.rawValue, "\(entry.name) was renumbered")
            #expect(entry.code.name == entry.name, "code \(entry.rawValue) was renamed")
            #expect(ErrorCode(rawValue: entry.rawValue).name == entry.name)
        }
    }

    @Test func theTableIsThePinnedOneInOrder() {
        let table = ErrorCode.all.map { "\($0.rawValue) \($0.name)" }
        let pinned = Self.pinned.map { "\($0.rawValue) \($0.name)" }
        #expect(
            Array(table.prefix(pinned.count)) == pinned,
            "ErrorCode.all no longer starts with the published table: codes are only ever appended")
        #expect(
            table.count == pinned.count,
            "ErrorCode.all has codes that are not pinned here: append them to ErrorCodeTests.pinned")
    }

    @Test func numbersAndNamesAreUnique() {
        #expect(Set(ErrorCode.all.map(\.rawValue)).count == ErrorCode.all.count)
        #expect(Set(ErrorCode.all.map(\.name)).count == ErrorCode.all.count)
        for code in ErrorCode.all {
            #expect(code.name.wholeMatch(of: /[a-z]+(_[a-z]+)*/) != nil, "\(code.name) is not snake_case")
        }
    }

    @Test func anUnknownCodeStillDecodes() throws {
        let decoded = try ZCJSON.decode(WireError.self, from: Array(#"{"code":4242,"message":"new"}"#.utf8))
        #expect(decoded.code == ErrorCode(rawValue: 4242))
        #expect(decoded.code.name == "error_4242")
        #expect(decoded.data.name == "error_4242")
        #expect(decoded.code.description == "4242 error_4242")
    }

    @Test func aCodeIsABareNumberOnTheWire() throws {
        #expect(try ZCJSON.encode(ErrorCode.lockedOut) == Array("1008".utf8))
        #expect(try ZCJSON.decode(ErrorCode.self, from: Array("-32601".utf8)) == .methodNotFound)
    }

    @Test func aWireErrorFillsInItsName() {
        #expect(WireError(code: .aborted, message: "m").data == ErrorData(name: "aborted"))
    }
}
