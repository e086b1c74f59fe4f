# The DNS server (core/tunnel) with the real dig, the cluster DNS through a real tunnel, and a
# local dnsmasq as the upstream resolver.
kt_add_test(tst_dnsservercluster SOURCES tst_dnsservercluster.cpp LIBS ktcore
    LABELS integration tunnel dns FIXTURES cluster TIMEOUT 600)
