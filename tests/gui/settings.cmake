# Settings: typed AppSettings and the dialog that edits them.
kt_add_test(tst_settingsdialog SOURCES tst_settingsdialog.cpp LIBS ktui LABELS gui)
