/// The commands `helpdesk-server` runs for `helpdesk`, with the one-line description both
/// executables show for each (`helpdesk --help` lists them; `helpdesk serve --help` is the server's).
public enum ServerCommandNames {
    public static let serve = "Serve self-service diagnosis, the agents' workbench and the JSON API over HTTP, on SQLite or PostgreSQL."
    public static let stats =
        "Print what a server's data tells: sessions resolved, escalated and abandoned, drop-offs, \"I don't know\" answers, triage overruled."
    public static let examples = "Labelled example tickets for triage."
}
