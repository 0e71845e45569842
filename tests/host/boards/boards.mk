# SPDX-License-Identifier: GPL-2.0
#
# Host tests of the BeagleBone's drivers (UART0 with the shared receive
# ring, INTC, DMTimer) against register models (test_am335x.c), under
# AddressSanitizer and UndefinedBehaviorSanitizer. Included by the top
# Makefile after tests/host/host.mk, whose flags it uses; `make test` runs
# every $(HOST_OUT)/test_* binary.

boards_saved_goal := $(.DEFAULT_GOAL)

HOST_BOARDS_CFLAGS := -Wno-unused-parameter -Itests/host/boards/include -Itests/host/mm/include -Itests/host \
	-Iboards -Iboards/beaglebone-black
HOST_BOARDS_SRCS := boards/beaglebone-black/ns16550.c boards/beaglebone-black/intc.c \
	boards/beaglebone-black/dmtimer.c boards/common/uart_rx.c
HOST_BOARDS_OBJS := $(patsubst %.c,$(HOST_OUT)/%.o,$(HOST_BOARDS_SRCS))

host-tests: $(HOST_OUT)/test_am335x

$(HOST_OUT)/test_am335x: $(HOST_OUT)/test_am335x.o $(HOST_BOARDS_OBJS) $(HOST_OUT)/harness.o
	$(HOSTCC) $(HOST_LDFLAGS) -o $@ $^

$(HOST_OUT)/test_am335x.o: tests/host/boards/test_am335x.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_BOARDS_CFLAGS) $(HOST_RENAME) -c -o $@ $<

$(HOST_BOARDS_OBJS): $(HOST_OUT)/%.o: %.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(HOST_BOARDS_CFLAGS) $(HOST_RENAME) -c -o $@ $<

-include $(HOST_BOARDS_OBJS:.o=.d) $(HOST_OUT)/test_am335x.d

.DEFAULT_GOAL := $(boards_saved_goal)
