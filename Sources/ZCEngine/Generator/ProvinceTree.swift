/// The generated organisation tree of 河北, built in memory before it is written: every code is composed with
/// ``OrganizationCode/assign(kind:category:under:parentKind:requestedSerial:takenSerials:)``, the engine's own rule
/// for placement, category ranges and free serials.
struct ProvinceTree {
    /// A declaration window: one per city-level office, one at the provincial office for the provincial units.
    struct BatchPlan {
        var office: Int
        var name: String
    }

    private(set) var organizations: [GeneratedOrganization] = []
    private(set) var batches: [BatchPlan] = []
    private var takenSerials: [Int: Set<String>] = [:]

    static let provinceName = "河北省职称改革领导小组办公室"

    /// The tree with about `employers` 申报单位 under departments, counties and talent centres.
    /// Only the first `cities` cities (石家庄 first) take employers; the others keep their offices and departments.
    static func build(employers: Int, cities: Int = HebeiDivisions.cities.count, random: inout GeneratorRandom) throws
        -> ProvinceTree
    {
        var tree = ProvinceTree()
        tree.organizations.append(
            GeneratedOrganization(
                id: 1, code: OrganizationCode.hebei.value, parent: nil, kind: .provinceOffice, category: nil,
                nature: .stateOrgan, name: provinceName, cityName: "河北省"))
        tree.batches.append(BatchPlan(office: 0, name: "河北省省直单位"))
        let provincialEmployers = max(1, employers * 7 / 100)
        try tree.addProvincialUnits(employers: provincialEmployers, &random)
        let weighted = HebeiDivisions.cities.prefix(max(1, cities)).count
        let weights = HebeiDivisions.cities.prefix(weighted).reduce(0) { $0 + $1.weight }
        var remaining = employers - provincialEmployers
        for (index, city) in HebeiDivisions.cities.enumerated() {
            let last = index == weighted - 1
            let share =
                index >= weighted ? 0
                : last ? remaining : Int((Double(employers - provincialEmployers) * city.weight / weights).rounded())
            remaining -= share
            try tree.addCity(city, employers: max(0, share), &random)
        }
        return tree
    }

    /// Adds one organisation under `parent` (nil for none); returns its index.
    @discardableResult
    mutating func add(
        _ kind: OrganizationKind, category: OrganizationCategory? = nil, serial: String? = nil, name: String,
        under parent: Int, profile: EmployerProfile? = nil, size: Double = 0, batch: Int, cityName: String
    ) throws -> Int {
        let parentOrg = organizations[parent]
        let code = try OrganizationCode.assign(
            kind: kind, category: category, under: OrganizationCode(validating: parentOrg.code),
            parentKind: parentOrg.kind, requestedSerial: serial, takenSerials: takenSerials[parent, default: []])
        takenSerials[parent, default: []].insert(String(code.value.suffix(OrganizationSerial.length)))
        organizations.append(
            GeneratedOrganization(
                id: Int64(organizations.count + 1), code: code.value, parent: parent, kind: kind, category: category,
                nature: kind.defaultNature ?? profile?.nature, name: name, profile: profile, size: size, batch: batch,
                cityName: cityName))
        return organizations.count - 1
    }

    private mutating func addProvincialUnits(employers: Int, _ random: inout GeneratorRandom) throws {
        let province = "河北省"
        var departments: [(Int, ProvincialUnits.Department)] = []
        for department in ProvincialUnits.departments {
            let index = try add(
                .provinceDepartment, category: department.category, name: department.name, under: 0, batch: 0,
                cityName: province)
            departments.append((index, department))
        }
        for unit in ProvincialUnits.selfReviewUnits {
            try add(
                .provinceSelfReviewUnit, category: unit.category, name: unit.name, under: 0, profile: unit.profile,
                size: unit.size, batch: 0, cityName: province)
        }
        let centre = try add(
            .provinceTalentCentre, category: .talentCentre, name: ProvincialUnits.talentCentre, under: 0, batch: 0,
            cityName: province)
        var created = 0
        var round = 0
        while created < employers {
            var any = false
            for (index, department) in departments where round < department.employers.count && created < employers {
                let (name, profile) = department.employers[round]
                try addEmployer(name, profile, under: index, batch: 0, cityName: province, &random)
                created += 1
                any = true
            }
            round += 1
            if !any { break }
        }
        while created < employers {
            let (name, profile) = EmployerNames.company(place: "河北", &random)
            try addEmployer(name, profile, under: centre, batch: 0, cityName: province, &random)
            created += 1
        }
    }

