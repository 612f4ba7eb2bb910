/// One generated applicant: who they are, where they work, and what they apply for. Everything the sections and
/// the history are made from.
struct GeneratedApplicant {
    var accountID: Int64
    var name: String
    var male: Bool
    var idNumber: String
    var birth: CalendarDay
    var phone: String
    var employer: GeneratedOrganization
    /// 石家庄市, 雄安新区, or 河北省 for provincial units.
    var cityName: String
    var seriesCode: String
    var qualification: Qualification
    /// 现专业技术职务: the qualification one level below in the same series, nil for a first title.
    var currentTitle: Qualification?
    var specialty: String
    var reviewMethod: ReviewMethod
    var route: DeclarationRoute

    var family: SeriesFamily { SeriesFamily(series: seriesCode) }
    /// The employer's index in the tree (ids are index + 1).
    var employerIndex: Int { Int(employer.id) - 1 }
}

/// The five evidence files every generated declaration has uploaded, all of them the same small PDF (one blob):
/// 学历材料, 资格证书, 聘用证明, 业绩佐证, 工作总结.
struct EvidenceSet {
    var education: Int64
    var certificate: Int64
    var employment: Int64
    var achievement: Int64
    var summary: Int64

    init(first: Int64) {
        education = first
        certificate = first + 1
        employment = first + 2
        achievement = first + 3
        summary = first + 4
    }

    static let count = 5
    static let names = ["学历证书及电子注册备案表.pdf", "专业技术资格证书.pdf", "聘用证明.pdf", "业绩佐证材料.pdf", "工作总结.pdf"]
}
