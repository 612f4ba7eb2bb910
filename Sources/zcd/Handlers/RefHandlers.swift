import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `ref.*`: the reference data, for anyone.
    mutating func registerRef(engine: Engine) {
        on(RefSeriesRequest.self) { request, _ in
            try await engine.referenceSeries(includeRetired: request.includeRetired ?? false).map(SeriesInfo.init)
        }
        on(RefQualificationsRequest.self) { request, _ in
            try await engine.referenceQualifications(
                series: request.series, level: request.level.map(ZCEngine.TitleLevel.init)
            ).map(QualificationInfo.init)
        }
    }
}

extension SeriesInfo {
    init(_ v: SeriesView) {
        self.init(
            code: v.code, name: v.name, verified: v.verified, retired: v.retired,
            levels: v.levels.map { level in
                SeriesLevel(
                    level: ZCProtocol.TitleLevel(level.level), levelName: level.level.chineseName,
                    qualifications: level.qualifications.map { QualificationRef(code: $0.code, name: $0.name) })
            })
    }
}

extension QualificationInfo {
    init(_ v: QualificationView) {
        self.init(
            code: v.code, name: v.name, level: ZCProtocol.TitleLevel(v.level), levelName: v.level.chineseName,
            committeeLevel: ZCProtocol.CommitteeLevel(v.level.committeeLevel),
            series: SeriesRef(code: v.seriesCode, name: v.seriesName))
    }
}

extension ZCProtocol.TitleLevel {
    init(_ l: ZCEngine.TitleLevel) {
        switch l {
        case .yuan: self = .yuan
        case .zhuli: self = .zhuli
        case .zhongji: self = .zhongji
        case .fugao: self = .fugao
        case .zhenggao: self = .zhenggao
        }
    }
}

extension ZCEngine.TitleLevel {
    init(_ l: ZCProtocol.TitleLevel) {
        switch l {
        case .yuan: self = .yuan
        case .zhuli: self = .zhuli
        case .zhongji: self = .zhongji
        case .fugao: self = .fugao
        case .zhenggao: self = .zhenggao
        }
    }
}

extension ZCProtocol.CommitteeLevel {
    init(_ l: ZCEngine.CommitteeLevel) {
        switch l {
        case .chuji: self = .chuji
        case .zhongji: self = .zhongji
        case .gaoji: self = .gaoji
        }
    }
}

extension ZCEngine.CommitteeLevel {
    init(_ l: ZCProtocol.CommitteeLevel) {
        switch l {
        case .chuji: self = .chuji
        case .zhongji: self = .zhongji
        case .gaoji: self = .gaoji
        }
    }
}
