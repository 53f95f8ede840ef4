# The two commands a user needs: `make report` and `make test`. Both set up the machine first.
SWIFT ?= swift
REPORT ?= Reports/china-ai-2025
OUT ?= out

.PHONY: setup build report test references bench fuzz docs clean

setup:
	@./scripts/setup.sh

# The Swift runtime and Foundation are linked in: a build starts two processes (the build and
# its figure helper), and loading Swift's shared libraries took about 8 ms of each start.
build: setup
	$(SWIFT) build -c release --product briefing --static-swift-stdlib

report: build
	.build/release/briefing build $(REPORT) --out $(OUT)
	@echo "wrote $(OUT)/$(notdir $(REPORT)).pdf and $(OUT)/$(notdir $(REPORT))/*.svg"

# The example package that uses Briefing as a library (built and run), then the suite.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) build --package-path Examples/QuickStart
	out=$$(mktemp -d) && Examples/QuickStart/.build/debug/QuickStart "$$out" > /dev/null && rm -rf "$$out"
	$(SWIFT) test --skip-build

# Medians of whole-process runs against the pangocairo floor (see Benchmarks/README.md).
bench: build
	python3 Benchmarks/bench.py --runs $(or $(N),5)

# libFuzzer on the CSV reader and on spec loading + layout, SECONDS each (see Fuzz/README.md).
fuzz: setup
	sh scripts/fuzz.sh $(or $(SECONDS),60)

# The library's documentation (DocC) as a static site in .build/docs.
docs: setup
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation --target Briefing \
		--output-path .build/docs --transform-for-static-hosting --hosting-base-path briefing

# Rewrite the reference images on purpose (never under CI); look at them before committing.
references: setup
	BRIEFING_UPDATE_REFERENCES=1 $(SWIFT) test --filter ReferenceImageTests

clean:
	rm -rf .build $(OUT)
