/// The administrative divisions of 河北 the generator lays the tree on: the 11 设区市 with their counties (县、县级市、
/// 市辖区) by division code, 雄安新区 with its three counties, and the two 省直管县. Division codes are the national
/// ones (GB/T 2260); an office's serial follows them (石家庄 130100 → serial 0100; its 长安区 130102 → 0002).
struct HebeiCity {
    /// 石家庄
    var name: String
    /// The 4 digits of the office's own serial (`0100` for 130100).
    var serial: String
    /// Upper-case letters for committee codes.
    var abbreviation: String
    /// Relative size: how many employers and applicants it gets.
    var weight: Double
    /// (last two digits of the division code, name).
    var counties: [(String, String)]
    var kind: OrganizationKind = .cityOffice
    /// The 区 of the city proper, where city-level employers sit.
    var seat: String { counties.first?.1 ?? name }
}

enum HebeiDivisions {
    static let cities: [HebeiCity] = [
        HebeiCity(
            name: "石家庄", serial: "0100", abbreviation: "SJZ", weight: 11.2,
            counties: [
                ("02", "长安区"), ("04", "桥西区"), ("05", "新华区"), ("07", "井陉矿区"), ("08", "裕华区"), ("09", "藁城区"),
                ("10", "鹿泉区"), ("11", "栾城区"), ("21", "井陉县"), ("23", "正定县"), ("25", "行唐县"), ("26", "灵寿县"),
                ("27", "高邑县"), ("28", "深泽县"), ("29", "赞皇县"), ("30", "无极县"), ("31", "平山县"), ("32", "元氏县"),
                ("33", "赵县"), ("83", "晋州市"), ("84", "新乐市"),
            ]),
        HebeiCity(
            name: "唐山", serial: "0200", abbreviation: "TS", weight: 7.7,
            counties: [
                ("02", "路南区"), ("03", "路北区"), ("04", "古冶区"), ("05", "开平区"), ("07", "丰南区"), ("08", "丰润区"),
                ("09", "曹妃甸区"), ("24", "滦南县"), ("25", "乐亭县"), ("27", "迁西县"), ("29", "玉田县"), ("81", "遵化市"),
                ("83", "迁安市"), ("84", "滦州市"),
            ]),
        HebeiCity(
            name: "秦皇岛", serial: "0300", abbreviation: "QHD", weight: 3.1,
            counties: [
                ("02", "海港区"), ("03", "山海关区"), ("04", "北戴河区"), ("06", "抚宁区"), ("21", "青龙满族自治县"),
                ("22", "昌黎县"), ("24", "卢龙县"),
            ]),
        HebeiCity(
            name: "邯郸", serial: "0400", abbreviation: "HD", weight: 9.4,
            counties: [
                ("02", "邯山区"), ("03", "丛台区"), ("04", "复兴区"), ("06", "峰峰矿区"), ("07", "肥乡区"), ("08", "永年区"),
                ("23", "临漳县"), ("24", "成安县"), ("25", "大名县"), ("26", "涉县"), ("27", "磁县"), ("30", "邱县"),
                ("31", "鸡泽县"), ("32", "广平县"), ("33", "馆陶县"), ("34", "魏县"), ("35", "曲周县"), ("81", "武安市"),
            ]),
        HebeiCity(
            name: "邢台", serial: "0500", abbreviation: "XT", weight: 7.1,
            counties: [
                ("02", "襄都区"), ("03", "信都区"), ("05", "任泽区"), ("06", "南和区"), ("22", "临城县"), ("23", "内丘县"),
                ("24", "柏乡县"), ("25", "隆尧县"), ("28", "宁晋县"), ("29", "巨鹿县"), ("30", "新河县"), ("31", "广宗县"),
                ("32", "平乡县"), ("33", "威县"), ("34", "清河县"), ("35", "临西县"), ("81", "南宫市"), ("82", "沙河市"),
            ]),
        HebeiCity(
            name: "保定", serial: "0600", abbreviation: "BD", weight: 9.2,
            counties: [
                ("02", "竞秀区"), ("06", "莲池区"), ("07", "满城区"), ("08", "清苑区"), ("09", "徐水区"), ("23", "涞水县"),
                ("24", "阜平县"), ("26", "定兴县"), ("27", "唐县"), ("28", "高阳县"), ("30", "涞源县"), ("31", "望都县"),
                ("33", "易县"), ("34", "曲阳县"), ("35", "蠡县"), ("36", "顺平县"), ("37", "博野县"), ("81", "涿州市"),
                ("83", "安国市"), ("84", "高碑店市"),
            ]),
        HebeiCity(
            name: "张家口", serial: "0700", abbreviation: "ZJK", weight: 4.1,
            counties: [
                ("02", "桥东区"), ("03", "桥西区"), ("05", "宣化区"), ("06", "下花园区"), ("08", "万全区"), ("09", "崇礼区"),
                ("22", "张北县"), ("23", "康保县"), ("24", "沽源县"), ("25", "尚义县"), ("26", "蔚县"), ("27", "阳原县"),
                ("28", "怀安县"), ("30", "怀来县"), ("31", "涿鹿县"), ("32", "赤城县"),
            ]),
        HebeiCity(
            name: "承德", serial: "0800", abbreviation: "CD", weight: 3.4,
            counties: [
                ("02", "双桥区"), ("03", "双滦区"), ("04", "鹰手营子矿区"), ("21", "承德县"), ("22", "兴隆县"), ("24", "滦平县"),
                ("25", "隆化县"), ("26", "丰宁满族自治县"), ("27", "宽城满族自治县"), ("28", "围场满族蒙古族自治县"),
                ("81", "平泉市"),
            ]),
        HebeiCity(
            name: "沧州", serial: "0900", abbreviation: "CZ", weight: 7.3,
            counties: [
                ("02", "新华区"), ("03", "运河区"), ("21", "沧县"), ("22", "青县"), ("23", "东光县"), ("24", "海兴县"),
                ("25", "盐山县"), ("26", "肃宁县"), ("27", "南皮县"), ("28", "吴桥县"), ("29", "献县"), ("30", "孟村回族自治县"),
                ("81", "泊头市"), ("82", "任丘市"), ("83", "黄骅市"), ("84", "河间市"),
            ]),
        HebeiCity(
            name: "廊坊", serial: "1000", abbreviation: "LF", weight: 5.5,
            counties: [
                ("02", "安次区"), ("03", "广阳区"), ("22", "固安县"), ("23", "永清县"), ("24", "香河县"), ("25", "大城县"),
                ("26", "文安县"), ("28", "大厂回族自治县"), ("81", "霸州市"), ("82", "三河市"),
            ]),
        HebeiCity(
            name: "衡水", serial: "1100", abbreviation: "HS", weight: 4.2,
            counties: [
                ("02", "桃城区"), ("03", "冀州区"), ("21", "枣强县"), ("22", "武邑县"), ("23", "武强县"), ("24", "饶阳县"),
                ("25", "安平县"), ("26", "故城县"), ("27", "景县"), ("28", "阜城县"), ("82", "深州市"),
            ]),
        HebeiCity(
            name: "雄安新区", serial: "3100", abbreviation: "XA", weight: 1.3,
            counties: [("01", "雄县"), ("02", "容城县"), ("03", "安新县")], kind: .xionganOffice),
        HebeiCity(name: "定州", serial: "0682", abbreviation: "DZ", weight: 1.2, counties: [], kind: .countyDirectOffice),
        HebeiCity(name: "辛集", serial: "0181", abbreviation: "XJ", weight: 0.6, counties: [], kind: .countyDirectOffice),
    ]

    /// The regions of ``idRegions`` by their first 4 digits (a city's).
    static let idRegionsByCity: [Substring: [(String, Double)]] = Dictionary(grouping: idRegions) { $0.0.prefix(4) }

    /// `石家庄市`, `雄安新区`, `定州市`.
    static func fullName(_ city: HebeiCity) -> String {
        city.kind == .xionganOffice ? city.name : city.name + "市"
    }

    /// The region prefixes (first 6 digits) of resident IDs issued in 河北: the city codes and their counties'.
    static let idRegions: [(String, Double)] = {
        var regions: [(String, Double)] = []
        for city in cities where city.kind == .cityOffice {
            let prefix = "13" + city.serial.prefix(2)
            regions.append((prefix + "01", city.weight * 0.2))
            for (suffix, _) in city.counties {
                regions.append((prefix + suffix, city.weight / Double(max(1, city.counties.count))))
            }
        }
        regions += [("130682", 1.2), ("130181", 0.6), ("130638", 0.4), ("130629", 0.4), ("130632", 0.4)]
        return regions
    }()
}
