# connect's vpn mode, as root in network namespaces the tests create: ktdesk-helper through
# PrivilegedHelperClient.
kt_add_test(tst_privilegedhelper SOURCES tst_privilegedhelper.cpp vpntestenv.h LIBS ktcore
    LABELS integration tunnel TIMEOUT 180)
add_dependencies(tst_privilegedhelper ktdesk-helper)
