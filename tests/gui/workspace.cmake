# The main window (ui/mainwindow, ui/models, ui/dialogs, ui/maincontroller).
kt_add_test(tst_workloadtablemodel SOURCES tst_workloadtablemodel.cpp LIBS ktui LABELS gui)
kt_add_test(tst_listmodels SOURCES tst_listmodels.cpp LIBS ktui LABELS gui)
kt_add_test(tst_exchangedialog SOURCES tst_exchangedialog.cpp LIBS ktui LABELS gui)
kt_add_test(tst_mainworkspace SOURCES tst_mainworkspace.cpp LIBS ktui LABELS gui session
    FIXTURES cluster TIMEOUT 600)
kt_add_test(tst_guiscale SOURCES tst_guiscale.cpp stallmeter.h LIBS ktui LABELS gui slow
    FIXTURES cluster TIMEOUT 1200)
# The window's other actions as ktdesk wires them: Mesh… (stopped in the sessions panel),
# Forward…, Run Local Service…, Recover, and Connect with the settings stopped from the tray.
kt_add_test(tst_mainactions SOURCES tst_mainactions.cpp LIBS ktui LABELS gui session
    FIXTURES cluster TIMEOUT 900)
# The welcome page's demo cluster button (app/gui's DemoClusterLauncher).
kt_add_test(tst_demolauncher SOURCES tst_demolauncher.cpp
    ${PROJECT_SOURCE_DIR}/app/gui/democlusterlauncher.cpp
    ${PROJECT_SOURCE_DIR}/app/gui/democlusterlauncher.h
    LIBS ktui LABELS gui FIXTURES cluster TIMEOUT 900)
target_include_directories(tst_demolauncher PRIVATE "${PROJECT_SOURCE_DIR}/app/gui")
