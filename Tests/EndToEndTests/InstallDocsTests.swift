import Foundation
import Testing
import TestSupport

/// The install instructions in several places say the same thing as the files they describe.
@Suite("install instructions")
struct InstallDocsTests {
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: PackagePaths.root + "/" + path, encoding: .utf8)
    }

    @Test("the README, docs/install.md and the CI example install the runtime packages of scripts/runtime-packages.txt in one command")
    func runtimePackages() throws {
        let packages = try read("scripts/runtime-packages.txt").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }.joined(separator: " ")
        #expect(packages.hasPrefix("libcairo2 "))
        let command = "apt-get install -y --no-install-recommends " + packages + "\n"
        for file in ["README.md", "docs/install.md", "Examples/ci/github-actions.yml"] {
            #expect(try read(file).contains(command), "\(file) does not install exactly: \(packages)")
        }
    }

    @Test("the README's CI block is the from-source job of Examples/ci/github-actions.yml, line for line")
    func ciBlock() throws {
        let readme = try read("README.md"), workflow = try read("Examples/ci/github-actions.yml")
        let start = try #require(readme.range(of: "```yaml\n# .github/workflows/briefings.yml"))
        let end = try #require(readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex))
        let block = readme[start.upperBound..<end.lowerBound]
        let jobs = try #require(block.range(of: "name: briefings\n"))
        #expect(workflow.contains(String(block[jobs.lowerBound...]) + "\n"), "the README's block differs from the workflow file")
        #expect(block.contains("make build") && block.contains("--shard ${{ matrix.shard }}/4 --format json --warnings-as-errors"))
    }
}
