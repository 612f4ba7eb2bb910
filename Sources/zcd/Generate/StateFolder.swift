import Foundation

/// The state folder `zcd generate` fills: refused when it already holds a database, unless --force, which removes
/// exactly what a generation writes (the database with its WAL, the evidence and uploads folders, the manifest).
struct StateFolder {
    let path: String

    var database: String { path + "/zcd.sqlite" }
    var manifest: String { path + "/generated.json" }

    struct Occupied: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) already holds a database; give --force to replace it" }
    }

    func prepare(force: Bool) throws {
        let files = FileManager.default
        if files.fileExists(atPath: database) {
            guard force else { throw Occupied(path: path) }
            for name in ["zcd.sqlite", "zcd.sqlite-wal", "zcd.sqlite-shm", "generated.json", "evidence", "uploads"] {
                let item = path + "/" + name
                if files.fileExists(atPath: item) { try files.removeItem(atPath: item) }
            }
        }
        try files.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
    }
}
