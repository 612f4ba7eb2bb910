import Foundation
import ZCProtocol

/// `application.save<Section>`: one save per section of the form. The contents are 张伟's declaration, the same in
/// the saves, in `application.show` and in `review.show`; each content type sets every optional member in at least
/// one entry. Evidence file ids count up from 5001 in form order.
extension Samples {
    static let sections: [MethodSample] = [
        sample(SaveAwardsRequest(application: applicationID, awards: awards), saved(.awards)),
        sample(SaveBasicInfoRequest(application: applicationID, basicInfo: basicInfo), saved(.basicInfo, revision: 2)),
        sample(SaveBooksRequest(application: applicationID, books: books), saved(.books)),
        sample(
            SaveCertificatesRequest(application: applicationID, certificates: certificates), saved(.certificates)),
        sample(
            SaveDeclarationRequest(application: applicationID, declaration: declaration),
            saved(.declaration, revision: 2)),
        sample(SaveEducationRequest(application: applicationID, education: education), saved(.education)),
        sample(SaveEmploymentRequest(application: applicationID, employment: employment), saved(.employment)),
        sample(
            SaveExpertTitlesRequest(application: applicationID, expertTitles: expertTitles), saved(.expertTitles)),
        sample(
            SaveOtherAchievementsRequest(application: applicationID, otherAchievements: otherAchievements),
            saved(.otherAchievements)),
        sample(
            SaveOtherMaterialsRequest(application: applicationID, otherMaterials: otherMaterials),
            saved(.otherMaterials)),
        sample(SavePapersRequest(application: applicationID, papers: papers), papersSaved),
        sample(SavePatentsRequest(application: applicationID, patents: patents), saved(.patents)),
        sample(
            SaveProfessionalExperienceRequest(
                application: applicationID, professionalExperience: professionalExperience),
            saved(.professionalExperience)),
        sample(SaveProjectsRequest(application: applicationID, projects: projects), saved(.projects)),
        sample(SaveSocietiesRequest(application: applicationID, societies: societies), saved(.societies)),
        sample(SaveWorkHistoryRequest(application: applicationID, workHistory: workHistory), saved(.workHistory)),
        sample(SaveWorkSummaryRequest(application: applicationID, workSummary: workSummary), saved(.workSummary)),
    ]

    /// A save that has nothing to tell.
    static func saved(_ section: SectionKey, revision: Int = 1) -> SaveSectionResult {
        SaveSectionResult(section: section, revision: revision, savedAt: savedAt, notices: [])
    }

    /// The second paper has no verification URL: kept, but it does not count.
    static let papersSaved = SaveSectionResult(
        section: .papers, revision: 2, savedAt: savedAt,
        notices: [
            "论文 2 (entries[1]) 《初中数学作业分层设计的实践与思考》 has no verification URL and does not count: "
                + "检索不到或未填检索验证地址的视为无效论文，不作为评审依据"
        ])

    /// Every section, as `application.show` and `review.show` return them.
    static let documentSections = DocumentSections(
        declaration: declaration, basicInfo: basicInfo, education: education, certificates: certificates,
        employment: employment, otherMaterials: otherMaterials, workHistory: workHistory, societies: societies,
        professionalExperience: professionalExperience, papers: papers, books: books, projects: projects,
        awards: awards, patents: patents, expertTitles: expertTitles, otherAchievements: otherAchievements,
        workSummary: workSummary)

    // MARK: The form, part 1: who applies for what, and the record

    /// 申报信息: 高级教师 in 中小学教师, by ordinary review.
    static let declaration = DeclarationInfo(
        reviewMethod: .review, route: .normal, seriesCode: series.code, qualificationCode: qualification.code,
        specialty: "中学数学")

    static let basicInfo = BasicInfo(
        phone: applicantPhone, education: .bachelor, major: "数学与应用数学", degree: .bachelor,
        adminPosition: "教务处副主任", adminLevel: "副科级", currentTitle: "一级教师",
        appraisals: [
            Appraisal(year: 2021, result: .excellent), Appraisal(year: 2022, result: .competent),
            Appraisal(year: 2023, result: .excellent), Appraisal(year: 2024, result: .competent),
            Appraisal(year: 2025, result: .excellent),
        ])

    /// Both domestic and obtained after 2002: each with its 学信网 code and 电子注册备案表.
    static let education = Education(entries: [
        EducationEntry(
            from: "1998-09", to: "2002-07", school: "河北师范大学", major: "数学与应用数学", educationLevel: .bachelor,
            degree: .bachelor, kind: .domestic, xuexinCode: "A7K2M9P4Q8R3T6W1", evidence: [5001, 5002]),
        EducationEntry(
            from: "2008-09", to: "2011-06", school: "河北师范大学", major: "课程与教学论", educationLevel: .master,
            degree: .master, kind: .domestic, xuexinCode: "201103456789", evidence: [5003, 5004]),
    ])

