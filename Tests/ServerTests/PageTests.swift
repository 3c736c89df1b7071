import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Server
import Service
import Testing

extension TestClientProtocol {
    /// A form posted as a browser on this site posts it.
    func form(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = headers
        all[.contentType] = "application/x-www-form-urlencoded"
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: body))
    }

    func page(_ uri: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [:], body: nil)
    }
}

extension TestResponse {
    var location: String? { headers[.location] }

    /// The value of the first `name="key"` hidden field: the question on the page.
    var questionKey_: String? {
        guard let range = text.range(of: #"name="key" value=""#) else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The `value`s of the page's answer buttons, in order.
    var buttonValues: [String] {
        text.components(separatedBy: #"name="value" value=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}

@Suite struct PageTests {
    @Test func theStartPageInBothLanguages() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let ja = try await client.page("/")
            #expect(ja.status == .ok)
            #expect(ja.headers[.contentType] == "text/html; charset=utf-8")
            #expect(ja.headers[.contentSecurityPolicy]?.contains("default-src 'none'; style-src 'self'; script-src 'self'; form-action 'self'") == true)
            #expect(ja.text.contains(#"<html lang="ja">"#) && ja.text.contains("パスワード(本パスワード)を忘れた"))
            #expect(!ja.text.contains("<script") && !ja.text.contains("http://") && !ja.text.contains("https://"))
            let en = try await client.page("/?lang=en")
            #expect(en.text.contains(#"<html lang="en">"#) && en.text.contains("I forgot my OMU authentication password"))
            let css = try await client.page("/style.css")
            #expect(css.status == .ok && css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    /// A student walks the navigator to a remedy: an "I don't know", a back, then answers.
    @Test func aDiagnosisWithAnUnknownAndABackReachesTheRemedy() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let start = try await client.form("/start", [("lang", "ja"), ("tree", "start")])
            #expect(start.status == .seeOther)
            let path = try #require(start.location)
            #expect(path.hasPrefix("/s/"))
            var page = try await client.page(path)
            let first = try #require(page.questionKey_)
            // "I don't know", then back: the same question again.
            let unknown = try await client.form(path + "/answer", [("key", first), ("unknown", "1")])
            #expect(unknown.status == .seeOther)
            page = try await client.page(path)
            #expect(page.questionKey_ != first)
            #expect(page.text.contains("ひとつ前に戻る"))
            _ = try await client.form(path + "/back", [])
            page = try await client.page(path)
            #expect(page.questionKey_ == first)
            // Then answer each question with its first button (or "I don't know") to the end.
            var steps = 0
            while let key = page.questionKey_, steps < 30 {
                let fields = page.buttonValues.first.map { [("key", key), ("value", $0)] } ?? [("key", key), ("unknown", "1")]
                let posted = try await client.form(path + "/answer", fields)
                #expect(posted.status == .seeOther)
                page = try await client.page(path)
                steps += 1
            }
            #expect(page.questionKey_ == nil, "no conclusion after \(steps) answers")
            #expect(page.text.contains(#"<div class="remedy">"#))
            // The session is kept: the API shows the same conclusion.
            let id = String(path.dropFirst(3))
            let api = try await client.json(.get, "/v1/sessions/\(id)")
            #expect(api.status_ == "conclusion")
        }
    }

    @Test func aDescriptionOpensItsEntryWithTheFactsItTells() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let start = try await client.form("/start", [("lang", "en"), ("text", "I lost my phone with the authenticator, and my password is Zx9Secret!")])
            let path = try #require(start.location)
            let page = try await client.page(path)
            #expect(page.text.contains("I lost the device I set up two-factor authentication on"))
            #expect(page.text.contains("reissue"))
            #expect(!(try t.dataBytes()).contains(Data("Zx9Secret".utf8)))
            #expect(!t.log.text.contains("Zx9Secret"))
            let vague = try await client.form("/start", [("lang", "en"), ("text", "zzzz qqqq")])
            let navigator = try await client.page(try #require(vague.location))
            #expect(navigator.text.contains("could not tell the topic"))
        }
    }

    @Test func textFromUsersIsShownAsText() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let created = try await client.json(
                .post, "/v1/sessions", #"{"tree": "login-fails", "lang": "ja", "facts": {"omuid": "<script>alert(1)</script>ＡＢ１２３４５"}}"#)
            let id = try #require(created.object["id"] as? String)
            let page = try await client.page("/s/\(id)")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<script>"))
            #expect(page.text.contains("&lt;script&gt;"))
        }
    }

    @Test func formsFromOtherSitesAreRefused() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let fields = [("lang", "ja"), ("tree", "start")]
            let crossSite = try await client.form("/start?lang=en", fields, headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(crossSite.status == .forbidden)
            // Refused with a page a person can read, not the API's JSON.
            #expect(crossSite.headers[.contentType] == "text/html; charset=utf-8")
            #expect(crossSite.text.contains("please send it from this site"))
            let otherOrigin = try await client.form("/start", fields, headers: [HTTPField.Name("Origin")!: "https://evil.example"])
            #expect(otherOrigin.status == .forbidden)
            let same = try await client.form("/start", fields, headers: [HTTPField.Name("Sec-Fetch-Site")!: "same-origin"])
            #expect(same.status == .seeOther)
            // A browser whose page sends no referrer says `Origin: null` with `Sec-Fetch-Site`:
            // the latter is the browser's own word.
            let nullOrigin = try await client.form(
                "/start", fields, headers: [HTTPField.Name("Sec-Fetch-Site")!: "same-origin", HTTPField.Name("Origin")!: "null"])
            #expect(nullOrigin.status == .seeOther)
            let nullAlone = try await client.form("/start", fields, headers: [HTTPField.Name("Origin")!: "null"])
            #expect(nullAlone.status == .forbidden)
            // Pages name themselves to this site only.
            #expect(try await client.page("/").headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
        }
    }

    @Test func aSecretPostedInAFormIsRefusedAndKeptNowhere() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let path = try #require(try await client.form("/start", [("tree", "password-change-error")]).location)
            let refused = try await client.form(path + "/answer", [("key", "new_password"), ("value", "Kp4!secretValue")])
            #expect(refused.status == .badRequest)
            #expect(refused.headers[.contentType] == "text/html; charset=utf-8")
            #expect(!refused.text.contains("Kp4!secretValue"))
            #expect(!(try t.dataBytes()).contains(Data("Kp4!secretValue".utf8)))
            #expect(!t.log.text.contains("Kp4!secretValue"))
            let missing = try await client.page("/s/00000000000000000000000000000000")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("見つかりませんでした"))
        }
    }
}
