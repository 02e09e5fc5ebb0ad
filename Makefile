# zhdeals: Chinese tech-news pages to structured deal records.
#
#   make run    build, then run the main job over the bundled corpus
#   make test   build and run every test (ends with "N passed, N failed")
#   make deps   install the Debian -dev packages pkg-config cannot find
#
# Options: SANITIZE=address,undefined  OPT=-O2  CC=clang

CC       ?= cc
OPT      ?= -O2
PKGS     := libcurl libxml-2.0 libpcre2-8 icu-uc icu-i18n jansson zlib
# Debian package providing each pkg-config module (same order as PKGS + cmocka)
APT_libcurl    := libcurl4-openssl-dev
APT_libxml-2.0 := libxml2-dev
APT_libpcre2-8 := libpcre2-dev
APT_icu-uc     := libicu-dev
APT_icu-i18n   := libicu-dev
APT_jansson    := libjansson-dev
APT_zlib       := zlib1g-dev
APT_cmocka     := libcmocka-dev
# the man page (groff, man), scale-out (parallel), Common Crawl WARCs (wget),
# \copy into a private PostgreSQL (Debian's server: initdb under /usr/lib/postgresql)
TOOLS_ECO := groff:groff-base man:man-db parallel:parallel wget:wget \
             psql:postgresql-client pg_ctlcluster:postgresql
# commands the tests use
TOOLS    := pkg-config:pkg-config python3:python3 jq:jq sqlite3:sqlite3 iconv:libc-bin chromium:chromium
# fonts the tests need, as fc-list language:Debian package (the report's screenshot shows Chinese)
FONTS    := zh:fonts-wqy-microhei
# the fetch tests and make bench-fetch: a real web server, peak RSS (GNU time), curl as baseline
TOOLS    += /usr/sbin/nginx:nginx /usr/bin/time:time curl:curl
# the style check (tests/sh/test_format.sh): the committed .clang-format, Debian 12's clang-format
TOOLS    += clang-format:clang-format git:git

BUILD    := build
PREFIX   ?= /usr/local
# make V=1 shows the compiler command lines
ifeq ($(V),1)
Q :=
else
Q := @
endif

ifeq ($(MAKECMDGOALS),deps)
else
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)
endif

WARN     := -Wall -Wextra -Wshadow -Wno-unused-parameter -Wformat=2 -Wstrict-prototypes
CFLAGS   ?= $(OPT) -g
CFLAGS   += -std=c11 -D_GNU_SOURCE $(WARN) $(PKG_CFLAGS) -I.
LDLIBS   += $(PKG_LIBS) -lm -lpthread
ifdef SANITIZE
CFLAGS   += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS  += -fsanitize=$(SANITIZE)
BUILD    := build-san
BIN      := $(BUILD)/zhdeals
else
BIN      := zhdeals
endif

