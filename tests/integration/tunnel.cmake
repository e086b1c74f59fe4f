# The tunnel engine (core/tunnel) against the real shadow sshd and the cluster netns.
kt_add_test(tst_sshtunnel SOURCES tst_sshtunnel.cpp LIBS ktcore LABELS integration tunnel slow
    FIXTURES cluster TIMEOUT 900)
kt_add_test(tst_sshoverportforward SOURCES tst_sshoverportforward.cpp LIBS ktcore LABELS integration tunnel
    FIXTURES cluster TIMEOUT 300)
