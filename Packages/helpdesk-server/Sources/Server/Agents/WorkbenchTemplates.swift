import Mustache

/// The workbench's pages, as Mustache (every `{{…}}` HTML-escaped: a ticket's text shows as
/// text). One script, `/agent.js`, from this server: the copy button.
enum WorkbenchTemplates {
    static let login = try! MustacheTemplate(string: """
        <h1>{{heading}}</h1>
        {{#notice}}<p class="notice" role="alert">{{notice}}</p>{{/notice}}
        <form id="login" method="post" action="/agent/login">
        <input type="hidden" name="lang" value="{{lang}}">
        <label for="token">{{tokenLabel}}</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required>
        <button type="submit">{{signIn}}</button>
        </form>

        """)

    /// The tabs atop every signed-in page, rendered on their own (`WorkbenchNav`) and put in
    /// each page as `{{{nav}}}`.
    static let nav = try! MustacheTemplate(string: """
        <nav class="tabs"><a href="/agent?lang={{lang}}">{{title}}</a> · <a href="/agent/stats?lang={{lang}}">{{statsLabel}}</a>
        <form class="inline" method="post" action="/agent/logout"><button class="link" type="submit">{{signOut}}</button></form></nav>
        """)

    static let home = try! MustacheTemplate(string: """
        {{{nav}}}<form id="triage-form" method="post" action="/agent/tickets">
        <input type="hidden" name="lang" value="{{lang}}">
        <label for="ticket-text">{{paste}}</label>
        <textarea id="ticket-text" name="text" rows="8" maxlength="60000" required></textarea>
        <button type="submit">{{triageLabel}}</button>
        </form>
        <h2>{{recentTickets}}</h2>
        <ul id="recent">
        {{#tickets}}<li><a href="/agent/tickets/{{id}}?lang={{lang}}">{{created}}</a> — {{triagedAs}}: {{first}}{{#chosen}} · {{agentChose}}: {{chosen}} ({{outcome}}){{/chosen}}</li>{{/tickets}}
        {{^tickets}}<li class="small">{{none}}</li>{{/tickets}}
        </ul>
        <h2>{{recentSessions}}</h2>
        <ul id="sessions">
        {{#sessions}}<li><a href="/s/{{id}}">{{updated}}</a> — {{entry}} · {{status}}</li>{{/sessions}}
        {{^sessions}}<li class="small">{{none}}</li>{{/sessions}}
        </ul>

        """)

    static let ticket = try! MustacheTemplate(string: """
        {{{nav}}}{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{ticketLabel}} {{created}}</h1>
        <pre class="ticket">{{text}}</pre>
        {{#redactions}}<p class="small">{{redactionsLabel}}: {{redactions}}</p>{{/redactions}}
        {{#spelling}}<p class="small">{{spellingLabel}}: {{spelling}}</p>{{/spelling}}
        <h2>{{candidatesLabel}}</h2>
        {{^candidates}}<p>{{noMatch}}</p>{{/candidates}}
        {{#hasCandidates}}
        <table id="candidates">
        <thead><tr><th>#</th><th>{{entryLabel}}</th><th>{{confidenceLabel}}</th><th>{{matchedLabel}}</th><th></th></tr></thead>
        <tbody>
        {{#candidates}}<tr data-tree="{{tree}}"{{#chosen}} class="chosen"{{/chosen}}><td>{{rank}}</td><td>{{title}}<br><code>{{tree}}</code></td><td>{{confidence}}</td><td>{{matched}}</td><td>{{#chosen}}{{chosenLabel}}{{/chosen}}{{^chosen}}<a class="choose" href="/agent/tickets/{{id}}?tree={{tree}}&amp;lang={{lang}}">{{chooseLabel}}</a>{{/chosen}}</td></tr>
        {{/candidates}}
        </tbody>
        </table>
        {{/hasCandidates}}
        <h2>{{factsLabel}}</h2>
        <ul id="facts">
        {{#facts}}<li><code>{{key}}</code> = {{value}} <span class="small">«{{evidence}}»</span></li>{{/facts}}
        {{^facts}}<li class="small">{{noFacts}}</li>{{/facts}}
        </ul>
        <h2>{{questionsLabel}}</h2>
        <ul id="questions">
        {{#questions}}<li>{{.}}</li>{{/questions}}
        {{^questions}}<li class="small">{{noQuestions}}</li>{{/questions}}
        </ul>
        {{#unmatchedReply}}
        <h2>{{replyLabel}}</h2>
        <textarea id="reply" rows="12" readonly>{{.}}</textarea>
        <button type="button" id="copy-reply">{{copyLabel}}</button> <span id="copy-status" role="status" data-copied="{{copiedLabel}}" data-failed="{{copyFailedLabel}}"></span>
        {{/unmatchedReply}}
        {{#chosenTree}}
        <h2>{{replyLabel}} — {{chosenTitle}}</h2>
        <textarea id="reply" rows="16" readonly>{{reply}}</textarea>
        <button type="button" id="copy-reply">{{copyLabel}}</button> <span id="copy-status" role="status" data-copied="{{copiedLabel}}" data-failed="{{copyFailedLabel}}"></span>
        <h2>{{outcomeLabel}}</h2>
        <form id="outcome-form" method="post" action="/agent/tickets/{{id}}/feedback">
        <input type="hidden" name="tree" value="{{chosenTree}}">
        <input type="hidden" name="lang" value="{{lang}}">
        <button type="submit" name="outcome" value="resolved">{{resolvedLabel}}</button>
        <button type="submit" name="outcome" value="escalated" class="secondary">{{escalatedLabel}}</button>
        </form>
        {{/chosenTree}}
        <p><a href="/agent?lang={{lang}}">{{backLabel}}</a></p>

        """)