LIB_SRC  := $(sort $(wildcard common/*.c fetch/*.c extract/*.c normalize/*.c report/*.c))
LIB_ASM  := normalize/orgs_data.S
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_ASM:%.S=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
REPLAY_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/replay/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all deps run test tools eval bench callgrind fuzz valgrind \
        clean format install uninstall check-deps

all: deps $(BIN)

# Install whatever pkg-config (or the PATH) cannot find, with apt-get
# (through sudo when not root). apt-get update runs once first: a new
# machine has no package lists.
deps:
	@missing=""; \
	for p in $(PKGS) cmocka; do \
	  pkg-config --exists $$p 2>/dev/null || missing="$$missing $$(case $$p in \
	    libcurl) echo $(APT_libcurl);; libxml-2.0) echo $(APT_libxml-2.0);; \
	    libpcre2-8) echo $(APT_libpcre2-8);; icu-uc|icu-i18n) echo $(APT_icu-uc);; \
	    jansson) echo $(APT_jansson);; zlib) echo $(APT_zlib);; cmocka) echo $(APT_cmocka);; esac)"; \
	done; \
	for t in $(TOOLS) $(TOOLS_ECO); do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t#*:}"; \
	done; \
	for f in $(FONTS); do \
	  fc-list :lang=$${f%%:*} 2>/dev/null | grep -q . || missing="$$missing $${f#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "make deps: installing$$missing"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

zhdeals: $(BUILD)/zhdeals
	$(Q)cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/zhdeals: $(BUILD)/zhdeals.o $(LIB_OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# The gazetteer is compiled into the binary, so a copied binary still works.
$(BUILD)/normalize/orgs_data.o: normalize/orgs_data.S normalize/orgs.tsv
	@mkdir -p $(dir $@)
	@echo "  AS      $<"
	$(Q)$(CC) -c -DORGS_TSV='"$(CURDIR)/normalize/orgs.tsv"' -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJ) $(LDFLAGS) $(LDLIBS) $(CMOCKA_LIBS)

# Fuzz harnesses, replayed over their seeds by a plain driver (no fuzzing in CI).
$(BUILD)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  REPLAY  $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB_OBJ) $(LDFLAGS) $(LDLIBS)

# Small drivers that evaluations and benchmarks run (linked with the library).
$(BUILD)/tools/%: tests/tools/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  TOOL    $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJ) $(LDFLAGS) $(LDLIBS)

tools: $(TOOL_BIN)

run: all
	@./zhdeals run corpus/urls.txt

test: all $(UNIT_BIN) $(REPLAY_BIN)
	@BUILD=$(BUILD) bash tests/run.sh

# make eval runs every tests/tools/eval_*.sh; make eval-NAME runs one.
eval: all tools
	@for e in tests/tools/eval_*.sh; do echo "== $$e"; BUILD=$(BUILD) bash $$e || exit 1; done

eval-%: all tools
	BUILD=$(BUILD) bash tests/tools/eval_$(subst -,_,$*).sh

# Throughput beside baselines measured in the same run (tests/tools/bench.c),
# then whole processes (extract, extract+normalize, --jobs 2, peak memory)
# over a WARC of the corpus pages and ../shared's news pages (when present)
# repeated to BENCH_WARC_MB megabytes, written to a temporary directory and
# deleted afterwards.
BENCH_PAGES ?= $(firstword $(wildcard ../shared/external/news-html/html) corpus/pages)
BENCH_WARC_MB ?= 100
BENCH_WARC_DIRS := corpus/pages $(wildcard ../shared/external/news-html/html)
bench: all $(BUILD)/tools/bench $(BUILD)/tools/mkwarc
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && trap 'exit 1' INT TERM && \
	  $(BUILD)/tools/mkwarc $$tmp/bench.warc.gz $(BENCH_WARC_MB) $(BENCH_WARC_DIRS) >/dev/null && \
	  $(BUILD)/tools/bench $(BENCH_PAGES) $(BENCH_SECONDS) --warc $$tmp/bench.warc.gz --zhdeals ./$(BIN)

# Instruction counts (valgrind's callgrind) of extract and normalize on a
# fixed input, to compare a change without timing noise; top functions too.
callgrind: all
	@BUILD=$(BUILD) ZHDEALS=./$(BIN) bash tests/tools/callgrind.sh

# zhdeals fetch beside curl --parallel, same URL list, same run, from a
# loopback nginx (tests/tools/bench_fetch.sh; BENCH_FETCH="URLS JOBS HOSTS").
.PHONY: bench-fetch
bench-fetch: all
	@bash tests/tools/bench_fetch.sh $(BENCH_FETCH)

clean:
	rm -rf build build-san build-fuzz zhdeals

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

# make install PREFIX=/usr DESTDIR=/tmp/pkg: the binary (the gazetteer is
# compiled in), the man page, a copy of the gazetteer to read and to model
# --orgs files on, and the bash completion where bash-completion finds it.
INSTALLED := bin/zhdeals share/man/man1/zhdeals.1 share/zhdeals/orgs.tsv \
             share/bash-completion/completions/zhdeals
install: all
	install -d $(addprefix $(DESTDIR)$(PREFIX)/,bin share/man/man1 share/zhdeals \
	  share/bash-completion/completions)
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/zhdeals
	install -m 644 zhdeals.1 $(DESTDIR)$(PREFIX)/share/man/man1/zhdeals.1
	install -m 644 normalize/orgs.tsv $(DESTDIR)$(PREFIX)/share/zhdeals/orgs.tsv
	install -m 644 completion/zhdeals.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/zhdeals

uninstall:
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/,$(INSTALLED))
	rmdir $(DESTDIR)$(PREFIX)/share/zhdeals 2>/dev/null || true

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# libFuzzer: each harness (or those in FUZZ_ONLY, e.g. FUZZ_ONLY="orgs deals")
# for FUZZ_SECONDS (default 600), one after the other, from its seeds, with
# ASan and UBSan; an input running over 10 s or 2 GiB counts as a crash too.
# New inputs go to build-fuzz/corpus-NAME, crashes to build-fuzz/crash-NAME/
# (copy one to tests/fuzz/crashes/fuzz_NAME-what to keep it as a regression
# input that make test replays); a crash stops the run with status 1.
FUZZ_SECONDS ?= 600
FUZZ_BUILD   := build-fuzz
FUZZ_CFLAGS  := -O1 -g -std=c11 -D_GNU_SOURCE -I. $(PKG_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJ     := $(LIB_SRC:%.c=$(FUZZ_BUILD)/%.o) $(FUZZ_BUILD)/normalize/orgs_data.o
FUZZ_BIN     := $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_BUILD)/%)

# -MMD: an object is rebuilt when a header it includes changes (a stale
# one with an old struct layout made the fuzzer report a false crash)
$(FUZZ_BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC  $<"
	$(Q)clang $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

-include $(shell find $(FUZZ_BUILD) -name '*.d' 2>/dev/null)

$(FUZZ_BUILD)/normalize/orgs_data.o: normalize/orgs_data.S normalize/orgs.tsv
	@mkdir -p $(dir $@)
	$(Q)clang -c -DORGS_TSV='"$(CURDIR)/normalize/orgs.tsv"' -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	@echo "  FUZZLD  $@"
	$(Q)clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS) -lm -lpthread

.SECONDARY: $(FUZZ_OBJ)

FUZZ_ONLY    ?= $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
fuzz: deps $(FUZZ_BIN)
	@for n in $(FUZZ_ONLY); do mkdir -p $(FUZZ_BUILD)/corpus-$$n $(FUZZ_BUILD)/crash-$$n; \
	  echo "== fuzz_$$n for $(FUZZ_SECONDS) s"; \
	  (cd $(FUZZ_BUILD) && ./fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=crash-$$n/ \
	    corpus-$$n ../tests/fuzz/seeds/$$n 2>&1 | \
	    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix)'; \
	    echo "corpus: $$(ls corpus-$$n | wc -l) inputs"); \
	  if [ -n "$$(ls $(FUZZ_BUILD)/crash-$$n)" ]; then \
	    echo "crash inputs in $(FUZZ_BUILD)/crash-$$n:"; ls $(FUZZ_BUILD)/crash-$$n; exit 1; fi; done

# The golden tests under valgrind's memcheck: every leak or bad read fails.
valgrind: all
	@command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 2; }
	ZHDEALS_NO_JIT=1 ZHDEALS_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-possibly-lost=no" \
	  bash tests/golden.sh
