import Foundation

/// Writes one generated declaration: the applicant's account, the application with its place in the chain, the
/// evidence files, the sections, a snapshot per submission, every review step, a blacklist entry where one was
/// decided, and the audit events of all of it.
extension GenerationContext {
    mutating func write(_ rows: DeclarationRows, _ w: inout BulkWriter) throws {
        let person = rows.person
        let history = rows.history
        let employer = person.employer
        let app = rows.applicationID
        let accountCreated = history.createdAt.adding(-GeneratedTime.day * Int64(1 + rows.index % 20))
        let me = BulkWriter.Actor(
            accountID: person.accountID, login: person.idNumber, organizationID: employer.id, peerPID: rows.peerPID)
        let employerAdmin = BulkWriter.Actor(
            accountID: adminID(person.employerIndex), login: adminLogin(person.employerIndex),
            organizationID: employer.id,
            peerPID: 4242)

        try w.run(
            w.account, "account",
            [
                person.accountID, person.idNumber, AccountKind.applicant.rawValue, employer.id, person.name, nil,
                passwordHash, accountCreated.adding(GeneratedTime.hour).sqlText, accountCreated.sqlText,
                accountCreated.sqlText, nil,
            ])
        try w.run(
            w.applicant, "applicant",
            [
                person.accountID, person.idNumber, person.name, person.male ? "male" : "female",
                person.birth.description, person.phone,
            ])
        try w.audit(
            at: accountCreated, "applicant.create", by: employerAdmin, organization: employer.id,
            target: ("applicant", String(person.accountID)),
            detail: [
                ("idNumber", String(person.idNumber.prefix(6)) + "********" + String(person.idNumber.suffix(4))),
                ("name", person.name),
            ])
        try w.audit(
            at: history.createdAt.adding(-5 * GeneratedTime.minute), "session.login", by: me, organization: employer.id,
            target: ("account", String(person.accountID)))

        let firstSnapshot = nextSnapshotID
        nextSnapshotID += Int64(history.round)
        let chainIDs = rows.chain.map { tree.organizations[$0].id }
        let position = history.position.map { (chainIDs[$0.chainIndex], $0.stage.rawValue) }
        let marks = try history.lastReturn.map { try CanonicalJSON.encode($0.marks.map(\.rawValue)) }
        try w.run(
            w.application, "application",
            [
                app, batchID(employer.batch), person.accountID, employer.id, history.state.rawValue,
                person.reviewMethod.rawValue, person.route.rawValue, person.seriesCode, person.qualification.code,
                person.qualification.level.rawValue, person.specialty,
                history.round > 0 ? firstSnapshot + Int64(history.round) - 1 : nil,
                history.createdAt.sqlText, history.updatedAt.sqlText, history.submissions.last?.sqlText, history.round,
                position?.0, position?.1, history.reviewSeq, history.waitingSince?.sqlText,
                history.round > 0 ? chainIDs.last : nil, marks, history.lastReturn?.opinion,
            ])
        try w.audit(
            at: history.createdAt, "application.start", by: me, organization: employer.id,
            target: ("application", String(app)), caseID: app,
            detail: [
                ("batch", String(batchID(employer.batch))), ("qualification", person.qualification.code),
                ("series", person.seriesCode),
            ])

        let files = rows.files
        let uploaded = history.createdAt.adding(30 * GeneratedTime.minute)
        for (offset, name) in EvidenceSet.names.enumerated() {
            try w.run(
                w.evidence, "evidence_file",
                [files.education + Int64(offset), app, evidence.sha256, name, evidence.size, uploaded.sqlText])
        }
        try w.audit(
            at: uploaded, "file.upload", by: me, organization: employer.id,
            target: ("evidence_file", String(files.summary)),
            caseID: app,
            detail: [
                ("mediaType", "application/pdf"), ("name", EvidenceSet.names[4]), ("sha256", evidence.sha256),
                ("size", String(evidence.size)),
            ])
        for section in rows.sections {
            try w.run(
                w.section, "application_section",
                [app, section.key, section.content, section.revision, section.savedAt.sqlText])
            if section.key == SectionKey.basicInfo.rawValue || section.key == SectionKey.workSummary.rawValue {
                try w.audit(
                    at: section.savedAt, "application.saveSection", by: me, organization: employer.id,
                    target: ("application", String(app)), caseID: app,
                    detail: [("revision", String(section.revision)), ("section", section.key)])
            }
        }
        if let body = rows.body {
            for (round, at) in history.submissions.enumerated() {
                let snapshot = firstSnapshot + Int64(round)
                try w.run(w.snapshot, "application_snapshot", [snapshot, app, at.sqlText, body])
                try w.audit(
                    at: at, "application.submit", by: me, organization: employer.id,
                    target: ("application", String(app)),
                    caseID: app,
                    detail: [
                        ("resubmission", String(round > 0)), ("round", String(round + 1)),
                        ("snapshot", String(snapshot)),
                    ])
            }
        }
        for step in history.steps {
            try writeStep(step, rows, chainIDs: chainIDs, &w)
        }
        states[history.state, default: 0] += 1
        let stride = max(1, config.applicants / max(1, config.manifestApplicants))
        if rows.index % stride == 0 && sample.count < config.manifestApplicants {
            sample.append(
                GenerationManifest.Applicant(
                    login: person.idNumber, password: config.password, application: app, state: history.state.rawValue,
                    batch: batchID(employer.batch), name: person.name))
        }
    }

