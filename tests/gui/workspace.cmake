# The main window (ui/mainwindow, ui/models, ui/dialogs, ui/maincontroller).
kt_add_test(tst_workloadtablemodel SOURCES tst_workloadtablemodel.cpp LIBS ktui LABELS gui)
kt_add_test(tst_listmodels SOURCES tst_listmodels.cpp LIBS ktui LABELS gui)
kt_add_test(tst_exchangedialog SOURCES tst_exchangedialog.cpp LIBS ktui LABELS gui)
kt_add_test(tst_mainworkspace SOURCES tst_mainworkspace.cpp LIBS ktui LABELS gui session
    FIXTURES cluster TIMEOUT 600)
kt_add_test(tst_guiscale SOURCES tst_guiscale.cpp stallmeter.h LIBS ktui LABELS gui slow
    FIXTURES cluster TIMEOUT 1200)
