import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `applicant.*`: applicants' accounts, managed by their employer's admin.
    mutating func registerApplicant(engine: Engine) {
        on(CreateApplicantRequest.self) { r, context in
            let (view, issued) = try await engine.createApplicant(
                NewApplicant(idNumber: r.idNumber, name: r.name, phone: r.phone), caller: context.caller)
            return CreateApplicantResult(applicant: ApplicantInfo(view), credentials: IssuedCredentials(issued))
        }
        on(ListApplicantsRequest.self) { r, context in
            let page = try await engine.listApplicants(
                query: r.query, includeDisabled: r.includeDisabled ?? false,
                page: PageRequest(offset: r.page?.offset, limit: r.page?.limit), caller: context.caller)
            return ZCProtocol.Page(page, ApplicantInfo.init)
        }
        on(ShowApplicantRequest.self) { r, context in
            ApplicantInfo(try await engine.applicant(idNumber: r.idNumber, caller: context.caller))
        }
        on(EditApplicantRequest.self) { r, context in
            let changes = ApplicantChanges(name: r.name, phone: r.phone)
            return ApplicantInfo(try await engine.editApplicant(idNumber: r.idNumber, changes, caller: context.caller))
        }
        on(DisableApplicantRequest.self) { r, context in
            ApplicantInfo(
                try await engine.disableApplicant(idNumber: r.idNumber, reason: r.reason, caller: context.caller))
        }
        on(EnableApplicantRequest.self) { r, context in
            ApplicantInfo(try await engine.enableApplicant(idNumber: r.idNumber, caller: context.caller))
        }
        on(ResetApplicantPasswordRequest.self) { r, context in
            IssuedCredentials(try await engine.resetApplicantPassword(idNumber: r.idNumber, caller: context.caller))
        }
    }
}

extension ApplicantInfo {
    init(_ v: ApplicantView) {
        self.init(
            idNumber: v.idNumber, name: v.name, gender: Gender(v.gender), genderName: v.gender.chineseName,
            birthDate: v.birthDate, phone: v.phone, employer: OrganizationRef(v.employer), disabled: v.disabled,
            mustChangePassword: v.mustChangePassword, createdAt: v.createdAt)
    }
}

extension Gender {
    init(_ g: ResidentID.Gender) {
        switch g {
        case .male: self = .male
        case .female: self = .female
        }
    }
}
