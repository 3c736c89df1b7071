import Foundation
import Testing
@testable import KnowledgeBase

/// Keeps `Knowledge/schema.json` in step with the loader: the same keys at every level, the
/// same enumerations, so an editor's completion offers exactly what the loader accepts.
@Suite struct SchemaTests {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge/schema.json").path

    let definitions: [String: Any]

    init() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        definitions = try #require(schema["definitions"] as? [String: Any])
    }

    private func object(_ name: String) throws -> [String: Any] {
        try #require(definitions[name] as? [String: Any], "no definition \(name)")
    }

    private func keys(_ object: [String: Any]) throws -> Set<String> {
        #expect(object["additionalProperties"] as? Bool == false, "unknown keys must be refused")
        return Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    private func keys(_ name: String) throws -> Set<String> { try keys(try object(name)) }

    private func property(_ definition: [String: Any], _ key: String) throws -> [String: Any] {
        let properties = try #require(definition["properties"] as? [String: Any])
        return try #require(properties[key] as? [String: Any], "no property \(key)")
    }

    private func enumeration(_ definition: [String: Any], _ key: String) throws -> Set<String> {
        Set(try #require(try property(definition, key)["enum"] as? [String]))
    }

    @Test func treeKeys() throws {
        #expect(try keys("tree") == Set(TreeDecoder.treeKeys))
        #expect(try keys("source") == ["page", "entry"])
        #expect(try enumeration(try object("tree"), "stage") == Set(Stage.allCases.map(\.rawValue)))
    }

    @Test func nodeKeys() throws {
        for (kind, known) in TreeDecoder.nodeKeys {
            #expect(try keys(kind) == Set(known), "\(kind)")
        }
        #expect(try enumeration(try object("conclude"), "conclude") == Set(ConclusionKind.allCases.map(\.rawValue)))
    }

    @Test func factKeys() throws {
        #expect(try keys("fact") == Set(FactsDecoder.factKeys))
        #expect(try keys("facts") == ["facts"])
        #expect(try enumeration(try object("fact"), "type") == Set(FactType.allCases.map(\.rawValue)))
        #expect(try enumeration(try object("fact"), "ask") == Set(AskPolicy.allCases.map(\.rawValue)))
    }

    @Test func textKeys() throws {
        #expect(try keys("text") == Set(Language.allCases.map(\.rawValue)))
    }

    @Test func siteKeys() throws {
        let site = try object("site")
        #expect(try keys(site) == Set(SiteDecoder.keys))
        for (path, known) in SiteDecoder.nestedKeys {
            var definition: [String: Any] = site
            for part in path.split(separator: ".") {
                definition = try property(definition, String(part))
                // Collections hold their entries under items or additionalProperties.
                if let items = definition["items"] as? [String: Any] { definition = items }
                if let entry = definition["additionalProperties"] as? [String: Any] { definition = entry }
                if let ref = definition["$ref"] as? String { definition = try object(String(ref.split(separator: "/").last!)) }
            }
            #expect(try keys(definition) == Set(known), "\(path)")
        }
    }

    @Test func synonymsKeys() throws {
        #expect(try keys("synonyms") == ["synonyms"])
    }
}
