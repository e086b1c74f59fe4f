#pragma once

#include "common/error.h"
#include "kube/kubeconfig.h"

#include <QCoreApplication>

namespace Kt::Kube {

class KubeconfigLocator;

// Reads kubeconfig files the way kubectl does (yaml-cpp underneath, YAML 1.1 scalars like Go's
// yaml.v2: `yes`/`on`/`y` are booleans, `123` is a number and not a string; fields are
// case-sensitive; unknown fields are ignored; anchors, aliases and `<<` merge keys work; only the
// first YAML document counts). Problems in the file itself (syntax, a number where a string
// belongs, a name defined twice in one list) fail the load with the file, line and column.
// Problems between entries (a context naming an undefined cluster) are left to ClientConfig, which
// reports them when that context is used.
class KubeconfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigLoader)

public:
    // Parses one file's content; `fileName` names it in errors and becomes the origin of every
    // entry (made absolute).
    static Result<Kubeconfig> parse(const QByteArray &data, const QString &fileName);
    static Result<Kubeconfig> loadFile(const QString &path);
    // Loads and merges every file the locator names, first file first. Entries of $KUBECONFIG
    // that do not exist are skipped, a missing --kubeconfig file is an error, a missing
    // ~/.kube/config gives an empty configuration. An unreadable or malformed file fails the
    // whole load, as in kubectl.
    static Result<Kubeconfig> load(const KubeconfigLocator &locator);
};

} // namespace Kt::Kube
