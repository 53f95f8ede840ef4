import Testing
@testable import ReportSpec

@Suite("Messages and diagnostics")
struct MessagesTests {
    @Test("edit distance counts insertions, deletions, substitutions and neighbour swaps", arguments: [
        ("titel", "title", 1), ("title", "title", 0), ("kitten", "sitting", 3), ("", "body", 4), ("data", "", 4),
        ("bdoy", "body", 1), ("ca", "abc", 3),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Messages.editDistance(a, b) == distance)
        #expect(Messages.editDistance(b, a) == distance)
    }

    @Test("long lists in messages stop after a few items and say how many more")
    func longLists() {
        let names = (1...15_171).map { "Region \($0)" }
        let message = Messages.mapRegionsWithoutData(names).text
        #expect(message == "15,171 regions have no data and are drawn as no data: " + (1...10).map { "Region \($0)" }.joined(separator: ", ") + " and 15,161 more")
        #expect(Messages.listed((1...11).map(String.init), quoted: true) == "'1', '2', '3', '4', '5', '6', '7', '8', '9', '10' and 1 more")
    }

    @Test("a suggestion is offered only for a close candidate")
    func suggestion() {
        #expect(Messages.suggestion("titel", among: ReportLoader.topKeys) == "title")
        #expect(Messages.suggestion("Body", among: ReportLoader.topKeys) == "body")
        #expect(Messages.suggestion("colour", among: ReportLoader.topKeys) == nil)
        #expect(Messages.suggestion("x", among: []) == nil)
    }

    @Test("'did you mean' is a help note, not part of the message")
    func didYouMeanNote() {
        let m = Messages.unknownKey("titel", in: "'report.yaml'", allowed: ["title", "body"])
        #expect(m.text == "unknown key 'titel' in 'report.yaml'; expected one of title, body")
        #expect(m.notes == [DiagnosticNote(help: "did you mean 'title'?")])
        #expect(Messages.unknownKey("colour", in: "'theme'", allowed: ["accent"]).notes.isEmpty)
        let d = Diagnostic(.error, at: SourceLocation(file: "r.yaml", line: 1, column: 1), m)
        #expect(d.notes.map(\.description) == ["help: did you mean 'title'?"])
    }

    @Test("a misspelt block type is suggested from among the block's keys, a second type is not")
    func unknownBlockNote() {
        let kinds = ReportLoader.blockKinds
        #expect(Messages.unknownBlock(["chrat", "data", "title"], allowed: kinds).notes == [DiagnosticNote(help: "did you mean 'chart'?")])
        #expect(Messages.unknownBlock(["chart", "table"], allowed: kinds).notes.isEmpty)
    }

