# Pure parts of the tunnel engine.
kt_add_test(tst_proxyhandshake SOURCES tst_proxyhandshake.cpp LIBS ktcore LABELS unit tunnel)
