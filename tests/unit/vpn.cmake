# connect's vpn mode: pure parts of the privileged helper, the files it edits (on temporary
# copies), the nftables script, CIDR detection and the transparent proxy.
foreach(_kt_vpn_test ipv4cidr cidrdetector helperprotocol markedblock hostsfile dnsconfigurator
        helperrecord nftablesconfigurator transparentproxy)
    kt_add_test(tst_${_kt_vpn_test} SOURCES tst_${_kt_vpn_test}.cpp LIBS ktcore LABELS unit tunnel)
endforeach()
