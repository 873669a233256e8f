/// A type that says how it appears in a CRD's OpenAPI schema. Each type declares its schema in
/// the file that declares its fields, so a field added to one is seen missing from the other
/// in review, and the schema conformance tests catch what review misses.
public protocol SchemaDescribed {
    static var openAPISchema: OpenAPISchema { get }
}
