# The kubeconfig layer (core/kube) and the `contexts` verb of ktdesk-cli.
kt_add_test(tst_kubeconfigloader SOURCES tst_kubeconfigloader.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_clientconfig SOURCES tst_clientconfig.cpp LIBS ktcore LABELS unit kube)
kt_add_test(tst_execcredentialprovider SOURCES tst_execcredentialprovider.cpp LIBS ktcore
    LABELS unit kube)
# Runs the real ktdesk-cli binary.
kt_add_test(tst_clicontexts SOURCES tst_clicontexts.cpp LIBS Qt6::Core LABELS unit cli kube)
add_dependencies(tst_clicontexts ktdesk-cli)
