# The Kubernetes API client against the real local cluster (kube-apiserver, etcd, controllers,
# kwok nodes). Each test works in namespaces of its own and deletes them.
foreach(_kt_test tst_apiclient tst_watch tst_informer)
    kt_add_test(${_kt_test} SOURCES ${_kt_test}.cpp ../common/kubeapitest.h LIBS ktcore
        LABELS integration kube FIXTURES cluster TIMEOUT 300)
    target_include_directories(${_kt_test} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/../common")
endforeach()
# Kills and restarts kube-apiserver: nothing else may use the cluster meanwhile.
set_tests_properties(tst_informer PROPERTIES RUN_SERIAL TRUE)
