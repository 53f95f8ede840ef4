/// The datasets of a report's `data:` section: those loaded, and the names of those that failed.
///
/// A block or binding naming a dataset whose file failed to load is not a second mistake: the
/// lookup says `.failed`, and the reader skips it without a word.
struct ReportDatasets {
    /// The datasets that loaded, by name.
    var loaded: [String: Dataset] = [:]
    /// Names whose file could not be read or parsed (its error is recorded).
    var failed: Set<String> = []
    /// True when the `data:` section itself could not be read, so any name may have been meant.
    var sectionFailed = false

    /// What a name refers to.
    enum Lookup {
        case found(Dataset)
        /// Defined, but its loading failed and was reported.
        case failed
        /// Not defined: the message says so, with the names that are.
        case unknown(Message)
    }

    /// The dataset called `name`.
    func lookup(_ name: String) -> Lookup {
        if let d = loaded[name] { return .found(d) }
        if sectionFailed || failed.contains(name) { return .failed }
        return .unknown(Messages.unknownDataset(name, available: Set(loaded.keys).union(failed).sorted()))
    }
}
