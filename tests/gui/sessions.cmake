# The sessions panel (models under QAbstractItemModelTester, the dock), the log, the tray and the
# dashboard window.
kt_add_test(tst_sessionsdock SOURCES tst_sessionsdock.cpp LIBS ktui LABELS gui)
