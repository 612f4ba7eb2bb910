import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `staff.*`: an organisation's handlers and leaders.
    mutating func registerStaff(engine: Engine) {
        on(CreateStaffRequest.self) { r, context in
            let new = NewStaff(
                login: r.account, name: r.name, staffType: try WireMapping.convert(r.staffType), phone: r.phone,
                permissions: r.permissions)
            let (staff, issued) = try await engine.createStaff(new, caller: context.caller)
            return CreateStaffResult(staff: try StaffInfo(staff), credentials: IssuedCredentials(issued))
        }
        on(ListStaffRequest.self) { r, context in
            let query = StaffQuery(
                staffType: try WireMapping.convert(r.staffType), includeDisabled: r.includeDisabled ?? false,
                page: try PageRequest(r.page))
            return try ZCProtocol.Page(try await engine.listStaff(query, caller: context.caller)) { try StaffInfo($0) }
        }
        on(ShowStaffRequest.self) { r, context in
            try StaffInfo(try await engine.showStaff(login: r.account, caller: context.caller))
        }
        on(EditStaffRequest.self) { r, context in
            let edit = StaffEdit(login: r.account, name: r.name, phone: r.phone)
            return try StaffInfo(try await engine.editStaff(edit, caller: context.caller))
        }
        on(SetStaffPermissionsRequest.self) { r, context in
            try StaffInfo(
                try await engine.setStaffPermissions(
                    login: r.account, permissions: r.permissions, caller: context.caller))
        }
        on(DisableStaffRequest.self) { r, context in
            try StaffInfo(try await engine.disableStaff(login: r.account, caller: context.caller))
        }
        on(EnableStaffRequest.self) { r, context in
            try StaffInfo(try await engine.enableStaff(login: r.account, caller: context.caller))
        }
        on(ResetStaffPasswordRequest.self) { r, context in
            IssuedCredentials(try await engine.resetStaffPassword(login: r.account, caller: context.caller))
        }
        on(GrantablePermissionsRequest.self) { r, context in
            try await engine.grantablePermissions(to: try WireMapping.convert(r.staffType), caller: context.caller)
                .map(PermissionInfo.init)
        }
    }
}
