# The two commands a user needs: `make report` and `make test`. Both set up the machine first.
SWIFT ?= swift
REPORT ?= Reports/china-ai-2025
OUT ?= out

.PHONY: setup build report test references bench clean

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product briefing

report: build
	.build/release/briefing build $(REPORT) --out $(OUT)
	@echo "wrote $(OUT)/$(notdir $(REPORT)).pdf and $(OUT)/$(notdir $(REPORT))/*.svg"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Medians of whole-process runs against the pangocairo floor (see Benchmarks/README.md).
bench: build
	python3 Benchmarks/bench.py --runs $(or $(N),5)

# Rewrite the reference images on purpose (never under CI); look at them before committing.
references: setup
	BRIEFING_UPDATE_REFERENCES=1 $(SWIFT) test --filter ReferenceImageTests

clean:
	rm -rf .build $(OUT)
