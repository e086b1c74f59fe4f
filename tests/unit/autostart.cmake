# "Start at login" (ui/autostart): the XDG autostart entry the settings' switch writes.
kt_add_test(tst_autostart SOURCES tst_autostart.cpp LIBS ktui LABELS unit)
