import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `application.*`: start, sections, show, submit, withdraw.
    mutating func registerApplication(engine: Engine) {
        on(StartApplicationRequest.self) { r, context in
            ApplicationInfo(
                try await engine.startApplication(
                    batchID: r.batch, declaration: try Bridge.convert(r.declaration, to: ZCEngine.DeclarationInfo.self),
                    caller: context.caller))
        }
        onInline(ListApplicationsRequest.self) { _, context in
            try engine.myApplications(caller: context.caller).map(ApplicationInfo.init)
        }
        onInline(GetApplicationRequest.self) { r, context in
            ApplicationInfo(try engine.application(id: r.application, caller: context.caller))
        }
        onInlineRaw(ShowApplicationRequest.self) { r, context in
            try engine.applicationDocument(id: r.application, caller: context.caller, reader: context.connection.reader)
        }
        onInlineRaw(ReadSectionRequest.self) { r, context in
            guard let key = ZCEngine.SectionKey(rawValue: r.section.rawValue) else {
                throw WireError(code: .invalidParams, message: "unknown section \(r.section.rawValue)")
            }
            let saved = try engine.readSection(key, applicationID: r.application, caller: context.caller)
            // The content goes out exactly as stored; the rest is encoded around it.
            let meta = try ZCJSON.encode(
                SaveSectionResult(
                    section: r.section, revision: saved.revision, savedAt: saved.savedAt, notices: saved.notices))
            return Array(#"{"content":"#.utf8) + Array(saved.content.utf8) + [UInt8(ascii: ",")] + meta.dropFirst()
        }
        on(SubmitApplicationRequest.self) { r, context in
            ApplicationInfo(try await engine.submit(applicationID: r.application, caller: context.caller))
        }
        on(WithdrawApplicationRequest.self) { r, context in
            ApplicationInfo(try await engine.withdraw(applicationID: r.application, caller: context.caller))
        }
        onSave(SaveDeclarationRequest.self, as: ZCEngine.DeclarationInfo.self, engine: engine)
        onSave(SaveBasicInfoRequest.self, as: ZCEngine.BasicInfo.self, engine: engine)
        onSave(SaveEducationRequest.self, as: ZCEngine.Education.self, engine: engine)
        onSave(SaveCertificatesRequest.self, as: ZCEngine.Certificates.self, engine: engine)
        onSave(SaveEmploymentRequest.self, as: ZCEngine.Employment.self, engine: engine)
        onSave(SaveOtherMaterialsRequest.self, as: ZCEngine.OtherMaterials.self, engine: engine)
        onSave(SaveWorkHistoryRequest.self, as: ZCEngine.WorkHistory.self, engine: engine)
        onSave(SaveSocietiesRequest.self, as: ZCEngine.Societies.self, engine: engine)
        onSave(SaveProfessionalExperienceRequest.self, as: ZCEngine.ProfessionalExperience.self, engine: engine)
        onSave(SavePapersRequest.self, as: ZCEngine.Papers.self, engine: engine)
        onSave(SaveBooksRequest.self, as: ZCEngine.Books.self, engine: engine)
        onSave(SaveProjectsRequest.self, as: ZCEngine.Projects.self, engine: engine)
        onSave(SaveAwardsRequest.self, as: ZCEngine.Awards.self, engine: engine)
        onSave(SavePatentsRequest.self, as: ZCEngine.Patents.self, engine: engine)
        onSave(SaveExpertTitlesRequest.self, as: ZCEngine.ExpertTitles.self, engine: engine)
        onSave(SaveOtherAchievementsRequest.self, as: ZCEngine.OtherAchievements.self, engine: engine)
        onSave(SaveWorkSummaryRequest.self, as: ZCEngine.WorkSummary.self, engine: engine)
    }

    /// A section save: the wire content becomes the engine section of the same shape, which validates and stores it.
    mutating func onSave<R: SaveSectionRequest, S: ZCEngine.DeclarationSection>(
        _ type: R.Type, as section: S.Type, engine: Engine
    ) {
        on(R.self) { r, context in
            let saved: SavedSection
            do {
                saved = try await engine.saveSection(
                    try Bridge.convert(r.content, to: S.self), applicationID: r.application, caller: context.caller)
            } catch let EngineError.invalidArgument(violations) {
                // The engine names fields inside the section; in the request the section sits under its member
                // (`params.education.entries[0].from`), which is named after the section.
                throw EngineError.invalidArgument(
                    violations.map { Violation(field: R.section.rawValue + "." + $0.field, reason: $0.reason) })
            }
            return SaveSectionResult(
                section: ZCProtocol.SectionKey(rawValue: saved.key.rawValue) ?? R.section, revision: saved.revision,
                savedAt: saved.savedAt, notices: saved.notices)
        }
    }
}

extension ApplicationInfo {
    init(_ v: ApplicationView) {
        self.init(
            id: v.id, batch: BatchRef(id: v.batchID, name: v.batchName),
            applicant: PersonRef(idNumber: v.applicantIDNumber, name: v.applicantName),
            employer: OrganizationRef(code: v.employerCode, name: v.employerName),
            state: ZCProtocol.ApplicationState(rawValue: v.state.rawValue) ?? .draft, stateName: v.state.chineseName,
            declaration: ZCProtocol.DeclarationInfo(
                reviewMethod: ZCProtocol.ReviewMethod(rawValue: v.declaration.reviewMethod.rawValue) ?? .review,
                route: ZCProtocol.DeclarationRoute(rawValue: v.declaration.route.rawValue) ?? .normal,
                seriesCode: v.declaration.seriesCode, qualificationCode: v.declaration.qualificationCode,
                specialty: v.declaration.specialty),
            seriesName: v.seriesName, qualificationName: v.qualificationName, level: ZCProtocol.TitleLevel(v.level),
            levelName: v.level.chineseName,
            sections: v.sections.compactMap { s in
                ZCProtocol.SectionKey(rawValue: s.key.rawValue).map {
                    SectionStatusInfo(section: $0, revision: s.revision, savedAt: s.savedAt)
                }
            }, createdAt: v.createdAt, updatedAt: v.updatedAt, submittedAt: v.submittedAt, round: v.round,
            reviewAt: v.reviewAt.map { OrganizationRef(code: $0.code, name: $0.name) },
            reviewStage: v.reviewStage.flatMap { ZCProtocol.ReviewStage(rawValue: $0.rawValue) },
            returnedSections: v.returnedSections.compactMap { ZCProtocol.SectionKey(rawValue: $0.rawValue) },
            returnReason: v.returnReason)
    }
}
