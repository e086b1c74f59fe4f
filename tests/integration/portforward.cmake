# Port-forward (SPDY, and WebSocket where SPDY is refused) and exec (WebSocket) in core/kube
# against the local cluster. The _websocket runs repeat the port-forward tests over the WebSocket
# transport (KTDESK_PORTFORWARD_PROTOCOL=websocket), which the fallback relies on.
kt_add_test(tst_portforwardstream SOURCES tst_portforwardstream.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 300)
kt_add_test(tst_portforwarder SOURCES tst_portforwarder.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 900)
kt_add_test_variant(tst_portforwardstream websocket ENVIRONMENT KTDESK_PORTFORWARD_PROTOCOL=websocket)
kt_add_test_variant(tst_portforwarder websocket ENVIRONMENT KTDESK_PORTFORWARD_PROTOCOL=websocket)
kt_add_test(tst_podexec SOURCES tst_podexec.cpp kubetestenv.h LIBS ktcore
    LABELS integration kube FIXTURES cluster TIMEOUT 300)
