# ktdesk-cli's command line (the real binary; no cluster).
kt_add_test(tst_cliflags SOURCES tst_cliflags.cpp LIBS Qt6::Core LABELS unit cli)
add_dependencies(tst_cliflags ktdesk-cli)
