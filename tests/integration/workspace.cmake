# core/workspace against the local cluster: what the main window shows, kept live.
kt_add_test(tst_clusterbrowser SOURCES tst_clusterbrowser.cpp LIBS ktcore LABELS integration workspace
    FIXTURES cluster TIMEOUT 300)
