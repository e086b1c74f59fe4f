# core/session's mesh router (the generated nginx configuration and objects).
kt_add_test(tst_meshrouter SOURCES tst_meshrouter.cpp LIBS ktcore LABELS unit session)
