import ArgumentParser
import KnowledgeBase

/// `--lang ja|en`, in both executables.
extension Language: ExpressibleByArgument {}
