import ArgumentParser
import Domain
import Foundation
import KnowledgeBase

/// `helpdesk check network [--ip ADDRESS] [--ssid NAME]`; with neither, this machine is probed.
struct CheckNetwork: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Check whether a device is on the campus network, where the one-time password screen does not appear.",
        discussion: """
            With --ip and/or --ssid, decides from those. With neither, looks at this machine's Wi-Fi name \
            and addresses (each tool is given 1.5 s at most). An address tells only when the site data lists \
            the campus networks.
            """
    )

    @Option(help: ArgumentHelp("An IPv4 or IPv6 address of the device.", valueName: "address"))
    var ip: String?

    @Option(help: ArgumentHelp("The Wi-Fi network name the device is connected to.", valueName: "name"))
    var ssid: String?

    @OptionGroup var options: CheckOptions

    func run() throws {
        let site = try options.site()
        let report: NetworkReport
        let how: LocalizedText
        var outcome: CheckOutcome
        if ip == nil && ssid == nil {
            let observation = NetworkProbe().observe(site: site)
            report = observation.report
            how = observation.how
            outcome = CheckOutcome(check: "network", findings: report.findings)
            outcome.details["source"] = "probe"
        } else {
            var addresses: [IPAddress] = []
            if let ip {
                guard let address = IPAddress(ip.trimmingCharacters(in: .whitespaces)) else {
                    throw options.usage("'\(ip)' is not an IPv4 or IPv6 address")
                }
                addresses.append(address)
            }
            report = NetworkCheck.check(addresses: addresses, ssid: ssid, site: site)
            how = report.how
            outcome = CheckOutcome(check: "network", findings: report.findings)
            outcome.details["source"] = "given"
        }
        outcome.details["on_campus"] = report.onCampus.map { $0 as Any } ?? NSNull()
        outcome.details["how"] = how.text(options.language)
        let verdict: LocalizedText
        switch report.onCampus {
        case true?: verdict = LocalizedText(ja: "学内ネットワークに接続しています。", en: "On the campus network.")
        case false?: verdict = LocalizedText(ja: "学内ネットワークには接続していません。", en: "Not on the campus network.")
        case nil: verdict = LocalizedText(ja: "学内ネットワークかどうか判断できません。", en: "Cannot tell whether this is the campus network.")
        }
        outcome.notes = [verdict, how]
        try outcome.emit(options)
    }
}
