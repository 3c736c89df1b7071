import ArgumentParser
import Service

extension Helpdesk.Check {
    /// `helpdesk check network [--ip ADDRESS] [--ssid NAME]`; with neither, this machine is probed.
    struct Network: CheckCommand {
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
            try options.emit(Checks.network(ip: ip, ssid: ssid, site: try options.site(), language: options.language))
        }
    }
}
