# The dashboard window against the local cluster: live rows, Clean stale with its confirmation,
# and a 403 explained.
kt_add_test(tst_dashboardwindow SOURCES tst_dashboardwindow.cpp LIBS ktui LABELS gui
    FIXTURES cluster TIMEOUT 300)
