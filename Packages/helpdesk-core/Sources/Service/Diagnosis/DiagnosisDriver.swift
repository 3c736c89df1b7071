import Inference
import KnowledgeBase

/// Drives one diagnosis for any surface: runs the probe loop, reads answers, goes back. The
/// engine stays pure; the driver owns the session and the one place probes are run.
public struct DiagnosisDriver: Sendable {
    public let knowledge: LoadedKnowledge
    public private(set) var session: Session
    public let engine: Engine

    public init(knowledge: LoadedKnowledge, session: Session, allowProbes: Bool) {
        self.knowledge = knowledge
        self.session = session
        self.engine = knowledge.engine(allowProbes: allowProbes)
    }

    /// What the engine needs next, after running the probes it asks for; `readings` lists what
    /// the probes told, for the surface to show.
    public struct Next: Sendable {
        public var result: StepResult
        public var readings: [ProbeReading]
    }

    public mutating func next() -> Next {
        var readings: [ProbeReading] = []
        var result = engine.step(session)
        while case .probe(let fact, let name) = result.status {
            session.probed.insert(fact)
            if let reading = knowledge.derivations.probes[name]?() {
                session.record(fact, reading.value, source: .probed, how: reading.how)
                readings.append(reading)
            }
            result = engine.step(session)
        }
        return Next(result: result, readings: readings)
    }

    /// Records an answer typed at `question`; returns what the reader made of it.
    @discardableResult
    public mutating func answer(_ raw: String, to question: Question) -> AnswerReader.Reading {
        let reading = AnswerReader(knowledge: knowledge.compiled).read(raw, for: question)
        if case .value(let value, _) = reading { session.record(question.key, value, source: .asked) }
        return reading
    }

    /// Records a value already read (a program's answer, given facts).
    public mutating func record(_ entry: Session.Entry) {
        session.record(entry.key, entry.value, source: entry.source, how: entry.how)
    }

    /// Takes back the last answer; false when there is none.
    @discardableResult
    public mutating func undo() -> Bool { session.undo() }

    /// Goes back to question `number` (1-based, as `history` numbers them).
    public mutating func back(to number: Int) -> Bool {
        let answered = session.answered
        guard number >= 1, number <= answered.count else { return false }
        return session.back(to: answered[number - 1].key)
    }

    /// The answers given at questions, in order.
    public var history: [Session.Entry] { session.answered }
}
