# Port-forward and exec over WebSocket (core/kube): framing and protocol edge cases.
kt_add_test(tst_channelframe SOURCES tst_channelframe.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_portforwardprotocol SOURCES tst_portforwardprotocol.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_portmapping SOURCES tst_portmapping.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_podexecstatus SOURCES tst_podexecstatus.cpp LIBS ktcore LABELS unit kube)
