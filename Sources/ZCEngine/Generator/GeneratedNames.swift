/// Chinese personal names and phone numbers for generated people: common surnames weighted roughly by frequency in
/// northern China, given names of one or two characters from lists that lean male or female.
enum GeneratedNames {
    static let surnames: [(String, Double)] = [
        ("王", 9.0), ("李", 8.5), ("张", 8.5), ("刘", 6.5), ("陈", 3.5), ("杨", 3.5), ("赵", 3.0), ("黄", 1.5),
        ("周", 1.5), ("吴", 1.3), ("徐", 1.2), ("孙", 2.0), ("胡", 1.0), ("朱", 1.0), ("高", 1.8), ("林", 0.6),
        ("何", 0.7), ("郭", 1.5), ("马", 1.5), ("罗", 0.5), ("梁", 0.8), ("宋", 0.9), ("郑", 0.8), ("谢", 0.5),
        ("韩", 1.0), ("唐", 0.5), ("冯", 0.8), ("于", 1.0), ("董", 1.0), ("萧", 0.2), ("程", 0.6), ("曹", 0.7),
        ("袁", 0.5), ("邓", 0.4), ("许", 0.7), ("傅", 0.3), ("沈", 0.3), ("曾", 0.3), ("彭", 0.4), ("吕", 0.5),
        ("苏", 0.6), ("卢", 0.4), ("蒋", 0.3), ("蔡", 0.3), ("贾", 0.8), ("丁", 0.5), ("魏", 0.7), ("薛", 0.4),
        ("叶", 0.3), ("阎", 0.3), ("余", 0.2), ("潘", 0.3), ("杜", 0.6), ("戴", 0.3), ("夏", 0.3), ("钟", 0.2),
        ("汪", 0.2), ("田", 0.8), ("任", 0.6), ("姜", 0.5), ("范", 0.6), ("方", 0.3), ("石", 0.6), ("姚", 0.4),
        ("谭", 0.2), ("廖", 0.1), ("邹", 0.2), ("熊", 0.2), ("金", 0.3), ("陆", 0.2), ("郝", 0.6), ("孔", 0.3),
        ("白", 0.5), ("崔", 0.7), ("康", 0.4), ("毛", 0.3), ("邱", 0.2), ("秦", 0.4), ("江", 0.2), ("史", 0.5),
        ("顾", 0.2), ("侯", 0.5), ("邵", 0.3), ("孟", 0.5), ("龙", 0.1), ("万", 0.2), ("段", 0.4), ("雷", 0.2),
        ("钱", 0.2), ("汤", 0.2), ("尹", 0.3), ("黎", 0.1), ("易", 0.1), ("常", 0.4), ("武", 0.5), ("乔", 0.4),
        ("贺", 0.3), ("赖", 0.1), ("龚", 0.1), ("文", 0.2), ("庞", 0.2), ("樊", 0.2), ("兰", 0.1), ("殷", 0.1),
        ("施", 0.1), ("陶", 0.2), ("洪", 0.1), ("翟", 0.3), ("安", 0.3), ("颜", 0.1), ("倪", 0.1), ("严", 0.2),
        ("牛", 0.4), ("温", 0.2), ("芦", 0.1), ("季", 0.1), ("俞", 0.1), ("章", 0.1), ("鲁", 0.2), ("葛", 0.2),
        ("伍", 0.1), ("韦", 0.1), ("申", 0.2), ("尤", 0.1), ("毕", 0.2), ("聂", 0.2), ("焦", 0.3), ("齐", 0.3),
        ("欧阳", 0.05), ("司马", 0.02), ("上官", 0.02), ("诸葛", 0.01),
    ]

    static let maleCharacters = Array(
        "伟强磊军勇杰涛斌超明辉刚鹏飞华建国志平东海波亮兵峰林宇浩然博文俊凯旭晨昊阳鑫宁健永春生庆祥瑞坤振德胜利忠民学良成龙"
    )
    static let femaleCharacters = Array(
        "芳娜敏静丽艳娟霞燕玲桂英华红梅琳颖洁雪倩婷慧莉萍晶欣悦佳怡宁璐丹蕾月蓉秀云兰凤玉琴清涵语晓婧蕊瑶媛琪薇"
    )
    static let neutralCharacters = Array("文明晓春秋新永思嘉子雨一欣海立佳")

    /// 张伟, 李晓燕, 欧阳雪.
    static func person(male: Bool, _ random: inout GeneratorRandom) -> String {
        let surname = random.weighted(surnames)
        let pool = male ? maleCharacters : femaleCharacters
        if random.chance(0.3) { return surname + String(random.pick(pool)) }
        let first = random.chance(0.3) ? random.pick(neutralCharacters) : random.pick(pool)
        return surname + String(first) + String(random.pick(pool))
    }

    /// Mobile prefixes in use: 中国移动, 联通, 电信.
    static let mobilePrefixes = [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
        "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
        "189", "191", "198", "199",
    ]

    /// An 11-digit mobile number.
    static func mobile(_ random: inout GeneratorRandom) -> String {
        var text = random.pick(mobilePrefixes)
        for _ in 0..<8 { text += String(random.int(0...9)) }
        return text
    }

    /// A landline of a 河北 city, e.g. 0311-87654321.
    static func landline(_ random: inout GeneratorRandom) -> String {
        let area = random.pick(["0311", "0315", "0335", "0310", "0319", "0312", "0313", "0314", "0317", "0316", "0318"])
        var local = String(random.int(2...8))
        for _ in 0..<7 { local += String(random.int(0...9)) }
        return area + "-" + local
    }
}

/// Valid 居民身份证号码 for generated applicants: a 河北 region prefix, a real birth date, a 3-digit sequence whose last
/// digit gives the gender (odd for men), and the ISO 7064 MOD 11-2 check character. The caller keeps them unique.
enum GeneratedResidentID {
    /// `sequence` is 0…499: the 3 digits are `2·sequence + 1` for a man, `2·sequence` for a woman.
    static func make(region: String, year: Int, month: Int, day: Int, sequence: Int, male: Bool) -> String {
        let order = (sequence % 500) * 2 + (male ? 1 : 0)
        let seventeen = region + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(order, 3)
        return seventeen + String(checkCharacter(seventeen))
    }

    /// The check character of the first 17 digits.
    static func checkCharacter(_ seventeen: String) -> Character {
        var sum = 0
        for (index, byte) in seventeen.utf8.prefix(17).enumerated() {
            sum += Int(byte - 0x30) * ResidentID.weights[index]
        }
        return Character(UnicodeScalar(ResidentID.checkCharacters[sum % 11]))
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
