# fuzz.mk -- the fuzz targets of test/fuzz/, included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="sek html"]
#		builds each target with clang and libFuzzer under AddressSanitizer
#		and UndefinedBehaviorSanitizer and runs it for FUZZ_SECONDS, starting
#		from its seed corpus (test/fuzz/corpus/TARGET/) and the inputs that
#		once crashed it (test/fuzz/regressions/TARGET/); fails on any crash,
#		leak, undefined behaviour, timeout or broken property, and leaves
#		the input that did it in test/fuzz/build/.
#   make fuzz-long [FUZZ_LONG_SECONDS=600]
#		the same, each target for ten minutes: what a nightly CI job runs
#   make fuzz-replay
#		builds each target with $(CC) and the test build's flags (SANITIZE=1
#		adds the sanitizers) as a plain program, and replays the seed
#		corpora and regression inputs once; make test runs it.

FUZZ_SECONDS	?= 60
FUZZ_CORE_TARGETS	= validity sek fee_rate textdoc extract
FUZZ_LOADER_TARGETS	= html manifest population warc
FUZZ_TARGETS	?= $(FUZZ_CORE_TARGETS) $(FUZZ_LOADER_TARGETS)

FUZZ_CC			?= clang
FUZZ_DIR		= test/fuzz/build
FUZZ_SANITIZE	= -fsanitize=address,undefined -fno-sanitize-recover=all \
				  -fno-omit-frame-pointer
FUZZ_CFLAGS		= -std=c11 -D_XOPEN_SOURCE=700 -O1 -g -Wall -Wextra \
				  -Wno-unused-parameter $(FUZZ_SANITIZE)
FUZZ_CPPFLAGS	= $(CLIENT_CPPFLAGS) -Iloader -Itest/fuzz
FUZZ_HEADERS	= test/fuzz/fuzz.h test/fuzz/loader_glue.h core/*.h loader/*.h loader/extract/*.h

# The loader without its main(): the harnesses are the programs.
FUZZ_LOADER_SRCS	= $(filter-out loader/main.c,$(LOADER_SRCS))

# --- replay programs (make test) ---------------------------------------------
FUZZ_CORE_REPLAYS	= $(addprefix test/fuzz/replay_,$(FUZZ_CORE_TARGETS))
FUZZ_LOADER_REPLAYS	= $(addprefix test/fuzz/replay_,$(FUZZ_LOADER_TARGETS))

$(FUZZ_CORE_REPLAYS): test/fuzz/replay_%: test/fuzz/fuzz_%.c test/fuzz/replay.c \
		$(FUZZ_HEADERS) $(CLIENT_CORE_OBJS)
	$(CC) $(CLIENT_CFLAGS) $(FUZZ_CPPFLAGS) -o $@ test/fuzz/fuzz_$*.c test/fuzz/replay.c \
		$(CLIENT_CORE_OBJS) $(EXTRACT_LIBS)

$(FUZZ_LOADER_REPLAYS): test/fuzz/replay_%: test/fuzz/fuzz_%.c test/fuzz/replay.c \
		test/fuzz/loader_glue.c $(FUZZ_HEADERS) $(CLIENT_CORE_OBJS) \
		$(FUZZ_LOADER_SRCS:.c=.o)
	$(CC) $(CLIENT_CFLAGS) $(FUZZ_CPPFLAGS) -o $@ test/fuzz/fuzz_$*.c test/fuzz/replay.c \
		test/fuzz/loader_glue.c $(FUZZ_LOADER_SRCS:.c=.o) $(CLIENT_CORE_OBJS) $(CLIENT_LIBS) $(EXTRACT_LIBS)

fuzz-replay: $(FUZZ_CORE_REPLAYS) $(FUZZ_LOADER_REPLAYS)
	@test/fuzz/run.sh replay $(FUZZ_CORE_TARGETS) $(FUZZ_LOADER_TARGETS)

# --- libFuzzer programs (make fuzz) -------------------------------------------
FUZZ_CORE_OBJS		= $(patsubst core/%.c,$(FUZZ_DIR)/core/%.o,$(CORE_SRCS)) \
					  $(patsubst loader/extract/%.c,$(FUZZ_DIR)/extract/%.o,$(EXTRACT_SRCS))
FUZZ_LOADER_OBJS	= $(patsubst loader/%.c,$(FUZZ_DIR)/loader/%.o,$(FUZZ_LOADER_SRCS)) \
					  $(FUZZ_DIR)/loader_glue.o

$(FUZZ_DIR)/core/%.o: core/%.c core/*.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_CPPFLAGS) -c -o $@ $<

$(FUZZ_DIR)/extract/%.o: loader/extract/%.c $(FUZZ_HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_CPPFLAGS) -c -o $@ $<

$(FUZZ_DIR)/loader/%.o: loader/%.c $(FUZZ_HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_CPPFLAGS) -c -o $@ $<

$(FUZZ_DIR)/loader_glue.o: test/fuzz/loader_glue.c $(FUZZ_HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_CPPFLAGS) -c -o $@ $<

$(addprefix $(FUZZ_DIR)/fuzz_,$(FUZZ_CORE_TARGETS)): $(FUZZ_DIR)/fuzz_%: \
		test/fuzz/fuzz_%.c $(FUZZ_HEADERS) $(FUZZ_CORE_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_CPPFLAGS) -o $@ $< $(FUZZ_CORE_OBJS) $(EXTRACT_LIBS)

$(addprefix $(FUZZ_DIR)/fuzz_,$(FUZZ_LOADER_TARGETS)): $(FUZZ_DIR)/fuzz_%: \
		test/fuzz/fuzz_%.c $(FUZZ_HEADERS) $(FUZZ_CORE_OBJS) $(FUZZ_LOADER_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_CPPFLAGS) -o $@ $< \
		$(FUZZ_LOADER_OBJS) $(FUZZ_CORE_OBJS) $(CLIENT_LIBS) $(EXTRACT_LIBS)

fuzz: $(addprefix $(FUZZ_DIR)/fuzz_,$(FUZZ_TARGETS))
	@test/fuzz/run.sh fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

FUZZ_LONG_SECONDS	?= 600

fuzz-long:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_LONG_SECONDS)

.PHONY: fuzz fuzz-long fuzz-replay

EXTRA_CLEAN += $(FUZZ_CORE_REPLAYS) $(FUZZ_LOADER_REPLAYS) $(FUZZ_DIR)
