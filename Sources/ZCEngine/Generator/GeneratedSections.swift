import Foundation

/// Builds the 17 sections of a generated declaration from the engine's own section types, so that each one
/// validates exactly as a saved one would; the content varies with the applicant and the random stream.
struct GeneratedSections {
    let applicant: GeneratedApplicant
    let files: EvidenceSet
    let today: CalendarDay
    var random: GeneratorRandom

    /// Every section, in the manual's order.
    mutating func all() -> [any DeclarationSection] {
        let (education, graduation) = educationSection()
        let certificates = certificatesSection(graduation: graduation)
        let since = certificates.entries.first.flatMap { YearMonth(parsing: $0.obtainedOn) }
        return [
            declaration(), basicInfo(education), Education(entries: education), certificates,
            employment(since: since, graduation: graduation), otherMaterials(), workHistory(graduation: graduation),
            societies(), professionalExperience(), papers(), books(), projects(), awards(), patents(), expertTitles(),
            otherAchievements(), workSummary(graduation: graduation),
        ]
    }

    // MARK: sections

    func declaration() -> DeclarationInfo {
        DeclarationInfo(
            reviewMethod: applicant.reviewMethod, route: applicant.route, seriesCode: applicant.seriesCode,
            qualificationCode: applicant.qualification.code, specialty: applicant.specialty)
    }

    mutating func basicInfo(_ education: [EducationEntry]) -> BasicInfo {
        let highest = education.last
        let results: [(AppraisalResult, Double)] = [
            (.competent, 0.72), (.excellent, 0.26), (.basicallyCompetent, 0.02),
        ]
        let leader = applicant.qualification.level >= .fugao && random.chance(0.3)
        let position: (String, String) =
            switch applicant.family {
            case .teacher: leader ? (random.pick(["教研组长", "年级主任", "教务处副主任"]), "股级") : ("无", "无")
            case .medical: leader ? (random.pick(["科室主任", "科室副主任", "护士长"]), "科级") : ("无", "无")
            case .engineering: leader ? (random.pick(["技术科科长", "项目经理", "总工程师"]), "科级") : ("无", "无")
            case .general: leader ? (random.pick(["科长", "副科长", "部门经理"]), "科级") : ("无", "无")
            }
        return BasicInfo(
            phone: applicant.phone, education: highest?.educationLevel ?? .bachelor,
            major: highest?.major ?? "无", degree: highest?.degree ?? .none, adminPosition: position.0,
            adminLevel: position.1, currentTitle: applicant.currentTitle?.name ?? "无",
            appraisals: BasicInfo.appraisalYears(today: today).map {
                Appraisal(year: $0, result: random.weighted(results))
            })
    }

    /// The educations, oldest first, and the year the first one ended (when work began).
    mutating func educationSection() -> ([EducationEntry], Int) {
        let family = applicant.family
        let level = applicant.qualification.level
        let first: EducationLevel =
            level == .yuan
            ? random.weighted([(.secondary, 0.5), (.juniorCollege, 0.5)])
            : family == .medical && applicant.qualification.code.contains(".hu.")
                ? random.weighted([(.juniorCollege, 0.5), (.bachelor, 0.5)])
                : random.weighted([(.bachelor, 0.85), (.juniorCollege, 0.15)])
        let years = first == .secondary ? 3 : first == .juniorCollege ? 3 : (family == .medical ? 5 : 4)
        let graduation = applicant.birth.year + (first == .secondary ? 19 : first == .juniorCollege ? 21 : 22)
        var entries = [
            entry(
                level: first, from: graduation - years, to: graduation,
                school: first == .secondary
                    ? "河北省\(random.pick(["石家庄", "保定", "邯郸", "唐山"]))\(family == .medical ? "卫生学校" : "工业学校")"
                    : random.pick(
                        (first == .juniorCollege ? GeneratedText.juniorColleges : GeneratedText.undergraduateSchools)[
                            family] ?? ["河北大学"]))
        ]
        let wantsMaster =
            (level >= .fugao && random.chance(0.35)) || (applicant.seriesCode == "gaoxiao" && level >= .zhongji)
        if first != .secondary, wantsMaster, graduation + 6 <= today.year {
            let start = graduation + random.int(0...3)
            entries.append(
                entry(level: .master, from: start, to: start + 3, school: random.pick(GeneratedText.graduateSchools)))
            if applicant.seriesCode == "gaoxiao" && level >= .fugao && start + 9 <= today.year {
                entries.append(
                    entry(
                        level: .doctor, from: start + 4, to: start + 7,
                        school: random.pick(GeneratedText.graduateSchools)))
            }
        }
        return (entries, graduation)
    }

