# The DNS server of connect's vpn mode (core/tunnel): messages, name forms, cache, the server on
# loopback. Its answers through the tunnel are in tests/integration/dns.cmake.
kt_add_test(tst_dnsmessage SOURCES tst_dnsmessage.cpp LIBS ktcore LABELS unit tunnel dns)
kt_add_test(tst_servicedirectory SOURCES tst_servicedirectory.cpp LIBS ktcore LABELS unit tunnel dns)
kt_add_test(tst_dnscache SOURCES tst_dnscache.cpp LIBS ktcore LABELS unit tunnel dns)
kt_add_test(tst_dnsserver SOURCES tst_dnsserver.cpp LIBS ktcore LABELS unit tunnel dns)
