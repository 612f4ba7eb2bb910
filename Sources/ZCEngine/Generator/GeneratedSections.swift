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

    mutating func papers() -> Papers {
        let count =
            switch applicant.qualification.level {
            case .yuan: 0
            case .zhuli: random.int(0...1)
            case .zhongji: random.int(1...2)
            case .fugao: random.int(2...4)
            case .zhenggao: random.int(3...6)
            }
        let topics = GeneratedText.topics[applicant.family] ?? ["业务管理"]
        return Papers(
            entries: (0..<count).map { _ in
                let year = today.year - random.int(1...7)
                let rank = random.weighted([(1, 0.7), (2, 0.2), (3, 0.1)])
                return PaperEntry(
                    title: fill(random.pick(GeneratedText.titlePatterns), random.pick(topics)),
                    journal: random.pick(GeneratedText.journals[applicant.family] ?? ["现代商业"]),
                    publishedOn: month(year, random.int(1...12)), authorRank: rank,
                    authorCount: rank + random.int(0...2),
                    issn: random.chance(0.8) ? issn() : nil,
                    verificationURL: random.chance(0.85) ? verificationURL(year: year) : nil,
                    evidence: [files.achievement])
            })
    }

    mutating func books() -> Books {
        guard applicant.qualification.level >= .fugao, random.chance(0.2) else { return Books(entries: []) }
        let words = random.int(150...400)
        return Books(entries: [
            BookEntry(
                title: "\(random.pick(GeneratedText.topics[applicant.family] ?? ["业务管理"]))研究",
                publisher: random.pick(["河北教育出版社", "河北科学技术出版社", "河北人民出版社", "人民卫生出版社", "中国农业出版社"]),
                publishedOn: month(today.year - random.int(1...6), random.int(1...12)),
                role: random.pick([.coAuthor, .editorInChief, .deputyEditor, .editorialBoard]), wordCount: words,
                ownWordCount: random.int(30...words), isbn: isbn(), evidence: [files.achievement])
        ])
    }

    mutating func projects() -> Projects {
        guard applicant.qualification.level >= .zhongji else { return Projects(entries: []) }
        return Projects(
            entries: (0..<random.int(0...2)).map { _ in
                let start = today.year - random.int(1...6)
                let done = start + 2 < today.year && random.chance(0.7)
                return ProjectEntry(
                    name: "\(random.pick(GeneratedText.topics[applicant.family] ?? ["业务管理"]))研究",
                    source: random.pick(["河北省教育科学研究所", "河北省卫生健康委员会", "河北省科学技术厅", "\(applicant.cityName)科学技术局"]),
                    level: random.pick([.provincial, .city, .county]), rank: random.int(1...5),
                    startedOn: month(start, random.int(1...12)), finishedOn: done ? month(start + 2, 12) : nil,
                    status: done ? .concluded : .ongoing, evidence: [files.achievement])
            })
    }

    mutating func awards() -> Awards {
        let names: [String] =
            switch applicant.family {
            case .teacher: ["优质课评比一等奖", "优秀教师", "优秀班主任", "教学能手"]
            case .medical: ["优秀医师", "优秀护士", "医疗质量先进个人", "抗疫先进个人"]
            case .engineering: ["科学技术进步奖三等奖", "优秀工程设计奖", "技术能手", "优质工程奖"]
            case .general: ["先进工作者", "优秀共产党员", "岗位能手"]
            }
        return Awards(
            entries: (0..<random.int(0...3)).map { _ in
                let city = random.chance(0.7)
                return AwardEntry(
                    name: (city ? applicant.cityName : "河北省") + random.pick(names),
                    grantor: city ? "\(applicant.cityName)人民政府" : "河北省人力资源和社会保障厅",
                    level: city ? .city : .provincial,
                    awardedOn: month(today.year - random.int(1...8), random.int(1...12)),
                    evidence: [files.achievement])
            })
    }

    mutating func patents() -> Patents {
        guard applicant.family == .engineering, random.chance(0.3) else { return Patents(entries: []) }
        return Patents(
            entries: (0..<random.int(1...2)).map { _ in
                let year = today.year - random.int(2...8)
                let invention = random.chance(0.3)
                return PatentEntry(
                    title:
                        "一种\(random.pick(["新型", "可调式", "节能型", "便携式"]))\(random.pick(["检测装置", "施工支架", "播种机构", "控制系统"]))",
                    kind: invention ? .invention : .utilityModel,
                    number: "ZL\(year)\(invention ? 1 : 2)\(digits(7)).\(random.int(0...9))",
                    grantedOn: month(year + 1, random.int(1...12)), rank: random.int(1...4),
                    evidence: [files.achievement])
            })
    }

    mutating func expertTitles() -> ExpertTitles {
        guard applicant.qualification.level >= .fugao, random.chance(0.25) else { return ExpertTitles(entries: []) }
        let name =
            applicant.family == .teacher
            ? "\(applicant.cityName)骨干教师" : "\(applicant.cityName)拔尖人才"
        return ExpertTitles(entries: [
            ExpertTitleEntry(
                name: name, grantor: "\(applicant.cityName)人民政府", awardedOn: month(today.year - random.int(1...6), 9),
                evidence: [files.achievement])
        ])
    }

    mutating func otherAchievements() -> OtherAchievements {
        guard random.chance(0.4) else { return OtherAchievements(entries: []) }
        return OtherAchievements(entries: [
            OtherAchievementEntry(
                description: "承担\(applicant.cityName)\(applicant.specialty)专业培训授课任务，累计授课\(random.int(10...60))学时。",
                evidence: [files.achievement])
        ])
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

    // MARK: small values

    /// `YYYY-MM`, never after this month.
    func month(_ year: Int, _ month: Int) -> String {
        let clamped =
            YearMonth(year: year, month: month) > YearMonth(today)
            ? YearMonth(today) : YearMonth(year: year, month: month)
        return clamped.description
    }

    mutating func position() -> String {
        switch applicant.family {
        case .teacher: random.pick(["教师", "班主任", "教研组长"])
        case .medical: random.pick(["医师", "护士", "技师", "药师"])
        case .engineering: random.pick(["技术员", "工程师", "项目负责人"])
        case .general: random.pick(["科员", "业务主管", "会计"])
        }
    }

    /// Each `%@` of `pattern` replaced by the next of `values` (the last one repeats).
    func fill(_ pattern: String, _ values: String...) -> String {
        var out = [UInt8]()
        var index = 0
        let bytes = Array(pattern.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "@") {
                if !values.isEmpty { out += values[min(index, values.count - 1)].utf8 }
                index += 1
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func digits(_ count: Int) -> String {
        var text = String(random.int(1...9))
        for _ in 1..<count { text += String(random.int(0...9)) }
        return text
    }

    /// 16 upper-case letters and digits (current 学信网 codes) or 12 digits (the manual's).
    mutating func xuexinCode() -> String {
        if random.chance(0.2) { return digits(12) }
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        return String((0..<16).map { _ in random.pick(alphabet) })
    }

    /// A well-formed ISSN with its check digit.
    mutating func issn() -> String {
        let body = (0..<7).map { _ in random.int(0...9) }
        let sum = body.enumerated().reduce(0) { $0 + $1.element * (8 - $1.offset) }
        let check = (11 - sum % 11) % 11
        let text = body.map(String.init).joined()
        return String(text.prefix(4)) + "-" + String(text.dropFirst(4)) + (check == 10 ? "X" : String(check))
    }

    /// An ISBN-13 of a Chinese publisher (978-7-…) with its check digit.
    mutating func isbn() -> String {
        let publisher = String(random.int(5000...5599))
        let item = GeneratedResidentID.pad(random.int(0...9999), 4)
        let twelve = "9787" + publisher + item
        let sum = twelve.utf8.enumerated().reduce(0) { $0 + Int($1.element - 0x30) * ($1.offset % 2 == 0 ? 1 : 3) }
        return "978-7-\(publisher)-\(item)-\((10 - sum % 10) % 10)"
    }

    mutating func verificationURL(year: Int) -> String {
        switch random.int(0...2) {
        case 0: "https://kns.cnki.net/kcms2/article/abstract?v=\(digits(10))"
        case 1:
            "https://d.wanfangdata.com.cn/periodical/\(random.pick(["zxxjy", "hbyy", "jzjg", "kjzy"]))\(year)\(digits(5))"
        default: "http://www.cqvip.com/qk/\(digits(5))x/\(year)\(random.int(10...12))/\(digits(10)).html"
        }
    }
}
