# The Kubernetes API client (core/kube: ApiClient, its jobs, Watch, Informer, value types, errors).
# Only parsers, error mapping, and faults a real API server cannot be made to produce here
# (a hang, a reset mid-body, a 503 with Retry-After, a broken watch stream) run without the cluster.
kt_add_test(tst_resourceref SOURCES tst_resourceref.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_kuberesources SOURCES tst_kuberesources.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_watchstreamparser SOURCES tst_watchstreamparser.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_apierror SOURCES tst_apierror.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_apirequest SOURCES tst_apirequest.cpp ../common/fakehttpserver.h
    LIBS ktcore Qt6::Network LABELS unit kube)
kt_add_test(tst_watchfaults SOURCES tst_watchfaults.cpp ../common/fakehttpserver.h
    LIBS ktcore Qt6::Network LABELS unit kube)
foreach(_kt_test tst_apirequest tst_watchfaults)
    target_include_directories(${_kt_test} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/../common")
endforeach()
