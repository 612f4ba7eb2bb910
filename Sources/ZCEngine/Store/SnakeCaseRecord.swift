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
