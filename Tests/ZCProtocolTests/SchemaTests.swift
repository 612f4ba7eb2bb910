import Foundation
import Testing
import ZCProtocol

/// `rpc.describe` derives each shape from the type's own decoder; these pin what it sees.
@Suite struct SchemaTests {
    private func sortedProperties(_ schema: Schema) -> [Schema.Property]? {
        guard case .object(let properties) = schema else { return nil }
        return properties.sorted { $0.name < $1.name }
    }

    @Test func loginRequestIsAnObjectWithTwoRequiredMembers() throws {
        let properties = try #require(sortedProperties(SchemaRecorder.schema(of: LoginRequest.self)))
        #expect(
            properties == [
                Schema.Property(name: "account", schema: .string(), required: true),
                Schema.Property(name: "bindConnection", schema: .boolean, required: false),
                Schema.Property(name: "password", schema: .string(), required: true),
            ])
    }

    @Test func loginRequestSchemaJSON() throws {
        let json = try ZCJSON.encode(SchemaRecorder.schema(of: LoginRequest.self))
        #expect(
            String(decoding: json, as: UTF8.self)
                == #"{"properties":{"account":{"type":"string"},"bindConnection":{"type":"boolean"},"password":{"type":"string"}},"required":["account","password"],"type":"object"}"#
        )
    }

    @Test func enumIsAnEnumerationOfItsRawValues() {
        #expect(SchemaRecorder.schema(of: AccountKind.self) == .enumeration(["orgAdmin", "staff", "applicant"]))
        #expect(SchemaRecorder.schema(of: StaffType.self) == .enumeration(["handler", "leader"]))
    }

    @Test func dateIsADateTimeString() {
        #expect(SchemaRecorder.schema(of: Date.self) == .string(format: "date-time"))
    }

    @Test func nestedShapesAreDescribed() throws {
        let login = try #require(sortedProperties(SchemaRecorder.schema(of: LoginResult.self)))
        #expect(login.first { $0.name == "expiresAt" }?.schema == .string(format: "date-time"))
        let account = try #require(login.first { $0.name == "account" })
        let members = try #require(sortedProperties(account.schema))
        #expect(members.first { $0.name == "kind" } == Schema.Property(
            name: "kind", schema: .enumeration(["orgAdmin", "staff", "applicant"]), required: true))
        #expect(members.first { $0.name == "staffType" } == Schema.Property(
            name: "staffType", schema: .enumeration(["handler", "leader"]), required: false))
        #expect(members.first { $0.name == "permissions" }?.schema == .array(.string()))
        #expect(members.first { $0.name == "id" }?.schema == .integer)
        let hello = try #require(sortedProperties(SchemaRecorder.schema(of: HelloRequest.self)))
        #expect(hello == [
            Schema.Property(name: "client", schema: .string(), required: false),
            Schema.Property(name: "protocolVersions", schema: .array(.integer), required: false),
        ])
    }

    @Test func paramsWithoutMembersAreAnEmptyObject() {
        #expect(SchemaRecorder.schema(of: PingRequest.self) == .object([]))
        #expect(SchemaRecorder.schema(of: Empty.self) == .object([]))
    }

    @Test func describeListsEveryMethodSortedWithRealShapes() {
        let description = MethodRegistry.describe()
        #expect(description.protocolVersion == MethodRegistry.protocolVersion)
        #expect(description.methods.map(\.method) == MethodRegistry.all.map { $0.method })
        #expect(description.methods.map(\.method) == description.methods.map(\.method).sorted())
        for m in description.methods {
            #expect(m.params != .any, "\(m.method): params could not be described")
            // Only rpc.describe's result may be "any": a schema describes schemas, which refer to themselves.
            #expect(
                m.result != .any || m.method == DescribeRequest.method, "\(m.method): result could not be described")
            #expect(m.params.isObject, "\(m.method): params are not an object")
        }
        #expect(description.errors.map(\.code) == ErrorCode.all.map(\.rawValue))
        #expect(description.errors.map(\.name) == ErrorCode.all.map(\.name))
    }

    @Test func schemaRoundTripsThroughJSON() throws {
        for m in MethodRegistry.describe().methods {
            for schema in [m.params, m.result] {
                let decoded = try ZCJSON.decode(Schema.self, from: try ZCJSON.encode(schema))
                #expect(try ZCJSON.encode(decoded) == (try ZCJSON.encode(schema)), "\(m.method)")
            }
        }
    }
}

extension Schema {
    fileprivate var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