    static let certificates = Certificates(entries: [
        CertificateEntry(
            name: "一级教师", seriesCode: series.code, level: .zhongji, obtainedOn: "2014-12",
            certificateNumber: "冀中小学一级2014-130100-0123", issuer: "石家庄市职称改革领导小组办公室",
            transferred: false, evidence: [5005])
    ])

    /// 事业单位正式人员: continuous record forms; the current appointment is open-ended.
    static let employment = Employment(entries: [
        EmploymentEntry(
            kind: .recordForm, position: "中学一级教师", from: "2021-01", to: nil, evidence: [5006]),
        EmploymentEntry(
            kind: .recordForm, position: "中学一级教师", from: "2015-01", to: "2020-12", evidence: [5007]),
    ])

    /// Insured in 河北: the insurance shows through data sharing, so no evidence is needed for it.
    static let otherMaterials = OtherMaterials(
        socialInsurance: SocialInsurance(insuredInProvince: true, evidence: []),
        practiceCertificates: [
            PracticeCertificate(name: "教师资格证（高级中学·数学）", number: "20021300142000123", evidence: [5008])
        ],
        continuingEducation: [
            ContinuingEducationRecord(
                description: "2025年度河北省中小学教师继续教育（初中数学）", hours: 72, year: 2025, evidence: [5009])
        ],
        others: [OtherMaterial(description: "近五年年度考核登记表", evidence: [5010])])

    /// Most recent first; the current post is open-ended (至今).
    static let workHistory = WorkHistory(entries: [
        WorkHistoryEntry(from: "2009-08", to: nil, organization: school.name, position: "数学教师、教务处副主任"),
        WorkHistoryEntry(from: "2002-08", to: "2009-07", organization: "石家庄市第四十中学", position: "数学教师"),
    ])

    static let societies = Societies(entries: [
        SocietyEntry(from: "2018-05", to: "2023-05", name: "石家庄市数学会", role: "理事"),
        SocietyEntry(from: "2023-06", to: nil, name: "河北省教育学会中学数学教学专业委员会", role: "委员"),
    ])

    static let professionalExperience = ProfessionalExperience(entries: [
        ProfessionalExperienceEntry(
            category: "教育教学",
            content: "2021年9月至2025年7月担任初三年级两个班数学教学，中考数学平均分连续四年居全市前列。\n兼任学校数学教研组组长。",
            from: "2021-09", to: "2025-07", evidence: [5011])
    ])

    // MARK: The form, part 2: achievements and the work summary

    /// The second paper has no verification URL, so the daemon stored `counted` false.
    static let papers = Papers(entries: [
        PaperEntry(
            title: "核心素养视角下初中数学单元整体教学设计研究", journal: "中学数学教学参考", publishedOn: "2023-05",
            authorRank: 1, authorCount: 2, issn: "1002-2171",
            verificationURL: "https://kns.cnki.net/kcms2/article/abstract?v=ZXSX202305012", counted: true,
            evidence: [5012, 5013]),
        PaperEntry(
            title: "初中数学作业分层设计的实践与思考", journal: "河北教育", publishedOn: "2021-10", authorRank: 1,
            authorCount: 1, issn: "1007-6344", verificationURL: nil, counted: false, evidence: [5014]),
    ])

    static let books = Books(entries: [
        BookEntry(
            title: "初中数学问题解决教学策略", publisher: "河北教育出版社", publishedOn: "2022-08", role: .deputyEditor,
            wordCount: 260, ownWordCount: 80, isbn: "978-7-5545-6789-0", evidence: [5015])
    ])

    static let projects = Projects(entries: [
        ProjectEntry(
            name: "基于大单元教学的初中数学作业设计研究", source: "河北省教育科学研究院", level: .provincial, rank: 1,
            startedOn: "2022-03", finishedOn: "2024-06", status: .concluded, evidence: [5016, 5017])
    ])

    static let awards = Awards(entries: [
        AwardEntry(
            name: "河北省优质课评比一等奖", grantor: "河北省教育厅", level: .provincial, rank: 1, awardedOn: "2019-11",
            evidence: [5018])
    ])

    /// A utility model: the 5th digit of the number is 2.
    static let patents = Patents(entries: [
        PatentEntry(
            title: "一种中学数学教学用立体几何演示装置", kind: .utilityModel, number: "ZL202120123456.7",
            grantedOn: "2022-01", rank: 1, evidence: [5019])
    ])

    static let expertTitles = ExpertTitles(entries: [
        ExpertTitleEntry(name: "石家庄市骨干教师", grantor: educationBureau.name, awardedOn: "2018-09", evidence: [5020])
    ])

    static let otherAchievements = OtherAchievements(entries: [
        OtherAchievementEntry(description: "指导学生参加全国初中数学联赛，3人获河北赛区一等奖。", evidence: [5021])
    ])

    /// A draft's abstract (too short to submit yet) and the full summary as a PDF.
    static let workSummary = WorkSummary(
        abstract: "任现职以来，本人坚持立德树人，承担初中数学教学和教研组工作，主持省级课题一项，发表论文两篇，所带班级中考成绩连续四年居全市前列。",
        summaryFile: 5022)
}