    private mutating func addCity(_ city: HebeiCity, employers: Int, _ random: inout GeneratorRandom) throws {
        let full = HebeiDivisions.fullName(city)
        let batch = batches.count
        let office = try add(
            city.kind, serial: city.serial, name: full + "职称改革领导小组办公室", under: 0, batch: batch, cityName: full)
        batches.append(BatchPlan(office: office, name: full))
        var counties: [(Int, String)] = []
        for (suffix, county) in city.counties {
            let index = try add(
                .countyOffice, serial: "00" + suffix, name: full + county + "职称改革领导小组办公室", under: office,
                batch: batch, cityName: full)
            counties.append((index, full + county))
        }
        var slots: [CitySlot: [Int]] = [:]
        for (suffix, category, slot) in ProvincialUnits.cityDepartments {
            let name = category == .partyDepartment ? "中共" + full + suffix : full + suffix
            let index = try add(
                .cityDepartment, category: category, name: name, under: office, batch: batch, cityName: full)
            if let slot { slots[slot, default: []].append(index) }
        }
        // A city that takes no employers keeps its self-review units, but without applicants.
        let staffed = employers > 0 ? 1.0 : 0.0
        if city.kind == .cityOffice {
            try add(
                .citySelfReviewUnit, category: .hospital, name: full + "人民医院", under: office, profile: .hospital,
                size: 9 * staffed, batch: batch, cityName: full)
            if let college = ProvincialUnits.cityColleges[city.name] {
                try add(
                    .citySelfReviewUnit, category: .university, name: college, under: office, profile: .university,
                    size: 6 * staffed, batch: batch, cityName: full)
            }
        }
        slots[.talentCentre] = [
            try add(
                .cityTalentCentre, category: .talentCentre, name: full + "人才交流服务中心", under: office, batch: batch,
                cityName: full)
        ]
        var counters: [Int: Int] = [:]
        let available = CitySlot.allCases.filter { $0 == .county ? !counties.isEmpty : slots[$0] != nil }
        for _ in 0..<employers {
            let slot = random.weighted(available.map { ($0, $0.share) })
            let parent: Int
            let named: (String, EmployerProfile)
            if slot == .county {
                let county = random.pick(counties)
                parent = county.0
                named = EmployerNames.county(counters[parent, default: 0], place: county.1, &random)
            } else {
                parent = random.pick(slots[slot] ?? [office])
                named = EmployerNames.city(slot, counters[parent, default: 0], city: full, &random)
            }
            counters[parent, default: 0] += 1
            try addEmployer(named.0, named.1, under: parent, batch: batch, cityName: full, &random)
        }
    }

    private mutating func addEmployer(
        _ name: String, _ profile: EmployerProfile, under parent: Int, batch: Int, cityName: String,
        _ random: inout GeneratorRandom
    ) throws {
        // Sizes spread about tenfold around the kind's typical size.
        let size = profile.size * (0.3 + 2.4 * random.unit() * random.unit())
        try add(.employer, name: name, under: parent, profile: profile, size: size, batch: batch, cityName: cityName)
    }

    /// The organisation and its ancestors, nearest first.
    func path(from index: Int) -> [Int] {
        var out = [index]
        var cursor = organizations[index].parent
        while let c = cursor {
            out.append(c)
            cursor = organizations[c].parent
        }
        return out
    }
}
