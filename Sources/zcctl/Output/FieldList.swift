import Foundation

/// Label–value lines whose values line up, Chinese labels counted as two cells.
struct FieldList {
    private var fields: [(String, String)] = []

    mutating func add(_ label: String, _ value: String?) {
        if let value { fields.append((label, value)) }
    }

    func render() -> String {
        let width = fields.map { TextTable.displayWidth($0.0) }.max() ?? 0
        return fields.map { label, value in
            label + ":" + String(repeating: " ", count: width - TextTable.displayWidth(label) + 1) + value + "\n"
        }.joined()
    }

    func print() {
        FileHandle.standardOutput.write(Data(render().utf8))
    }
}
