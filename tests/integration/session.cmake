# Sessions (core/session) through ktdesk-cli, against the local cluster and its netns.
kt_add_test(tst_connectcli SOURCES tst_connectcli.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 600)
add_dependencies(tst_connectcli ktdesk-cli)
kt_add_test(tst_exchangecli SOURCES tst_exchangecli.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 600)
add_dependencies(tst_exchangecli ktdesk-cli)
kt_add_test(tst_cleancli SOURCES tst_cleancli.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 300)
add_dependencies(tst_cleancli ktdesk-cli)
kt_add_test(tst_previewcli SOURCES tst_previewcli.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 300)
add_dependencies(tst_previewcli ktdesk-cli)
kt_add_test(tst_sessionmanager SOURCES tst_sessionmanager.cpp LIBS ktcore LABELS integration session
    FIXTURES cluster TIMEOUT 300)
kt_add_test(tst_forwardcli SOURCES tst_forwardcli.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 300)
add_dependencies(tst_forwardcli ktdesk-cli)
kt_add_test(tst_sessionresilience SOURCES tst_sessionresilience.cpp LIBS ktcore Qt6::DBus
    LABELS integration session FIXTURES cluster TIMEOUT 600)
kt_add_test(tst_ktctlcompat SOURCES tst_ktctlcompat.cpp LIBS Qt6::Network LABELS integration session
    FIXTURES cluster TIMEOUT 600)
add_dependencies(tst_ktctlcompat ktdesk-cli)
# connect --mode vpn as root, the laptop being a network namespace the test creates.
kt_add_test(tst_connectvpn SOURCES tst_connectvpn.cpp vpntestenv.h LIBS ktcore Qt6::Network
    LABELS integration session slow FIXTURES cluster TIMEOUT 900)
add_dependencies(tst_connectvpn ktdesk-cli ktdesk-helper)
kt_add_test(tst_sharedshadowcli SOURCES tst_sharedshadowcli.cpp LIBS ktcore Qt6::Network
    LABELS integration session FIXTURES cluster TIMEOUT 300)
add_dependencies(tst_sharedshadowcli ktdesk-cli)
kt_add_test(tst_exchangescalecli SOURCES tst_exchangescalecli.cpp LIBS Qt6::Network
    LABELS integration session FIXTURES cluster TIMEOUT 900)
add_dependencies(tst_exchangescalecli ktdesk-cli)
kt_add_test(tst_meshcli SOURCES tst_meshcli.cpp LIBS Qt6::Network yaml-cpp
    LABELS integration session FIXTURES cluster TIMEOUT 900)
add_dependencies(tst_meshcli ktdesk-cli)
