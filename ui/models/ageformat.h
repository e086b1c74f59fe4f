#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kt::Ui {

// kubectl's short ages: "45s", "12m", "5h", "3d".
class AgeFormat
{
    Q_DECLARE_TR_FUNCTIONS(AgeFormat)

public:
    static QString format(const QDateTime &since, const QDateTime &now);
};

} // namespace Kt::Ui
