# Port-forward and exec over WebSocket (core/kube) against the local cluster.
kt_add_test(tst_portforwardstream SOURCES tst_portforwardstream.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 300)
kt_add_test(tst_portforwarder SOURCES tst_portforwarder.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 900)
kt_add_test(tst_podexec SOURCES tst_podexec.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 300)
