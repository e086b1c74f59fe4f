# Reliability and security (issue 9): crash matrix, network faults, sessions gone for good, least
# privilege, secrets in files, listeners.
kt_add_test(tst_crashmatrix SOURCES tst_crashmatrix.cpp LIBS Qt6::Network
    LABELS integration faults FIXTURES cluster TIMEOUT 1800)
add_dependencies(tst_crashmatrix ktdesk-cli)
kt_add_test(tst_leastprivilege SOURCES tst_leastprivilege.cpp LIBS Qt6::Network
    LABELS integration security FIXTURES cluster TIMEOUT 1200)
add_dependencies(tst_leastprivilege ktdesk-cli)
kt_add_test(tst_networkfaults SOURCES tst_networkfaults.cpp LIBS ktcore Qt6::Network
    LABELS integration faults FIXTURES cluster TIMEOUT 900)
kt_add_test(tst_goneforgood SOURCES tst_goneforgood.cpp LIBS Qt6::Network
    LABELS integration faults FIXTURES cluster TIMEOUT 300)
add_dependencies(tst_goneforgood ktdesk-cli)
