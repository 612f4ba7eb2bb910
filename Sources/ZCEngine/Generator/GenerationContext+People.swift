/// The applicants: where they work, what they apply for, their age, resident ID and phone. Made one by one on the
/// generating thread (the resident IDs must be unique); their declarations are made from these afterwards.
extension GenerationContext {
    /// Level of the qualifications applied for, as a batch sees them: most go for 中级, then 副高级 and 初级.
    static let levelWeights: [(TitleLevel, Double)] = [
        (.yuan, 0.05), (.zhuli, 0.2), (.zhongji, 0.45), (.fugao, 0.25), (.zhenggao, 0.05),
    ]
    /// Age range at application, by level.
    static func ages(_ level: TitleLevel) -> ClosedRange<Int> {
        switch level {
        case .yuan: 21...30
        case .zhuli: 24...36
        case .zhongji: 28...46
        case .fugao: 34...54
        case .zhenggao: 42...58
        }
    }
    static let tracks: [(String, Double)] = [("yi", 0.45), ("hu", 0.38), ("yao", 0.08), ("ji", 0.09)]

    mutating func people(from first: Int, count: Int) -> [GeneratedApplicant] {
        (first..<first + count).map { person($0) }
    }

    mutating func person(_ index: Int) -> GeneratedApplicant {
        var random = random(for: index, 1)
        let employerIndex = employers.draw(&random)
        let employer = tree.organizations[employerIndex]
        let profile = employer.profile ?? .company
        var series = random.weighted(profile.series)
        if reference.qualifications[series] == nil { series = "gongcheng" }
        let all = reference.qualifications[series] ?? []
        let offered = Set(all.map(\.level))
        let level = random.weighted(Self.levelWeights.filter { offered.contains($0.0) })
        var candidates = all.filter { $0.level == level }
        if series == "weisheng" {
            let track = random.weighted(Self.tracks)
            candidates = candidates.filter { reference.track($0.code) == Substring(track) }
        }
        let qualification = candidates.isEmpty ? all[0] : random.pick(candidates)
        let male =
            series == "weisheng" && qualification.code.contains(".hu.")
            ? random.chance(0.05)
            : series == "zhongxiaoxue" ? random.chance(0.3) : random.chance(0.55)
        let age = random.int(Self.ages(level))
        let year = today.year - age
        let month = random.int(1...12)
        let day = random.int(1...CalendarDay.days(inMonth: month, year: year))
        let local = HebeiDivisions.idRegionsByCity[employer.code.prefix(4)] ?? []
        let region = random.weighted(random.chance(0.75) && !local.isEmpty ? local : HebeiDivisions.idRegions)
        var idNumber = ""
        repeat {
            idNumber = GeneratedResidentID.make(
                region: region, year: year, month: month, day: day, sequence: random.int(0...499), male: male)
        } while !usedIDs.insert(idNumber).inserted
        let levelKey = level.committeeLevel
        let selfReview =
            selfReviewCommittees.contains(SelfReviewKey(organization: employerIndex, series: series, level: levelKey))
            && random.chance(0.8)
        let specialty =
            random.pick(
                GeneratedText.specialties[
                    series == "weisheng" ? "weisheng." + (reference.track(qualification.code) ?? "yi") : series]
                    ?? [reference.seriesNames[series] ?? "综合"])
        return GeneratedApplicant(
            accountID: applicantAccountID(index), name: GeneratedNames.person(male: male, &random), male: male,
            idNumber: idNumber, birth: CalendarDay(year: year, month: month, day: day),
            phone: GeneratedNames.mobile(&random), employer: employer, cityName: employer.cityName, seriesCode: series,
            qualification: qualification, currentTitle: reference.below(qualification, series: series),
            specialty: specialty, reviewMethod: selfReview ? .selfReview : .review,
            route: route(level: level, series: series, &random))
    }

    private func route(level: TitleLevel, series: String, _ random: inout GeneratorRandom) -> DeclarationRoute {
        let choices: [(DeclarationRoute, Double)] = [
            (.normal, 0.9), (.transfer, 0.02), (.oneStep, 0.02), (.exceptional, 0.02), (.greenChannel, 0.01),
            (.highSkill, series == "gongcheng" ? 0.05 : 0),
        ]
        let route = random.weighted(choices)
        return route.allowedLevels.contains(level) ? route : .normal
    }
}
