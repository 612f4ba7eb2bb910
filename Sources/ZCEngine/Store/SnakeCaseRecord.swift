import GRDB

/// A record whose columns are its properties' names in snake_case (`organization_id` ↔ `organizationId`): the one
/// naming rule of the schema, stated once instead of in every record.
protocol SnakeCaseRecord: FetchableRecord {}

extension SnakeCaseRecord {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}

extension SnakeCaseRecord where Self: EncodableRecord {
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension SnakeCaseRecord where Self: TableRecord {
    /// The row whose `id` is `id`, through a statement prepared once per connection. Requests read records by id
    /// many times a second, and preparing a statement (with GRDB's region tracking) costs more than running it.
    static func find(_ db: Database, id: Int64) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM \(databaseTableName) WHERE id = ?"), arguments: [id])
    }
}
