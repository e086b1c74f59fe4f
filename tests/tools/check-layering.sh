#!/usr/bin/env bash
# core/ must never depend on QtGui/QtWidgets; ktdesk-cli must run without them.
set -euo pipefail
src=$1 cli=$2
status=0
if hits=$(grep -rEn '#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QImage|QColor|QMessageBox|QAction)\b' "$src/core"); then
    echo "core/ includes GUI headers:"; echo "$hits"; status=1
fi
if grep -rEn 'Qt6?::(Gui|Widgets)' "$src/core/CMakeLists.txt"; then
    echo "core/CMakeLists.txt links QtGui/QtWidgets"; status=1
fi
if ldd "$cli" | grep -E 'libQt6(Gui|Widgets)'; then
    echo "ktdesk-cli links QtGui/QtWidgets"; status=1
fi
[ $status -eq 0 ] && echo "layering holds: core and ktdesk-cli are free of QtGui/QtWidgets"
exit $status
