# The main window's view of a cluster (core/workspace), without a cluster.
kt_add_test(tst_workloadrowbuilder SOURCES tst_workloadrowbuilder.cpp workloadfixtures.h LIBS ktcore
    LABELS unit workspace)