    static let stats = try! MustacheTemplate(string: """
        {{{nav}}}<h1>{{heading}}</h1>
        <div class="wide">
        <table id="stats">
        <thead><tr><th>{{entryLabel}}</th><th>{{startedLabel}}</th><th>{{resolvedLabel}}</th><th>{{escalatedLabel}}</th><th>{{abandonedLabel}}</th><th>{{triagedLabel}}</th><th>{{overruledLabel}}</th><th>{{feedbackLabel}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr data-tree="{{tree}}"><td>{{title}}</td><td>{{started}}</td><td>{{resolved}}</td><td>{{escalated}}</td><td>{{abandoned}}</td><td>{{triaged}}</td><td>{{overruled}}</td><td>{{feedback}}</td></tr>
        {{/rows}}
        </tbody>
        <tfoot>{{#totals}}<tr><th>{{totalsLabel}}</th><td>{{started}}</td><td>{{resolved}}</td><td>{{escalated}}</td><td>{{abandoned}}</td><td>{{triaged}}</td><td>{{overruled}}</td><td>{{feedback}}</td></tr>{{/totals}}</tfoot>
        </table>
        </div>
        <h2>{{stepsLabel}}</h2>
        <ul id="steps">{{#steps}}<li>{{title}}: {{steps}}</li>{{/steps}}{{^steps}}<li class="small">{{none}}</li>{{/steps}}</ul>
        <h2>{{dropOffLabel}}</h2>
        <ul id="drop-off">{{#drops}}<li><code>{{node}}</code>: {{sessions}}</li>{{/drops}}{{^drops}}<li class="small">{{none}}</li>{{/drops}}</ul>
        <h2>{{unknownLabel}}</h2>
        <table id="unknown-answers">
        <thead><tr><th>{{questionLabel}}</th><th>{{answeredLabel}}</th><th>{{unknownWord}}</th></tr></thead>
        <tbody>{{#questions}}<tr><td><code>{{tree}}</code> {{prompt}}</td><td>{{answered}}</td><td>{{unknown}} ({{rate}})</td></tr>{{/questions}}</tbody>
        </table>

        """)

    /// The copy button: the draft to the clipboard (or, where the clipboard is not available,
    /// the browser's copy command on the selected draft), and a word on whether it was done.
    static let script = """
        document.addEventListener("DOMContentLoaded", function () {
          var button = document.getElementById("copy-reply");
          var reply = document.getElementById("reply");
          var status = document.getElementById("copy-status");
          if (!button || !reply) return;
          function say(ok) {
            if (status) status.textContent = status.getAttribute(ok ? "data-copied" : "data-failed") || "";
          }
          function copyCommand() {
            try { return document.execCommand("copy"); } catch (e) { return false; }
          }
          button.addEventListener("click", function () {
            reply.focus();
            reply.select();
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(reply.value).then(function () { say(true); }, function () { say(copyCommand()); });
            } else {
              say(copyCommand());
            }
          });
        });

        """
}
