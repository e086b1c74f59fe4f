# The kubeconfig layer against the real kubectl (the oracle), over the corpus in
# tests/data/kubeconfig.
kt_add_test(tst_kubeconfigconformance SOURCES tst_kubeconfigconformance.cpp LIBS ktcore
    LABELS kube integration TIMEOUT 600)
