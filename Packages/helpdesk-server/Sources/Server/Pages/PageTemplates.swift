import Hummingbird
import KnowledgeBase
import Mustache
import NIOCore

/// The pages' HTML, as Mustache: `{{…}}` is HTML-escaped, so text from users and the knowledge
/// is shown as text; only `{{{body}}}` (and the workbench's `{{{nav}}}`), themselves rendered
/// from escaped values, are not escaped again. No script, no external resource: one stylesheet from this server.
enum PageTemplates {
    /// `content` rendered with its template inside the layout, as an HTML response. `site` and
    /// `home` name the header's link (the self-service page, or the workbench's); `script`
    /// adds this server's one script (the workbench's copy button).
    static func response(
        _ content: some PageContent, language: Language, status: HTTPResponse.Status = .ok, site: LocalizedText = PageWords.title,
        home: String = "/", script: String? = nil
    ) -> Response {
        let body = type(of: content).template.render(content)
        let layout = PageLayout(body: body, language: language, site: site, home: home, script: script)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: Self.layout.render(layout))))
    }

    static let layout = try! MustacheTemplate(string: """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <link rel="stylesheet" href="/style.css">
        {{#script}}<script src="{{script}}" defer></script>{{/script}}
        </head>
        <body>
        <header><a href="{{home}}?lang={{lang}}">{{site}}</a> <a class="lang" href="{{otherHref}}" lang="{{otherLang}}">{{otherLabel}}</a></header>
        <main>
        {{{body}}}
        </main>
        </body>
        </html>

        """)

    static let home = try! MustacheTemplate(string: """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        {{#notice}}<p class="notice">{{notice}}</p>{{/notice}}
        <form method="post" action="/start">
        <input type="hidden" name="lang" value="{{lang}}">
        <label for="text">{{describe}}</label>
        <textarea id="text" name="text" rows="4" maxlength="4000" required></textarea>
        <button type="submit">{{describeButton}}</button>
        </form>
        <form method="post" action="/start">
        <input type="hidden" name="lang" value="{{lang}}">
        <input type="hidden" name="tree" value="start">
        <p>{{navigator}} <button type="submit">{{navigatorButton}}</button></p>
        </form>
        <h2>{{entries}}</h2>
        {{#stages}}
        <h3>{{label}}</h3>
        <ul>
        {{#trees}}
        <li><form method="post" action="/start"><input type="hidden" name="lang" value="{{lang}}"><input type="hidden" name="tree" value="{{id}}"><button class="link" type="submit">{{title}}</button></form></li>
        {{/trees}}
        </ul>
        {{/stages}}

        """)

    static let session = try! MustacheTemplate(string: """
        {{#entry}}<p class="entry">{{entry}}</p>{{/entry}}
        {{#notice}}<p class="notice" role="alert">{{notice}}</p>{{/notice}}
        {{#question}}
        <form method="post" action="/s/{{id}}/answer">
        <input type="hidden" name="key" value="{{key}}">
        {{#instruction}}<div class="step">{{instruction}}</div>{{/instruction}}
        {{#links}}<p class="links">{{#url}}<a href="{{url}}" rel="noreferrer">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</p>{{/links}}
        <h1>{{prompt}}</h1>
        {{#hint}}<p class="hint">{{hint}}</p>{{/hint}}
        {{#choices}}<button type="submit" name="value" value="{{value}}">{{label}}</button>{{/choices}}
        {{#input}}<input name="value" type="{{input}}" {{#number}}inputmode="decimal" min="0" step="any"{{/number}} autocomplete="off"><button type="submit">{{answerLabel}}</button>{{/input}}
        {{#acceptsUnknown}}<button type="submit" name="unknown" value="1" class="secondary">{{unknownLabel}}</button>{{/acceptsUnknown}}
        </form>
        {{#why}}<details><summary>{{whyLabel}}</summary><p>{{why}}</p></details>{{/why}}
        {{/question}}
        {{#conclusion}}
        <h1>{{title}}</h1>
        <div class="remedy">{{text}}</div>
        {{#hasSteps}}<ol>{{#steps}}<li>{{.}}</li>{{/steps}}</ol>{{/hasSteps}}
        {{#links}}<p class="links">{{#url}}<a href="{{url}}" rel="noreferrer">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</p>{{/links}}
        {{#contact}}<h2>{{formLabel}}</h2><p>{{categoryLabel}}: 「{{label}}」{{#question}}<br>{{questionLabel}}: 「{{question}}」{{/question}}</p>{{#form}}<p class="links">{{#url}}<a href="{{url}}" rel="noreferrer">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</p>{{/form}}{{/contact}}
        {{/conclusion}}
        {{#canGoBack}}<form method="post" action="/s/{{id}}/back"><button type="submit" class="secondary">{{backLabel}}</button></form>{{/canGoBack}}
        <p class="small">{{resume}} <a href="/?lang={{lang}}">{{startOver}}</a></p>

        """)

    static let error = try! MustacheTemplate(string: """
        <h1>{{heading}}</h1>
        <p class="notice" role="alert">{{message}}</p>
        <p><a href="{{home}}?lang={{lang}}">{{startOver}}</a></p>

        """)

    static let style = """
        body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;margin:0;line-height:1.6;color:#1a1a1a;background:#fafafa}
        header{display:flex;justify-content:space-between;padding:.6rem 1rem;background:#00467f}
        header a{color:#fff;text-decoration:none;font-weight:600}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.3rem}h2{font-size:1.1rem}h3{font-size:1rem;margin-bottom:.2rem}
        textarea,input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;margin:.3rem 0}
        button{font:inherit;padding:.6rem 1rem;margin:.25rem .25rem .25rem 0;border:0;border-radius:.4rem;background:#00467f;color:#fff;min-height:2.75rem}
        button.secondary{background:#e4e8ee;color:#1a1a1a}
        button.link{background:none;color:#00467f;padding:0;min-height:0;text-align:left;text-decoration:underline}
        ul{padding-left:1.2rem}li form{margin:0}
        li button.link{min-height:2.75rem;padding:.5rem 0}
        .step,.remedy{background:#fff;border-left:4px solid #00467f;padding:.6rem .8rem;white-space:pre-wrap}
        .notice{background:#fff4e5;border-left:4px solid #d97706;padding:.5rem .8rem}
        .hint,.small,.entry{color:#555;font-size:.9rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
        th,td{border-bottom:1px solid #e4e8ee;padding:.35rem .4rem;text-align:left;vertical-align:top}
        tr.chosen{background:#eef4fb}
        .wide{overflow-x:auto}
        pre.ticket{white-space:pre-wrap;word-break:break-word;background:#fff;border-left:4px solid #999;padding:.6rem .8rem;font:inherit}
        nav.tabs{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;font-size:.95rem}
        form.inline{display:inline;margin-left:auto}
        """
}
