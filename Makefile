# The two commands a user needs: `make report` and `make test`. Both set up the machine first.
SWIFT ?= swift
REPORT ?= Reports/china-ai-2025
OUT ?= out
# `make install` / `make uninstall`: DESTDIR stages into a folder (for packaging); BIN installs
# that binary instead of building the release one (the tests pass the debug build).
PREFIX ?= /usr/local
DESTDIR ?=
BIN ?=

.PHONY: setup build report test references bench fuzz docs clean install uninstall dist

setup:
	@./scripts/setup.sh

# The Swift runtime and Foundation are linked in: a build starts two processes (the build and
# its figure helper), and loading Swift's shared libraries took about 8 ms of each start.
build: setup
	@./scripts/stamp-commit.sh
	$(SWIFT) build -c release --product briefing --static-swift-stdlib

report: build
	.build/release/briefing build $(REPORT) --out $(OUT)
	@echo "wrote $(OUT)/$(notdir $(REPORT)).pdf and $(OUT)/$(notdir $(REPORT))/*.svg"

# The example package that uses Briefing as a library (built and run), then the suite.
test: setup
	@./scripts/stamp-commit.sh
	$(SWIFT) build --build-tests
	$(SWIFT) build --package-path Examples/QuickStart
	out=$$(mktemp -d) && Examples/QuickStart/.build/debug/QuickStart "$$out" > /dev/null && rm -rf "$$out"
	$(SWIFT) test --skip-build

# The binary, its fonts, a man page and bash/zsh/fish completions under $(DESTDIR)$(PREFIX)
# (see scripts/install.sh); uninstall removes exactly those. Both can run again safely.
install: $(if $(BIN),,build)
	SWIFT="$(SWIFT)" ./scripts/install.sh install "$(or $(BIN),.build/release/briefing)" "$(DESTDIR)" "$(PREFIX)"

uninstall:
	./scripts/install.sh uninstall "$(DESTDIR)" "$(PREFIX)"

# dist/briefing-<version>-linux-<arch>.tar.gz: the release build with its fonts, man page,
# completions, licences and a README, runnable wherever it is unpacked (see scripts/dist.sh).
dist: build
	SWIFT="$(SWIFT)" ./scripts/dist.sh

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
	rm -rf .build $(OUT) dist
