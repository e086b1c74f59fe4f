# core/session value types (no cluster).
kt_add_test(tst_shadowspec SOURCES tst_shadowspec.cpp LIBS ktcore LABELS unit session)
kt_add_test(tst_sessionengine SOURCES tst_sessionengine.cpp LIBS ktcore LABELS unit session)
