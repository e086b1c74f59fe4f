# The sessions panel (models under QAbstractItemModelTester, the dock), the log, the tray and the
# dashboard window.
kt_add_test(tst_sessionsdock SOURCES tst_sessionsdock.cpp LIBS ktui LABELS gui)
kt_add_test(tst_traycontroller SOURCES tst_traycontroller.cpp LIBS ktui LABELS gui
    FIXTURES cluster TIMEOUT 600)
