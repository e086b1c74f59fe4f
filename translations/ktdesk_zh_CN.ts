<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliApp</name>
    <message>
        <source>Reach pod IPs, service IPs and cluster DNS names from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Service&apos;s or Deployment&apos;s traffic to a local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive only the requests that carry your version header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a local port as a new Service in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a cluster Service&apos;s port to a local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Service that an exchange or mesh left changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objects left behind by stale sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who is connected, exchanging or meshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the kubeconfig contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli [global flags] &lt;verb&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace (default: the context&apos;s namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file (default: $KUBECONFIG or ~/.kube/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a verb&apos;s help after the verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verb not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: unknown verb &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: &quot;%1&quot; is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Secrets::KeychainSecretStore</name>
    <message>
        <source>No secret named %1 is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain and allow KtDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service such as GNOME Keyring or KWallet and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the keychain is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Secrets::MemorySecretStore</name>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainWindow</name>
    <message>
        <source>KtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to KtDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUBECONFIG names files that do not exist. Fix KUBECONFIG, or unset it to use ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a kubeconfig from your cluster administrator or cloud console to ~/.kube/config, or set KUBECONFIG to the files you use, then restart KtDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig found at:&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br/&gt;&lt;br/&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