    private mutating func entry(level: EducationLevel, from: Int, to: Int, school: String) -> EducationEntry {
        let degree: Degree =
            switch level {
            case .bachelor: .bachelor
            case .master: .master
            case .doctor: .doctor
            default: .none
            }
        let kind: EducationKind = level == .secondary ? .secondaryVocational : .domestic
        var e = EducationEntry(
            from: month(from, 9), to: month(to, random.chance(0.9) ? 7 : 6), school: school,
            major: random.pick(GeneratedText.majors[applicant.family] ?? ["会计学"]), educationLevel: level,
            degree: degree, kind: kind, evidence: [files.education])
        if e.needsXuexinCode { e.xuexinCode = xuexinCode() }
        return e
    }

    mutating func certificatesSection(graduation: Int) -> Certificates {
        guard let current = applicant.currentTitle else { return Certificates(entries: []) }
        let earliest = graduation + (current.level >= .zhongji ? 5 : 1)
        let year = min(today.year - 1, max(earliest, today.year - random.int(5...10)))
        let issuer =
            current.level >= .fugao ? "河北省职称改革领导小组办公室" : "\(applicant.cityName)职称改革领导小组办公室"
        return Certificates(entries: [
            CertificateEntry(
                name: current.name, seriesCode: applicant.seriesCode, level: current.level, obtainedOn: month(year, 12),
                certificateNumber: "冀职\(year)-\(GeneratedResidentID.pad(random.int(1...9999), 4))", issuer: issuer,
                evidence: [files.certificate])
        ])
    }

    mutating func employment(since: YearMonth?, graduation: Int) -> Employment {
        let company = applicant.employer.profile?.isEnterprise ?? false
        let start = since.map { $0.year + 1 } ?? min(today.year, graduation + 1)
        guard let title = applicant.currentTitle else {
            return Employment(entries: [
                EmploymentEntry(
                    kind: company ? .appointmentLetter : .recordForm, position: "专业技术岗位（十三级）",
                    from: month(min(today.year, graduation), 8), evidence: [files.employment])
            ])
        }
        if company {
            return Employment(entries: [
                EmploymentEntry(
                    kind: .appointmentLetter, position: title.name, from: month(start, 1), evidence: [files.employment])
            ])
        }
        if start + 2 < today.year, random.chance(0.5) {
            let change = random.int((start + 1)...(today.year - 1))
            return Employment(entries: [
                EmploymentEntry(
                    kind: .recordForm, position: title.name + "（专业技术十级）", from: month(start, 1),
                    to: month(change - 1, 12), evidence: [files.employment]),
                EmploymentEntry(
                    kind: .salaryChangeForm, position: title.name + "（专业技术九级）", from: month(change, 1),
                    evidence: [files.employment]),
            ])
        }
        return Employment(entries: [
            EmploymentEntry(
                kind: .recordForm, position: title.name, from: month(start, 1), evidence: [files.employment])
        ])
    }

