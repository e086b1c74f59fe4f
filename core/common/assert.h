#pragma once

#include <QtGlobal>

// Soft asserts in the style of Qt Creator's QTC_ASSERT: a broken invariant is logged with its
// place and the given action (e.g. `return`) runs, instead of crashing a user's session.
#define KT_ASSERT(cond, action)                                                                    \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        qWarning("KT_ASSERT: \"%s\" in %s:%d", #cond, __FILE__, __LINE__);                         \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)

// An illegal state transition: the same, named for what it guards.
#define KT_ASSERT_STATE(cond, action) KT_ASSERT(cond, action)
