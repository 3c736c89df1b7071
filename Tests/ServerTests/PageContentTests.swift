import Foundation
import KnowledgeBase
import Testing

@testable import Server

/// The pages' typed contents rendered by their templates, without a server: a nil optional is
/// an absent name (its section skipped), and the frame is the layout's.
@Suite struct PageContentTests {
    @Test func theSignInPageInItsFrame() {
        let body = LoginPage.template.render(LoginPage(.en, notice: nil))
        let page = PageTemplates.layout.render(PageLayout(body: body, language: .en, site: WorkbenchWords.title, home: "/agent", script: nil))
        #expect(page == """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Helpdesk workbench</title>
            <link rel="stylesheet" href="/style.css">

            </head>
            <body>
            <header><a href="/agent?lang=en">Helpdesk workbench</a> <a class="lang" href="/agent?lang=ja" lang="ja">日本語</a></header>
            <main>
            <h1>Sign in with the agents&#39; token</h1>

            <form id="login" method="post" action="/agent/login">
            <input type="hidden" name="lang" value="en">
            <label for="token">Token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>

            </main>
            </body>
            </html>

            """)
        let wrong = LoginPage.template.render(LoginPage(.en, notice: WorkbenchWords.wrongToken))
        #expect(wrong.contains(#"<p class="notice" role="alert">"#))
    }

    @Test func theNavigationIsRenderedOnceAndPutInUnescaped() {
        #expect(WorkbenchNav(.ja).html.hasPrefix(#"<nav class="tabs"><a href="/agent?lang=ja">ヘルプデスク ワークベンチ</a>"#))
        let page = StatsPage(StatsReport(ServerStatistics(trees: [:], questions: []), order: []), knowledge: TestServer.knowledge.compiled, language: .ja)
        #expect(StatsPage.template.render(page).hasPrefix(WorkbenchNav(.ja).html + "<h1>"))
    }

    @Test func theStartPageGroupsEntriesByStageInJourneyOrder() {
        let knowledge = TestServer.knowledge
        let page = HomePage(knowledge: knowledge, language: .en)
        let trees = knowledge.treesInJourneyOrder.filter { $0.id != "start" }
        #expect(page.stages.flatMap(\.trees).map(\.id) == trees.map(\.id))
        #expect(zip(page.stages, page.stages.dropFirst()).allSatisfy { $0.label != $1.label })
        let html = HomePage.template.render(page)
        #expect(html.components(separatedBy: "<h3>").count - 1 == page.stages.count)
    }
}