    mutating func otherMaterials() -> OtherMaterials {
        let insured = random.chance(0.97)
        var practice: [PracticeCertificate] = []
        if OtherMaterials.licensedSeries[applicant.seriesCode] != nil {
            let name =
                switch applicant.seriesCode {
                case "weisheng":
                    applicant.qualification.code.contains(".hu.")
                        ? "护士执业证书"
                        : applicant.qualification.code.contains(".yao.") ? "执业药师注册证" : "医师执业证书"
                case "xinwen": "新闻记者证"
                default: "教师资格证（\(applicant.specialty)）"
                }
            practice.append(
                PracticeCertificate(name: name, number: digits(17), evidence: [files.certificate]))
        }
        var education: [ContinuingEducationRecord] = []
        for year in [today.year - 1, today.year - 2].prefix(random.int(1...2)) {
            education.append(
                ContinuingEducationRecord(
                    description: "\(year)年度河北省专业技术人员继续教育（公需科目和专业科目）", hours: random.pick([72, 90, 96]),
                    year: year, evidence: [files.achievement]))
        }
        let others =
            random.chance(0.3)
            ? [OtherMaterial(description: "普通话水平测试等级证书（二级甲等）", evidence: [files.achievement])] : []
        return OtherMaterials(
            socialInsurance: SocialInsurance(insuredInProvince: insured, evidence: insured ? [] : [files.employment]),
            practiceCertificates: practice, continuingEducation: education, others: others)
    }

    mutating func workHistory(graduation: Int) -> WorkHistory {
        let employer = applicant.employer.name
        let start = min(today.year, graduation)
        if start + 4 < today.year, random.chance(0.35) {
            let move = random.int((start + 2)...(today.year - 1))
            let previous =
                applicant.family == .teacher
                ? "\(applicant.cityName)\(random.pick(["第三中学", "实验小学", "第二中学", "育才学校"]))"
                : "\(applicant.cityName)\(random.pick(["人民医院", "建设工程有限公司", "农业技术推广站", "财政局"]))"
            return WorkHistory(entries: [
                WorkHistoryEntry(from: month(move, 8), organization: employer, position: position()),
                WorkHistoryEntry(
                    from: month(start, 8), to: month(move, 7), organization: previous, position: position()),
            ])
        }
        return WorkHistory(entries: [
            WorkHistoryEntry(from: month(start, 8), organization: employer, position: position())
        ])
    }

    mutating func societies() -> Societies {
        let names = [
            "河北省\(applicant.family == .medical ? "医学会" : applicant.family == .teacher ? "教育学会" : "科学技术协会")",
            "\(applicant.cityName)\(applicant.family == .medical ? "护理学会" : "学会联合会")",
        ]
        let count = random.int(0...2)
        return Societies(
            entries: names.prefix(count).map {
                SocietyEntry(
                    from: month(today.year - random.int(2...9), random.int(1...12)), name: $0,
                    role: random.pick(["会员", "理事"]))
            })
    }

    mutating func professionalExperience() -> ProfessionalExperience {
        let categories = random.sample(
            GeneratedText.experienceCategories[applicant.family] ?? ["业务工作"], count: random.int(2...4))
        let contents = GeneratedText.experienceContents[applicant.family] ?? []
        return ProfessionalExperience(
            entries: categories.map { category in
                let from = today.year - random.int(2...8)
                return ProfessionalExperienceEntry(
                    category: category, content: fill(random.pick(contents), applicant.specialty),
                    from: month(from, 9), to: random.chance(0.5) ? nil : month(min(today.year - 1, from + 2), 7),
                    evidence: [files.achievement])
            })
    }

    mutating func workSummary(graduation: Int) -> WorkSummary {
        let title = applicant.currentTitle.map { "\($0.name)任职资格" } ?? "初级专业技术资格"
        var text = fill(
            GeneratedText.summaryOpening, "\(graduation)年7月", "本地高校", applicant.specialty, applicant.employer.name,
            applicant.specialty, "现申报\(applicant.qualification.name)，具备\(title)")
        var body = random.sample(GeneratedText.summaryBody[applicant.family] ?? [], count: 6)
        body.shuffle(using: &random)
        // Counting characters walks the string: count each paragraph once, not the growing text.
        var length = text.count
        for paragraph in body + GeneratedText.summaryClosing + GeneratedText.summaryFiller {
            let added = paragraph.count + 2
            if length + added <= 980 {
                text += "\n\n" + paragraph
                length += added
            }
        }
        return WorkSummary(abstract: text, summaryFile: files.summary)
    }

}