    private func writeStep(
        _ step: GeneratedCase.Step, _ rows: DeclarationRows, chainIDs: [Int64], _ w: inout BulkWriter
    ) throws {
        let app = rows.applicationID
        let orgIndex = rows.chain[step.chainIndex]
        let orgID = chainIDs[step.chainIndex]
        let reviewer = staffID(orgIndex, step.stage)
        let marks = step.marks.isEmpty ? nil : try CanonicalJSON.encode(step.marks.map(\.rawValue))
        try w.run(
            w.step, "review_step",
            [
                app, step.round, orgID, step.stage.rawValue, reviewer, step.outcome.rawValue, step.opinion, marks,
                step.at.sqlText,
            ])
        let after: ApplicationState =
            switch step.outcome {
            case .pass:
                step.stage == .leader && step.chainIndex == rows.chain.count - 1 ? .awaitingPublicity : .submitted
            case .return: .returned
            case .reject: .rejected
            case .blacklist: .blacklisted
            case .published, .objectionDismissed: .inPublicity
            case .routed, .entrusted: .atCommittee
            }
        var detail = [("round", String(step.round)), ("stage", step.stage.rawValue), ("state", after.rawValue)]
        if let marks { detail.append(("sections", marks)) }
        try w.audit(
            at: step.at, "review.\(step.outcome.rawValue)",
            by: .init(
                accountID: reviewer, login: staffLogin(orgIndex, step.stage), organizationID: orgID,
                peerPID: 4300 + orgIndex % 50),
            organization: orgID, target: ("application", String(app)), caseID: app, opinion: step.opinion,
            detail: detail)
        if step.outcome == .blacklist {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
            let until = calendar.date(byAdding: .year, value: Engine.blacklistYears, to: step.at.date) ?? step.at.date
            try w.run(
                w.blacklist, "blacklist",
                [
                    rows.person.idNumber, step.opinion ?? "", step.at.sqlText, GeneratedTime(until).sqlText, reviewer,
                    orgID, app,
                ])
        }
    }

    /// Each reviewer logged in during the last days.
    func writeStaffLogins(_ w: inout BulkWriter) throws {
        var random = GeneratorRandom(seed: config.seed).fork(5)
        for (index, org) in tree.organizations.enumerated() {
            for stage in [ReviewStage.handler, .leader] {
                let id = staffID(index, stage)
                try w.audit(
                    at: now.adding(-Int64(random.unit() * 3 * Double(GeneratedTime.day))), "session.login",
                    by: .init(
                        accountID: id, login: staffLogin(index, stage), organizationID: org.id,
                        peerPID: 4300 + index % 50),
                    organization: org.id, target: ("account", String(id)))
            }
        }
    }
}
