import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Server
import Service
import Testing

/// The agents' workbench: behind the token (a same-site, HttpOnly cookie), a ticket pasted,
/// ranked, drafted for the entry an agent chooses, its outcome recorded; recent tickets; the
/// statistics page. Nothing a ticket holds is shown unescaped, and no secret at all.
@Suite struct WorkbenchTests {
    static let cookie: HTTPFields = [.cookie: "helpdesk_agent=\(TestServer.token)"]

    @Test func everyPageNeedsTheToken() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            for uri in ["/agent", "/agent/stats", "/agent/tickets/0123456789abcdef0123456789abcdef"] {
                let page = try await client.page(uri)
                #expect(page.text.contains(#"<form id="login" method="post" action="/agent/login">"#), "\(uri)")
                #expect(!page.text.contains("table"), "\(uri)")
            }
            let post = try await client.form("/agent/tickets", [("text", "ワンタイムパスワードが届きません")])
            #expect(post.status == .unauthorized)
            let wrongCookie = try await client.execute(uri: "/agent", method: .get, headers: [.cookie: "helpdesk_agent=nope"], body: nil)
            #expect(wrongCookie.text.contains(#"id="login""#))
            #expect(try await t.database.stores.tickets.recent(limit: 5).isEmpty)
        }
    }

    @Test func signingIn() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let wrong = try await client.form("/agent/login", [("token", "wrong"), ("lang", "en")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            #expect(wrong.text.contains("That token is not right."))
            #expect(!wrong.text.contains("wrong\""))
            let right = try await client.form("/agent/login", [("token", TestServer.token), ("lang", "en")])
            #expect(right.status == .seeOther)
            #expect(right.location == "/agent?lang=en")
            let cookie = try #require(right.headers[.setCookie])
            #expect(cookie.hasPrefix("helpdesk_agent="))
            for attribute in ["Path=/agent", "HttpOnly", "SameSite=Strict"] { #expect(cookie.contains(attribute)) }
            let out = try await client.form("/agent/logout", [])
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            // A login form posted from another site is refused before it is read.
            let crossSite = try await client.form("/agent/login", [("token", TestServer.token)], headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(crossSite.status == .forbidden)
        }
    }

    /// A misspelt word is shown as triage read it.
    @Test func aMisspeltTicketSaysHowItWasRead() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let posted = try await client.form("/agent/tickets", [("text", "I forgott my pasword <b>now</b>"), ("lang", "en")], headers: Self.cookie)
            let location = try #require(posted.location)
            let page = try await client.execute(uri: location, method: .get, headers: Self.cookie, body: nil)
            #expect(page.text.contains(#"<p class="small">Read as: forgott → forgot, pasword → password</p>"#))
            #expect(page.text.contains("&lt;b&gt;now&lt;/b&gt;") && !page.text.contains("<b>now"))
        }
    }

    @Test func aTicketFromPasteToOutcome() async throws {
        let t = try TestServer()
        defer { t.remove() }
        let secret = "Abcd1234!x"
        try await t.test { client in
            let posted = try await client.form(
                "/agent/tickets", [("text", "OMUIDのパスワードを忘れました。パスワードは \(secret) だったと思います。再設定の方法を教えてください。"), ("lang", "ja")],
                headers: Self.cookie)
            #expect(posted.status == .seeOther)
            let location = try #require(posted.location)
            #expect(location.hasPrefix("/agent/tickets/"))
            let id = String(location.dropFirst("/agent/tickets/".count).prefix { $0 != "?" })

            let page = try await client.execute(uri: location, method: .get, headers: Self.cookie, body: nil)
            #expect(page.status == .ok)
            #expect(!page.text.contains(secret))
            #expect(page.text.contains("[REDACTED]"))
            #expect(page.text.contains(#"<table id="candidates">"#))
            let trees = page.text.components(separatedBy: #"<tr data-tree=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(trees.first == "password-forgotten")
            #expect(trees.count >= 2)
            #expect(page.text.contains(#"<textarea id="reply" rows="16" readonly>"#))
            #expect(page.text.contains(#"<button type="button" id="copy-reply">"#))
            #expect(page.text.contains(#"<script src="/agent.js" defer></script>"#))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.text.contains(#"<input type="hidden" name="tree" value="password-forgotten">"#))
            #expect(!page.text.contains("綴りの読み替え"))
            let firstReply = Self.reply(page.text)

            // Another entry: the draft follows it.
            let other = trees[1]
            let chosen = try await client.execute(uri: "/agent/tickets/\(id)?tree=\(other)&lang=ja", method: .get, headers: Self.cookie, body: nil)
            #expect(chosen.text.contains(#"<input type="hidden" name="tree" value="\#(other)">"#))
            #expect(chosen.text.contains(#"<tr data-tree="\#(other)" class="chosen">"#))
            #expect(Self.reply(chosen.text) != firstReply)
            #expect(!Self.reply(chosen.text).isEmpty)

            // The outcome, recorded for the entry chosen.
            let recorded = try await client.form("/agent/tickets/\(id)/feedback", [("tree", other), ("outcome", "resolved"), ("lang", "ja")], headers: Self.cookie)
            #expect(recorded.status == .seeOther)
            let after = try await client.execute(uri: try #require(recorded.location), method: .get, headers: Self.cookie, body: nil)
            #expect(after.text.contains("記録しました。"))
            let confirmed = try await t.database.stores.feedback.confirmedTickets()
            #expect(confirmed.map(\.tree) == [other])

            // The queue lists it, with the agent's choice; the statistics count the overruling.
            let home = try await client.execute(uri: "/agent?lang=en", method: .get, headers: Self.cookie, body: nil)
            #expect(home.text.contains(#"<a href="/agent/tickets/\#(id)?lang=en">"#))
            #expect(home.text.contains("Agent chose:"))
            let stats = try await client.execute(uri: "/agent/stats?lang=en", method: .get, headers: Self.cookie, body: nil)
            #expect(stats.text.contains(#"<table id="stats">"#))
            #expect(stats.text.contains(#"<tr data-tree="password-forgotten">"#))
            #expect(stats.text.contains("1 (100%)"))

            // A bad outcome is a page with an error, not a crash; an unknown ticket is 404.
            let bad = try await client.form("/agent/tickets/\(id)/feedback", [("tree", other), ("outcome", "fixed")], headers: Self.cookie)
            #expect(bad.status == .badRequest)
            // In the page's language, in the workbench's frame.
            #expect(bad.text.contains("エントリと結果を選んでください。"))
            #expect(bad.text.contains("ヘルプデスク ワークベンチ"))
            let missing = try await client.execute(uri: "/agent/tickets/ffffffffffffffffffffffffffffffff", method: .get, headers: Self.cookie, body: nil)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("この問い合わせは見つかりませんでした。"))
            #expect(missing.text.contains(#"<a href="/agent?lang=ja">"#))
            // Its way out leads back to the workbench, not to the self-service page.
            #expect(!missing.text.contains(#"<a href="/?lang=ja">"#))
        }
        #expect(try t.dataBytes().range(of: Data(secret.utf8)) == nil)
        #expect(!t.log.text.contains(secret))
    }

    @Test func ticketTextIsEscaped() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let posted = try await client.form(
                "/agent/tickets", [("text", "<script>alert(1)</script> ワンタイムパスワードが届きません <img src=x onerror=alert(2)>")], headers: Self.cookie)
            let page = try await client.execute(uri: try #require(posted.location), method: .get, headers: Self.cookie, body: nil)
            #expect(!page.text.contains("<script>alert(1)</script>"))
            #expect(!page.text.contains("<img src=x"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let script = try await client.page("/agent.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("copy-reply"))
        }
    }

    @Test func aTicketNoEntryMatchesGetsAReplyThatAsks() async throws {
        let t = try TestServer()
        defer { t.remove() }
        try await t.test { client in
            let posted = try await client.form("/agent/tickets", [("text", "ｱｱｱｱｱｱｱｱ")], headers: Self.cookie)
            let page = try await client.execute(uri: try #require(posted.location), method: .get, headers: Self.cookie, body: nil)
            #expect(page.text.contains(#"<textarea id="reply" rows="12" readonly>"#))
            #expect(page.text.contains("判断できませんでした"))
            #expect(page.text.contains("copy-reply"))
            // Nothing to record an outcome for: no entry was chosen.
            #expect(!page.text.contains("outcome-form"))
        }
    }

    /// The draft in the page's reply box, unescaped enough to compare.
    static func reply(_ html: String) -> String {
        guard let start = html.range(of: #"<textarea id="reply" rows="16" readonly>"#), let end = html.range(of: "</textarea>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
