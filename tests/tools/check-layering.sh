#!/usr/bin/env bash
# core/ must never depend on QtGui/QtWidgets; ktdesk-cli and ktdesk-helper must run without them.
#   check-layering.sh SOURCE_DIR BINARY...
set -euo pipefail
src=$1
shift
status=0
if hits=$(grep -rEn '#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QImage|QColor|QMessageBox|QAction)\b' "$src/core"); then
    echo "core/ includes GUI headers:"; echo "$hits"; status=1
fi
if grep -rEn 'Qt6?::(Gui|Widgets)' "$src/core/CMakeLists.txt"; then
    echo "core/CMakeLists.txt links QtGui/QtWidgets"; status=1
fi
for binary in "$@"; do
    if ldd "$binary" | grep -E 'libQt6(Gui|Widgets)'; then
        echo "$(basename "$binary") links QtGui/QtWidgets"; status=1
    fi
done
[ $status -eq 0 ] && echo "layering holds: core and $(for b in "$@"; do basename "$b"; done | paste -sd, -) are free of QtGui/QtWidgets"
exit $status
