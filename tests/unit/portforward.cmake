# Port-forward (SPDY and WebSocket) and exec (WebSocket) in core/kube: framing and protocol edge
# cases, and the fallback from SPDY to WebSocket.
kt_add_test(tst_channelframe SOURCES tst_channelframe.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_portforwardprotocol SOURCES tst_portforwardprotocol.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_portmapping SOURCES tst_portmapping.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_podexecstatus SOURCES tst_podexecstatus.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_spdyframe SOURCES tst_spdyframe.cpp LIBS ktcore ZLIB::ZLIB LABELS unit kube)
kt_add_test(tst_portforwardfallback SOURCES tst_portforwardfallback.cpp ../common/fakehttpserver.h
    LIBS ktcore Qt6::Network LABELS unit kube)
