# connect's vpn mode, as root in network namespaces the tests create: ktdesk-helper through
# PrivilegedHelperClient, and the whole path (helper, transparent proxy, DNS server, SSH tunnel
# to the cluster's shadow) against the local cluster.
kt_add_test(tst_privilegedhelper SOURCES tst_privilegedhelper.cpp vpntestenv.h LIBS ktcore
    LABELS integration tunnel TIMEOUT 180)
add_dependencies(tst_privilegedhelper ktdesk-helper)

# The app side of tst_vpn in a process of its own, so that the test can SIGKILL it.
add_executable(ktvpn-testapp vpntestapp.cpp)
target_link_libraries(ktvpn-testapp PRIVATE kt_project_options ktcore)
set_target_properties(ktvpn-testapp PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")

kt_add_test(tst_vpn SOURCES tst_vpn.cpp vpntestenv.h LIBS ktcore
    LABELS integration tunnel slow FIXTURES cluster TIMEOUT 600)
add_dependencies(tst_vpn ktdesk-helper ktvpn-testapp)
