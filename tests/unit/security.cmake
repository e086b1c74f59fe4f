# Security properties that need no cluster (issue 9).
kt_add_test(tst_listeners SOURCES tst_listeners.cpp LIBS ktcore LABELS unit security)
