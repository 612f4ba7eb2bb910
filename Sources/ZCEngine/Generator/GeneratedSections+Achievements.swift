import Foundation

/// 业绩成果: papers, books, projects, awards, patents, expert titles and other achievements, by level and series.
extension GeneratedSections {
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
}
