import Foundation
import ZCProtocol

/// `ref.*` and `committee.*`: the title series and the review committees.
extension Samples {
    static let ref: [MethodSample] = [
        sample(
            RefQualificationsRequest(series: series.code, level: .fugao),
            [
                QualificationInfo(
                    code: qualification.code, name: qualification.name, level: .fugao, levelName: "副高级",
                    committeeLevel: .gaoji, series: series)
            ]),
        sample(
            RefSeriesRequest(includeRetired: true),
            [
                SeriesInfo(
                    code: "zhongzhi", name: "中等职业学校教师", verified: false, retired: false,
                    levels: [
                        SeriesLevel(
                            level: .zhuli, levelName: "助理级",
                            qualifications: [.init(code: "zhongzhi.zhuli", name: "助理讲师")]),
                        SeriesLevel(
                            level: .zhongji, levelName: "中级",
                            qualifications: [.init(code: "zhongzhi.zhongji", name: "讲师")]),
                        SeriesLevel(
                            level: .fugao, levelName: "副高级",
                            qualifications: [.init(code: "zhongzhi.fugao", name: "高级讲师")]),
                        SeriesLevel(
                            level: .zhenggao, levelName: "正高级",
                            qualifications: [.init(code: "zhongzhi.zhenggao", name: "正高级讲师")]),
                    ]),
                SeriesInfo(
                    code: series.code, name: series.name, verified: false, retired: false,
                    levels: [
                        SeriesLevel(
                            level: .yuan, levelName: "员级",
                            qualifications: [.init(code: "zhongxiaoxue.yuan", name: "三级教师")]),
                        SeriesLevel(
                            level: .zhuli, levelName: "助理级",
                            qualifications: [.init(code: "zhongxiaoxue.zhuli", name: "二级教师")]),
                        SeriesLevel(
                            level: .zhongji, levelName: "中级",
                            qualifications: [.init(code: "zhongxiaoxue.zhongji", name: "一级教师")]),
                        SeriesLevel(level: .fugao, levelName: "副高级", qualifications: [qualification]),
                        SeriesLevel(
                            level: .zhenggao, levelName: "正高级",
                            qualifications: [.init(code: "zhongxiaoxue.zhenggao", name: "正高级教师")]),
                    ]),
            ]),
    ]

    static let committee: [MethodSample] = [
        sample(
            CreateCommitteeRequest(
                code: committeeCode, name: committeeName, seriesCode: series.code, level: .gaoji, reviewType: .social,
                formingOrganizationCode: educationBureau.code, authorityOrganizationCode: cityOffice.code,
                specialties: ["小学语文", "小学数学", "初中语文", "初中数学", "高中数学"]),
            committeeInfo(disabled: false)),
        sample(
            DisableCommitteeRequest(code: committeeCode, reason: "评审专业调整，另行组建评委会"),
            committeeInfo(disabled: true)),
        sample(
            EditCommitteeRequest(
                code: committeeCode, name: committeeName, specialties: committeeSpecialties,
                authorityOrganizationCode: cityOffice.code),
            committeeInfo(disabled: false)),
        sample(EnableCommitteeRequest(code: committeeCode), committeeInfo(disabled: false)),
        sample(
            ListCommitteesRequest(seriesCode: series.code, level: .gaoji, includeDisabled: true, page: pageParams),
            Page(items: [committeeInfo(disabled: false)], total: 1, offset: 0, limit: 20)),
        sample(ShowCommitteeRequest(code: committeeCode), committeeInfo(disabled: false)),
    ]

    // MARK: Building blocks

    static let committeeCode = "SJZ-ZXX-GJ"
    static let committeeName = "石家庄市中小学教师高级职称评审委员会"
    /// Sorted, as the daemon returns them.
    static let committeeSpecialties = ["初中数学", "初中语文", "小学数学", "小学语文", "高中数学"]

    /// Formed by the education bureau, authorised and owned by the city office.
    static func committeeInfo(disabled: Bool) -> CommitteeInfo {
        CommitteeInfo(
            code: committeeCode, name: committeeName, seriesCode: series.code, seriesName: series.name, level: .gaoji,
            levelName: "高级", reviewType: .social, reviewTypeName: "社会化评审", formingOrganization: educationBureau,
            authorityOrganization: cityOffice, owner: cityOffice, specialties: committeeSpecialties,
            disabled: disabled, createdAt: announcedAt)
    }
}