    /// One of every message, so a test can see every code.
    static let everyMessage: [Message] = [
        Messages.fileNotFound("a"), Messages.pathLeavesFolder("a"), Messages.cannotRead("a", "b"), Messages.notARegularFile("a"), Messages.invalidUTF8(byteOffset: 0),
        Messages.csvEmpty, Messages.csvUnclosedQuote, Messages.csvTextAfterQuote, Messages.jsonDataShape, Messages.jsonDataNested("a"),
        Messages.csvTooManyRows(limit: 1), Messages.csvRagged(expected: 1, found: 2), Messages.notANumber("a", column: "b"), Messages.moreBadCells(1, column: "a"),
        Messages.unknownColumn("a", dataset: "b", file: "c", available: []), Messages.noRows(dataset: "a"),
        Messages.yamlSyntax("a"), Messages.nestedTooDeep(limit: 1, indent: 1), Messages.tooManyValues(limit: 1),
        Messages.aliasesTooDeep(limit: 1), Messages.specNotMapping,
        Messages.unknownKey("a", in: "b", allowed: []), Messages.missingKey("a", in: "b"), Messages.expected("a", for: "b"),
        Messages.unknownBlock([], allowed: []), Messages.unknownDataset("a", available: []), Messages.duplicateID("a"),
        Messages.invalidID("a"), Messages.invalidDate("a"), Messages.invalidColor("a"), Messages.unknownValue("a", for: "b", allowed: []),
        Messages.eitherKey("a", "b"), Messages.duplicateKey("a"), Messages.specTooLarge("a", megabytes: 1), Messages.tooManyErrors(shown: 1, more: 1),
        Messages.noTextColumn(available: []), Messages.noNumberColumn(available: []), Messages.negativeInPercent("a"),
        Messages.nonPositiveOnLog("a"), Messages.averageOfNothing, Messages.unknownCategory("a", dataset: "b"), Messages.unsafeLink("a"), Messages.duplicateColumn("a"), Messages.jsonEmpty, Messages.unknownFontFamily("a", available: ["b"]), Messages.controlCharacter("\u{1}"),
        Messages.noStandaloneTable("a", rows: 1, limit: 1), Messages.tableNoRows(dataset: "a"),
        Messages.notANumberInTable("a", column: "b", row: 1), Messages.notADateInTable("a", column: "b", row: 1),
        Messages.notATableColumn("a", available: []), Messages.unknownRow("a", column: "b"), Messages.headerGroupGap("a"),
        Messages.headerGroupsOverlap("a"), Messages.unitInHeaderWithoutUnit, Messages.numberOptionOnText("a"),
        Messages.currencyWithoutSymbol, Messages.unitsWithoutUnit, Messages.noteWithoutPlace,
        Messages.unclosedBinding, Messages.bindingSyntax("a"), Messages.divisionByZero, Messages.notFinite,
        Messages.unknownRow("a", dataset: "b", keyColumn: "c", available: []), Messages.emptyCell(column: "a", row: "b", at: "c"),
        Messages.aggregateOfNothing("a"), Messages.wrongArguments("a", expected: "b"), Messages.unknownFunction("a", allowed: []),
        Messages.columnWhereNumberExpected("a"), Messages.uncoveredCharacters(["a"]),
        Messages.layoutFailed("a"), Messages.buildProcessFailed("a"), Messages.buildFailed("a"), Messages.outputFailed("a"),
        Messages.noFontFolder(looked: ["a"]), Messages.noFontsIn("a", givenBy: "b"), Messages.chartTallerThanCanvas(needed: 1, given: 1),
        Messages.scaffoldFolderNotEmpty, Messages.nameClash("a", folders: ["b", "c"]),
        Messages.jsonSyntax("a"), Messages.geoNotFeatureCollection, Messages.geoNoFeatures, Messages.geoMissingID("a"),
        Messages.geoDuplicateID("a"), Messages.geoBadPosition("a"), Messages.geoOutOfRange(lon: 0, lat: 0), Messages.geoUnclosedRing("a"),
        Messages.geoDegenerateRing("a"), Messages.geoUnsupportedGeometry("a", id: "b"), Messages.geoBadGeometry("a"), Messages.geoNothingDrawable(2),
        Messages.mapUnmatchedID("a", dataset: "b", map: "c", column: "d", joinedAt: SourceLocation(file: "e")),
        Messages.mapMoreUnmatchedIDs(1, dataset: "b", map: "c", column: "d", joinedAt: SourceLocation(file: "e")), Messages.mapRegionsWithoutData(["a"]), Messages.mapUnknownRegion("a"),
        Messages.mapDroppedLabels(["a"]), Messages.chartDroppedLabels(["a"]), Messages.chartAnnotationsAsNotes(["a"]),
        Messages.chartShortenedLabels(["a"]), Messages.negativeInStack("a"),
        Messages.annotationOnMissing("a", series: "b"), Messages.keyNotForKind("a", kind: "b", suited: "c"), Messages.seriesCount(kind: "a", expected: "1", given: 2), Messages.mapBadCoordinate("a", column: "b"), Messages.mapBadRank("a", column: "b"),
        Messages.mapNegativeSymbol("a"), Messages.mapManualWithoutBreaks, Messages.mapNothingToShow, Messages.mapDegenerateProjection("a"),
        Messages.mixedUnits([("a", "b"), ("c", nil)]), Messages.percentLooksLikeFraction(example: "0.2", assumedBy: "a"),
        Messages.fractionLooksLikePercent("2", assumedBy: "a"), Messages.unknownFigure("a", available: ["b"]),
    ]

    @Test("every code is dotted kebab-case without a repeated word, and docs/diagnostics.md explains exactly these codes")
    func codes() throws {
        let docs = try String(contentsOfFile: ReportLoaderTests.packageRoot + "/docs/diagnostics.md", encoding: .utf8)
        for code in Set(Self.everyMessage.map(\.code)) {
            let parts = code.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty }, "\(code)")
            #expect(code.allSatisfy { ($0.isASCII && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "." }, "\(code)")
            let words = code.split(whereSeparator: { $0 == "." || $0 == "-" })
            #expect(Set(words).count == words.count, "\(code) repeats a word")
            #expect(docs.contains("- `\(code)`"), "\(code) is not in docs/diagnostics.md")
        }
        let documented = docs.split(separator: "\n").filter { $0.hasPrefix("- `") }.map { $0.dropFirst(3).prefix { $0 != "`" } }
        #expect(Set(documented.map(String.init)) == Set(Self.everyMessage.map(\.code)), "docs/diagnostics.md lists a code no message has")
    }

    @Test("a diagnostic prints as path:line:column: severity: message")
    func description() {
        let at = SourceLocation(file: "Reports/a/report.yaml", line: 12, column: 5)
        #expect(Diagnostic(.error, at: at, Message("test.boom", "boom")).description == "Reports/a/report.yaml:12:5: error: boom")
        #expect(Diagnostic(.warning, at: at, Message("test.hmm", "hmm")).description == "Reports/a/report.yaml:12:5: warning: hmm")
        // A whole file has no line; a whole line is column 1.
        #expect(SourceLocation(file: "a.csv").description == "a.csv")
        #expect(SourceLocation(file: "a.csv", line: 3).description == "a.csv:3:1")
    }

    @Test("the collector keeps every diagnostic and tells errors from warnings")
    func collector() {
        let diagnostics = Diagnostics()
        #expect(!diagnostics.hasErrors)
        diagnostics.warning(SourceLocation(file: "a"), Message("test.w", "w"))
        #expect(!diagnostics.hasErrors)
        diagnostics.error(SourceLocation(file: "b", line: 1, column: 2), Message("test.e", "e"))
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.all.count == 2)
        #expect(diagnostics.errors.map(\.message) == ["e"])
        #expect(LoadFailure(diagnostics.all).description == "a: warning: w\nb:1:2: error: e")
    }
}
