import Foundation
import ZCProtocol

/// `org.*` and `staff.*`: the organisation tree and each organisation's staff.
extension Samples {
    static let org: [MethodSample] = [
        sample(
            CreateOrganizationRequest(
                parentCode: cityOffice.code, kind: .cityDepartment, category: .governmentDepartment, serial: "1001",
                name: educationBureau.name, nature: .stateOrgan, address: bureauAddress, contactPerson: "刘洋",
                contactPhone: "0311-86012345"),
            CreateOrganizationResult(
                organization: bureau(updatedAt: setUpAt),
                admin: IssuedCredentials(account: "admin1301001001", initialPassword: "Vb7@tR2nXq9e"))),
        sample(
            DisableOrganizationRequest(code: sportsBureauCode, reason: "机构改革，职能并入石家庄市文化广电和旅游局"),
            sportsBureau(disabled: true)),
        sample(
            EditOrganizationRequest(
                code: educationBureau.code, category: .governmentDepartment, nature: .stateOrgan,
                address: bureauAddress, contactPerson: "刘洋", contactPhone: "0311-86012345"),
            bureau(updatedAt: announcedAt)),
        sample(EnableOrganizationRequest(code: sportsBureauCode), sportsBureau(disabled: false)),
        sample(
            ListOrganizationsRequest(
                parentCode: cityOffice.code, subtree: true, kind: .cityDepartment, includeDisabled: true,
                page: pageParams),
            Page(
                items: [bureau(updatedAt: announcedAt), sportsBureau(disabled: true)], total: 2, offset: 0, limit: 20)
        ),
        sample(
            RenameOrganizationRequest(code: educationBureau.code, name: educationBureau.name),
            bureau(updatedAt: announcedAt)),
        sample(
            ResetOrganizationAdminPasswordRequest(code: educationBureau.code),
            IssuedCredentials(account: "admin1301001001", initialPassword: "Vb7@tR2nXq9e")),
        sample(ShowOrganizationRequest(code: educationBureau.code), bureau(updatedAt: announcedAt)),
    ]

    static let staff: [MethodSample] = [
        sample(
            CreateStaffRequest(
                account: "lina.jyj", name: "李娜", staffType: .handler, phone: "13931112345",
                permissions: handlerPermissions),
            CreateStaffResult(
                staff: handler(mustChangePassword: true),
                credentials: IssuedCredentials(account: "lina.jyj", initialPassword: "Hs4!pQ8wZm3k"))),
        sample(DisableStaffRequest(account: "lina.jyj"), handler(disabled: true)),
        sample(EditStaffRequest(account: "lina.jyj", name: "李娜", phone: "13931112345"), handler()),
        sample(EnableStaffRequest(account: "lina.jyj"), handler()),
        sample(
            GrantablePermissionsRequest(staffType: .handler),
            [
                PermissionInfo(name: "review.handler", chineseName: "资格审查-经办人审查"),
                PermissionInfo(name: "committee.authorityHandler", chineseName: "评委会-授权管理单位经办人"),
            ]),
        sample(
            ListStaffRequest(staffType: .handler, includeDisabled: true, page: pageParams),
            Page(items: [handler()], total: 1, offset: 0, limit: 20)),
        sample(
            ResetStaffPasswordRequest(account: "lina.jyj"),
            IssuedCredentials(account: "lina.jyj", initialPassword: "Hs4!pQ8wZm3k")),
        sample(SetStaffPermissionsRequest(account: "lina.jyj", permissions: handlerPermissions), handler()),
        sample(ShowStaffRequest(account: "lina.jyj"), handler()),
    ]

    // MARK: Building blocks

    static let bureauAddress = "石家庄市桥西区维明南大街119号"

    /// 石家庄市教育局 with its whole profile.
    static func bureau(updatedAt: Date) -> OrganizationInfo {
        OrganizationInfo(
            code: educationBureau.code, parentCode: cityOffice.code, kind: .cityDepartment, kindName: "市直主管部门",
            category: .governmentDepartment, categoryName: "政府部门", nature: .stateOrgan, natureName: "机关",
            name: educationBureau.name, address: bureauAddress, contactPerson: "刘洋", contactPhone: "0311-86012345",
            disabled: false, adminAccount: "admin1301001001", createdAt: setUpAt, updatedAt: updatedAt)
    }

    static let sportsBureauCode = "1301001015"

    /// A sibling department that is disabled and enabled again.
    static func sportsBureau(disabled: Bool) -> OrganizationInfo {
        OrganizationInfo(
            code: sportsBureauCode, parentCode: cityOffice.code, kind: .cityDepartment, kindName: "市直主管部门",
            category: .governmentDepartment, categoryName: "政府部门", nature: .stateOrgan, natureName: "机关",
            name: "石家庄市体育局", address: "石家庄市长安区体育北大街", contactPerson: "赵敏",
            contactPhone: "0311-85012345", disabled: disabled, adminAccount: "admin1301001015", createdAt: setUpAt,
            updatedAt: announcedAt)
    }

    /// Sorted, as the daemon returns them.
    static let handlerPermissions = ["committee.authorityHandler", "review.handler"]

    /// 李娜, a handler (经办人) of the education bureau.
    static func handler(disabled: Bool = false, mustChangePassword: Bool = false) -> StaffInfo {
        StaffInfo(
            account: "lina.jyj", name: "李娜", staffType: .handler, phone: "13931112345",
            organization: educationBureau, permissions: handlerPermissions, disabled: disabled,
            mustChangePassword: mustChangePassword, createdAt: setUpAt)
    }
}
