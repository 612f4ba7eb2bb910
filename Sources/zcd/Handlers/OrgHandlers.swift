import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `org.*`: the organisation tree.
    mutating func registerOrg(engine: Engine) {
        on(CreateOrganizationRequest.self) { r, context in
            let new = NewOrganization(
                parentCode: r.parentCode, kind: try WireMapping.convert(r.kind),
                category: try WireMapping.convert(r.category), serial: r.serial, name: r.name,
                nature: try WireMapping.convert(r.nature), address: r.address, contactPerson: r.contactPerson,
                contactPhone: r.contactPhone)
            let (org, admin) = try await engine.createOrganization(new, caller: context.caller)
            return CreateOrganizationResult(organization: try OrganizationInfo(org), admin: IssuedCredentials(admin))
        }
        on(ListOrganizationsRequest.self) { r, context in
            let query = OrganizationQuery(
                parentCode: r.parentCode, subtree: r.subtree ?? false, kind: try WireMapping.convert(r.kind),
                includeDisabled: r.includeDisabled ?? false, page: try PageRequest(r.page))
            return try ZCProtocol.Page(try await engine.listOrganizations(query, caller: context.caller)) {
                try OrganizationInfo($0)
            }
        }
        on(ShowOrganizationRequest.self) { r, context in
            try OrganizationInfo(try await engine.showOrganization(code: r.code, caller: context.caller))
        }
        on(EditOrganizationRequest.self) { r, context in
            let edit = OrganizationEdit(
                code: r.code, category: try WireMapping.convert(r.category), nature: try WireMapping.convert(r.nature),
                address: r.address, contactPerson: r.contactPerson, contactPhone: r.contactPhone)
            return try OrganizationInfo(try await engine.editOrganization(edit, caller: context.caller))
        }
        on(RenameOrganizationRequest.self) { r, context in
            try OrganizationInfo(
                try await engine.renameOrganization(code: r.code, name: r.name, caller: context.caller))
        }
        on(DisableOrganizationRequest.self) { r, context in
            try OrganizationInfo(
                try await engine.disableOrganization(code: r.code, reason: r.reason, caller: context.caller))
        }
        on(EnableOrganizationRequest.self) { r, context in
            try OrganizationInfo(try await engine.enableOrganization(code: r.code, caller: context.caller))
        }
        on(ResetOrganizationAdminPasswordRequest.self) { r, context in
            IssuedCredentials(try await engine.resetOrganizationAdminPassword(code: r.code, caller: context.caller))
        }
    }
}
