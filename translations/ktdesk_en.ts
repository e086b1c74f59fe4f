<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgeFormat</name>
    <message>
        <source>%1s</source>
        <comment>age in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>age in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>age in hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>age in days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the API server %1 (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may not %2 %3 (403 Forbidden from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a cluster admin to bind %1 to a Role or ClusterRole with this rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 gave a token the cluster does not accept: log in again with it (e.g. your cloud CLI&apos;s login command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has probably expired or been revoked: get a new one and put it in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate may have expired or not be signed by the cluster&apos;s CA: get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id-token has probably expired: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig gives user %1 no credentials: add a token, a client certificate or an exec plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of user %1 in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rejected the credentials of user %3 (401 Unauthorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: namespace %2 does not exist on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the namespace or pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not serve %3 (API %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this API is installed on the cluster (kubectl api-resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it already exists on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another name, or delete the existing one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it was changed by someone else meanwhile (409 Conflict from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answered %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is overloaded; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s control plane has a problem; try again later, and tell the cluster&apos;s admin if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the CA in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the certificate-authority-data of cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the system&apos;s CA certificates (the kubeconfig names no CA for cluster %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version it started from is no longer kept by %2 (410 Gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refused it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields named above and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 gave an unexpected answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 (context %3) failed: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check certificate-authority (or certificate-authority-data) and tls-server-name of cluster %1 in the kubeconfig: the cluster&apos;s CA may have changed, or a proxy intercepts TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be reached: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the cluster is running and reachable from this machine (VPN, proxy) and that the server address in the kubeconfig is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection to the cluster; the cluster may also be overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent an answer KtDesk does not understand: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server address in the kubeconfig is a Kubernetes API server, not a proxy or a web page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirdseyeVerb</name>
    <message>
        <source>Usage: ktdesk-cli birdseye [-o json]

Every kt session in the cluster (KtDesk&apos;s and ktctl&apos;s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli birdseye: unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEARTBEAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is connected, exchanging or meshing in this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot;; use json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanVerb</name>
    <message numerus="yes">
        <source>%n change(s) would be undone.</source>
        <translation>
            <numerusform>%n change would be undone.</numerusform>
            <numerusform>%n changes would be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n change(s) left by crashed sessions.</source>
        <translation>
            <numerusform>Restored %n change left by crashed sessions.</numerusform>
            <numerusform>Restored %n changes left by crashed sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli clean [--thresholdInMinus N] [--dryRun] [--localOnly]

Removes what sessions left behind: first what crashed KtDesk sessions on this machine left (crash
journal), then, in the cluster, kt objects (KtDesk&apos;s and ktctl&apos;s) whose heartbeat is older than the
threshold, restoring the Services and Deployments they changed.

      --thresholdInMinus N  minutes without heartbeat before an object counts as left behind (default 5)
      --localOnly           only the crash journal of this machine
      --dryRun              only list what would be done
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stale change(s) found in the cluster.</source>
        <translation>
            <numerusform>%n stale change found in the cluster.</numerusform>
            <numerusform>%n stale changes found in the cluster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n stale change(s) in the cluster.</source>
        <translation>
            <numerusform>Cleaned %n stale change in the cluster.</numerusform>
            <numerusform>Cleaned %n stale changes in the cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>--thresholdInMinus wants a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli clean: takes no arguments, only flags (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>ktdesk-cli: unknown flag &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global flags (kt-connect&apos;s; before or after the verb):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: --useShadowDeployment is not supported: KtDesk&apos;s shadows are plain pods. Going on with a pod.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>Fix the path or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative path is resolved against the directory of the kubeconfig file that names it; fix the path or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 %2 of %3 (named in %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context is selected: none of the kubeconfig files (%1) sets current-context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one with --context NAME (ktdesk-cli contexts lists them), or run kubectl config use-context NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; given with --context is not defined in the kubeconfig files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current context &quot;%1&quot; is not defined in the kubeconfig files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known contexts: %1. Pick one with --context NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) names no cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;cluster: NAME&quot; to the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) uses the cluster &quot;%3&quot;, which none of the kubeconfig files (%4) defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cluster to a kubeconfig file, or point the context at a defined cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) uses the user &quot;%3&quot;, which none of the kubeconfig files (%4) defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user to a kubeconfig file, or point the context at a defined user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) sets both certificate-authority and certificate-authority-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only one of them (kubectl refuses this too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) sets insecure-skip-tls-verify together with a certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove insecure-skip-tls-verify to verify the server with the CA, or remove the CA (kubectl refuses this too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; (in %2) holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must contain a -----BEGIN CERTIFICATE----- block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) has no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;server: https://HOST:PORT&quot; to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; of cluster &quot;%2&quot; (in %3) is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy-url &quot;%1&quot; of cluster &quot;%2&quot; (in %3) is not supported: it must start with http://, https:// or socks5://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the proxy-url or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy-url &quot;%1&quot; of cluster &quot;%2&quot; (in %3) names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as socks5://HOST:PORT or http://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both a token and a username/password; only one authentication method is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them (kubectl refuses this too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both client-certificate and client-certificate-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both client-key and client-key-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) has a client certificate but no client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client-key or client-key-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) has a client key but no client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client-certificate or client-certificate-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; (in %2) holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key of user &quot;%1&quot; (in %2) holds no PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must contain a -----BEGIN ... PRIVATE KEY----- block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 of user &quot;%2&quot; (named in %3) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the token into the file, or use &quot;token&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tokenFile %1 of user &quot;%2&quot; (named in %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both an exec plugin and an auth-provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the exec plugin (kubectl refuses this too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set apiVersion: %1 in the exec section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no apiVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) uses apiVersion &quot;%3&quot;, which is not supported; use %4 or %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the plugin, or change the apiVersion if the plugin supports a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;command&quot; to the plugin&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no interactiveMode, which apiVersion %3 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;interactiveMode: Never&quot; (or IfAvailable) to the exec section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has interactiveMode &quot;%3&quot;; it must be Never, IfAvailable or Always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the interactiveMode value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has an env entry without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every env entry a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this user to an exec credential plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install gke-gcloud-auth-plugin and run &quot;gcloud container clusters get-credentials&quot; again; it writes an exec plugin entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use kubelogin (https://github.com/Azure/kubelogin) and run &quot;kubelogin convert-kubeconfig&quot;; it writes an exec plugin entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) uses the auth-provider &quot;%3&quot;, which KtDesk does not support (kubectl removed it too); use an exec plugin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oidc auth-provider of user &quot;%1&quot; (in %2) lacks idp-issuer-url or client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add both to the auth-provider config, as kubectl requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oidc auth-provider of user &quot;%1&quot; (in %2) holds no id-token, and KtDesk cannot run the OIDC login itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in once with kubectl, or switch to an exec plugin such as kubelogin (kubectl oidc-login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id-token of user &quot;%1&quot; (in %2) is not a valid JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to get a fresh id-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id-token of user &quot;%1&quot; (in %2) expired at %3, and KtDesk does not refresh OIDC tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run any kubectl command for this context to refresh it, or switch to an exec plugin such as kubelogin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; (%2) expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new certificate (from the cluster&apos;s admin or your cloud&apos;s CLI) and update client-certificate and client-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; (%2) is not valid before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig file was found, so there is no cluster to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point $KUBECONFIG or --kubeconfig at one, or create ~/.kube/config (your cluster&apos;s provider has a command that writes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectVerb</name>
    <message>
        <source>ktdesk-cli connect: unknown --mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Proxy: socks5h://%1:%2 and http://%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli connect [flags]

Connects this machine to the cluster network through a shadow pod.

Flags:
      --mode MODE               socks (default; also socks5, proxy): a SOCKS5 and HTTP proxy,
                                no privileges needed. vpn (also tun2socks, sshuttle): every
                                program reaches the cluster; needs administrator rights once
                                (pkexec) for KtDesk&apos;s network helper.
      --dnsMode MODE            vpn mode: localDNS (default; localDNS:IP[:PORT],... names the
                                resolvers for other names) or hosts (hosts:ns1,ns2: whose
                                Services; default the current namespace)
      --clusterDomain DOMAIN    the cluster&apos;s DNS domain (default cluster.local)
      --includeIps CIDR,...     vpn mode: more networks to send into the cluster
      --excludeIps CIDR,...     vpn mode: networks never sent into the cluster
      --disablePodIp            vpn mode: only service networks, not pod networks
      --shareShadow             use the shared shadow kt-connect-shadow-daemon (made if missing;
                                the last one to disconnect removes it)
      --proxyPort PORT          proxy port (default 2223)
      --proxyAddr ADDR          proxy address (default 127.0.0.1; others expose the proxy)
      --sshKeyType TYPE         ed25519 (default) or rsa

Global flags (-n, -c, --context, -i, -l, --withAnnotation, --podCreationTimeout,
--portForwardTimeout, ...): ktdesk-cli --help.
Then use socks5h://127.0.0.1:2223 (names resolve in the cluster) or http://127.0.0.1:2223.
Ctrl-C disconnects and removes the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: &quot;%1&quot; is not a DNS server address (IP or IP:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --dnsMode podDNS is not supported; use localDNS (which asks the cluster DNS for cluster names) or hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --dnsMode is localDNS[:servers] or hosts[:namespaces], not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sshKeyType is ed25519 or rsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: takes no arguments, only flags (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Usage: ktdesk-cli contexts [-c FILE] [--context NAME] [-n NS] [-o json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every context of the kubeconfig files with its cluster, server, user, namespace and authentication kind. The current context is marked with *; --context marks another one, -n changes the namespace it would use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;json&quot; for a JSON array; a table by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: the context &quot;%1&quot; given with --context is not defined in the kubeconfig files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: context &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot;; use json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeVerb</name>
    <message>
        <source>ktdesk-cli exchange: one Service or deployment at a time (got &quot;%1&quot; too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: name the Service or deploy/NAME to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: unknown --mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged. Requests to %1 now come to local port(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli exchange &lt;service | deploy/NAME&gt; --expose LOCAL[:REMOTE][,...] [flags]

Sends the Service&apos;s traffic to ports on this machine through a shadow pod.

Flags:
      --expose PORTS            local port, or local:remote with remote a target port of the Service
      --mode MODE               selector (default): the Service is pointed at the shadow;
                                scale: the Deployment is scaled to 0 while a shadow with its pod
                                labels serves (kt-connect&apos;s original mode); ephemeral is not
                                supported
      --recoverWaitTime S       scale: seconds to wait for the replicas on the way back (default 120)

Global flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): ktdesk-cli --help.
Ctrl-C restores the Service (scale: the Deployment&apos;s replicas) and removes the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --mode ephemeral is not supported by KtDesk; use --mode selector or --mode scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged. Deployment %1 is scaled to 0; requests to its pods now come to local port(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardVerb</name>
    <message>
        <source>Usage: ktdesk-cli forward &lt;service&gt; [LOCAL[:REMOTE]] [flags]

Forwards a local port to a port of the Service, through a ready pod behind it.
When that pod goes away, new connections go to another ready pod.

  LOCAL      local port (default: the Service port&apos;s number; 0: any free port)
  REMOTE     the Service&apos;s port (default: its only port, or the one equal to LOCAL,
             else its first)

Flags:
      --address ADDR            listen address (default 127.0.0.1)

Global flags (-n, -c, --context, --portForwardTimeout, ...): ktdesk-cli --help.
Ctrl-C closes the forward; nothing in the cluster is changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli forward: name one Service, optionally followed by LOCAL[:REMOTE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli forward: &quot;%1&quot; is not LOCAL[:REMOTE] (ports 1 to 65535; LOCAL may be 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding %1:%2 to Service %3 (pod %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address wants an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
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
        <source>Shadow image (default: kt-connect&apos;s shadow v0.3.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra labels on the shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra annotations on the shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a port-forward (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the shadow pod (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported: KtDesk&apos;s shadows are always plain pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeats in local time (KtDesk always does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a switch: true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants key=value[,key=value], not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull secret for the shadow image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account of the shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector of the shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow pod&apos;s CPU and memory limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always pull the shadow image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants CPU cores and memory like 0.5c,512m (m: MiB, g: GiB), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperRequestHandler</name>
    <message>
        <source>The helper&apos;s record was damaged (kept as %1); the nftables table ktdesk was removed, but blocks KtDesk wrote to %2 or %3 may be left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lines between &quot;# Kt Hosts Begin&quot; and &quot;# Kt Hosts End&quot;, and between &quot;# KtDesk begin&quot; and &quot;# KtDesk end&quot;, if they are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses %2 as a nameserver, so KtDesk&apos;s DNS server cannot take that address (it forwards to the nameservers listed there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let KtDesk&apos;s DNS server listen on another loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperSettings</name>
    <message>
        <source>%1 is not honoured when started through pkexec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KTDESK_HELPER_DNS_BACKEND must be auto, resolv.conf or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot write the crash journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the state directory is writable; KtDesk will not change the cluster without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither a number nor a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 where %2 belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a time (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 where a string belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 where an object belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server sent a %1 that KtDesk cannot read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in KtDesk or an unusual API server; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::App::DemoClusterLauncher</name>
    <message>
        <source>The demo cluster comes with KtDesk&apos;s source code: run ./installer/dev.sh demo there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster started but named no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo cluster (the first time builds it, which takes a few minutes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the demo cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktcluster %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube</name>
    <message>
        <source>pod %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 of pod %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec in %1 has no cluster connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec in %1 has no command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for permission to create pods/exec in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ApiRequest</name>
    <message>
        <source>No cluster connection for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ClusterConnection</name>
    <message>
        <source>certificate-authority-data of cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it holds a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate or key of user %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check client-certificate and client-key in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth-provider &quot;%1&quot; of user %2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an exec credential plugin instead (e.g. kubelogin or your cloud&apos;s CLI).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ExecCredentialProvider</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; needs an interactive terminal (interactiveMode: Always), which KtDesk cannot give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set interactiveMode to IfAvailable or Never if the plugin can work without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the plugin, or fix &quot;command&quot; in the kubeconfig (a name without &apos;/&apos; is looked up in $PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plugin by hand to see what it needs (often a login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The exec credential plugin &quot;%1&quot; did not answer within %n second(s).</source>
        <translation>
            <numerusform>The exec credential plugin &quot;%1&quot; did not answer within %n second.</numerusform>
            <numerusform>The exec credential plugin &quot;%1&quot; did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk runs it without a terminal: check that it does not wait for input, or log in with it by hand first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plugin by hand and check that it prints an ExecCredential JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The exec credential plugin &quot;%1&quot; printed something that is not an ExecCredential JSON object (%n byte(s) on stdout).</source>
        <translation>
            <numerusform>The exec credential plugin &quot;%1&quot; printed something that is not an ExecCredential JSON object (%n byte on stdout).</numerusform>
            <numerusform>The exec credential plugin &quot;%1&quot; printed something that is not an ExecCredential JSON object (%n bytes on stdout).</numerusform>
        </translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned kind &quot;%2&quot; instead of ExecCredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned apiVersion &quot;%2&quot;, but the kubeconfig asks for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exec apiVersion in the kubeconfig to what the plugin speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned neither a token nor a client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned only a client certificate or only a key, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned an expirationTimestamp that is not an RFC 3339 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed more than %2 KiB; stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::HttpUpgrade</name>
    <message>
        <source>the %1 upgrade at %2 did not finish within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the %2 upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 upgrade with an overlong header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the %2 upgrade with HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PodExec</name>
    <message>
        <source>Exec in %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec in %1 ended without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may have been cut; run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exit status is not a Status object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PortForwardStream</name>
    <message>
        <source>Check the pod&apos;s name and namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of this kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for permission to create pods/portforward in namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the cluster is reachable, or allow more time for the port-forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-forward to %1 has no cluster connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-forward to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that something listens on port %1 in the pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-forward to %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PortForwarder</name>
    <message>
        <source>The port-forward to pod %1/%2 was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port-forward to pod %1/%2 has no ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one LOCAL:REMOTE port mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 for the port-forward to pod %3/%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another local port, or stop what uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod to forward port %1 to in namespace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until a pod is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::SpdyPortForward</name>
    <message>
        <source>%1 accepted the SPDY upgrade but not the protocol %2 (it chose &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a SPDY frame of %2 bytes, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke the SPDY protocol: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the port-forward stream for port %2 (SPDY status %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the SPDY connection before the port-forward streams were set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::StreamWebSocket</name>
    <message>
        <source>%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of the WebSocket protocols %2 (it chose &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a WebSocket frame with reserved bits set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a WebSocket message of %2 bytes, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a fragmented or oversized WebSocket control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a WebSocket continuation frame outside a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a WebSocket message larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a WebSocket message inside another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a WebSocket frame with unknown opcode %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::UpgradedConnection</name>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the %2 connection before it was ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Kube::Watch</name>
    <message>
        <source>The watch of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list carries no resourceVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch stream ended inside an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::DnsConfigurator</name>
    <message>
        <source>Cannot configure systemd-resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::HelperProtocol</name>
    <message>
        <source>The request is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is wider than /%3; KtDesk does not redirect such ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list of {&quot;ip&quot;, &quot;names&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; has %1 items; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of &quot;entries&quot; must be exactly {&quot;ip&quot;, &quot;names&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry for %1 has no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk does not redefine &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not one JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number from 0 to 2^53-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;op&quot; must be one of hello, redirect, dns, hosts, restore, bye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cidrs&quot; must name at least one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;domains&quot; must name at least one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;server&quot; must be a loopback IPv4 address (127.x.y.z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper&apos;s reply is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper sent something that is not a reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::HelperRecord</name>
    <message>
        <source>The helper&apos;s record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::Ipv4Cidr</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like 10.96.0.0/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length (&quot;/n&quot;) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not four decimal numbers from 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length must be a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host bits are set (the network is %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::MarkedBlock</name>
    <message>
        <source>Remove the lines between the markers by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice without &quot;%2&quot; between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears without &quot;%2&quot; before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears without &quot;%2&quot; after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::NetnsScope</name>
    <message>
        <source>&quot;%1&quot; is not a network namespace name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this thread&apos;s network namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enter the network namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must exist (ip netns add) and KtDesk must run as root to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::NftablesConfigurator</name>
    <message>
        <source>Cannot set up the nftables rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the kernel has nftables (nf_tables, nft_redirect).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::PrivilegedHelperClient</name>
    <message>
        <source>KtDesk&apos;s network helper is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper did not answer &quot;%1&quot; in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk did not get administrator rights for its network helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN mode changes routing and DNS and needs them once per session; use proxy mode to connect without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper exited (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again; the helper undoes its changes when it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start KtDesk&apos;s network helper (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall KtDesk, or use proxy mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s DNS server must listen on an IPv4 loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::SystemCommand</name>
    <message>
        <source>A program KtDesk needs is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install nftables and iproute2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Platform::SystemFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; KtDesk does not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
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
    <name>Kt::Secrets::ThreadedSecretStore</name>
    <message>
        <source>The keychain was closed before secret %1 was handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::Cleaner</name>
    <message>
        <source>heartbeat %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale deployment %1/%2 back to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 %2/%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the selector of service %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::ClusterAccess</name>
    <message>
        <source>TLS verification is OFF for cluster %1 (insecure-skip-tls-verify in the kubeconfig, context %2): the API server&apos;s identity is not checked, so anyone on the network path could read or change what KtDesk sends, credentials included. Set certificate-authority(-data) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::ConnectSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5/HTTP proxy on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing shadow pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names in the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN to %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving shared shadow pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring this machine&apos;s routing and DNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::ExchangeSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to expose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the Service of deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Service selects the pods of deployment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange a Service by name, or create one for the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no selector, so its traffic cannot be redirected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is already exchanged or meshed (it carries kt-selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is being changed by someone else right now (kt-lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is not a target port of Service %2 (its target ports: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --expose LOCAL:REMOTE with REMOTE one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic of %1 comes to this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointing Service %1 at the shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 of these pods is already exchanged or meshed (it carries kt-selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the deployment behind Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment runs the pods of Service %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale mode needs a Deployment; use --mode selector for other workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 selects the pods of several deployments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one: ktdesk-cli exchange deploy/NAME --mode scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange deployment %1 (%2, scale mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 has no pod labels, so no Service can select a shadow in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 is being changed by someone else right now (kt-lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 is already exchanged in scale mode by %2 (shadow %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli clean (or recover the Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling deployment %1 to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Traffic of deployment %1 comes to this machine (scaled to 0 from %n replica(s))</source>
        <translation>
            <numerusform>Traffic of deployment %1 comes to this machine (scaled to 0 from %n replica)</numerusform>
            <numerusform>Traffic of deployment %1 comes to this machine (scaled to 0 from %n replicas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling deployment %1 back to %n replica(s)</source>
        <translation>
            <numerusform>Scaling deployment %1 back to %n replica</numerusform>
            <numerusform>Scaling deployment %1 back to %n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment %1 has %2 of %3 replicas ready; removing the shadow anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for deployment %1: %2 of %3 replicas ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::ForwardSession</name>
    <message>
        <source>Watching the pods of %1 again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no selector, so it has no pods to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a Service that selects pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no TCP port to forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no port %2 (its ports: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give LOCAL:REMOTE with REMOTE one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port %1 goes to the pods&apos; port named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the watch on the pods of %1; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a ready pod behind Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 to Service %3 port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is gone or not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ready pod behind Service %1; waiting for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is gone or not ready; new connections go to pod %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding to pod %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 goes to Service %3 port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the forward of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward of %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::LaptopNetwork</name>
    <message>
        <source>Finding the cluster&apos;s pod and service networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod or service network found in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the networks with --includeIps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for administrator rights to change routing and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting KtDesk&apos;s network helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone what a crashed session left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirecting the cluster&apos;s networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the cluster&apos;s Service names to the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a new Service&apos;s network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster networks now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointing the cluster&apos;s DNS names at KtDesk&apos;s DNS server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::MeshSession</name>
    <message>
        <source>&quot;%1&quot; cannot be a version header: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a version: use at most 32 lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to expose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesh works on a Service; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the Service that selects the deployment&apos;s pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesh %1 (%2, %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is exchanged by someone (it carries kt-selector), so it cannot be meshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no selector, so its traffic cannot be routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is being changed by someone else (kt-lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another user&apos;s change to Service %1 (kt-lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which port number &quot;%1&quot; (target port of Service %2) is: no pod of it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the workload, or give the Service a numeric target port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is not a target port of Service %2 (its target ports: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --expose LOCAL:REMOTE with REMOTE one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already meshes Service %2 as version &quot;%3&quot; (pod %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another version with --versionMark %1:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 exists but was not made by kt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or remove it before meshing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another version with --versionMark %1:NAME, or run ktdesk-cli clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the route for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router of Service %1 routes on header &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --versionMark %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router %1 did not start within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the image %1 can be pulled (--routerImage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointing Service %1 at the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to %1 with header &quot;%2: %3&quot; come to this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the mesh of Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the mesh of Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::PreviewSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a Service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to expose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Service named %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another name for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 serves from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::Recovery</name>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::Session</name>
    <message>
        <source>&quot;%1&quot; is not a port or local:remote pair of ports (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --expose 8080 or --expose 8080:80,9090:9090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expose names no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to the cluster dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk reconnects on its own; connections that were open have to be made again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::SessionManager</name>
    <message>
        <source>the machine woke up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::ShadowTunnel</name>
    <message>
        <source>Generating the session&apos;s SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating shadow pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for shadow pod %1 to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow pod %1 did not start within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pod events (image pull, scheduling), or raise --podCreationTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the port-forward and SSH to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadow pod %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow pod %1 is gone; creating it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request could not reach local port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow pod %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadow pod %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the shared shadow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the shared shadow&apos;s SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating shared shadow pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining shared shadow pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared shadow is being deleted; connect again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key of the shared shadow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Secrets in this namespace is needed to share a shadow; or connect without --shareShadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to %1 dropped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from shadow pod %1 for %2 s (the network may be down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Session::UndoAction</name>
    <message>
        <source>The journal names no usable network helper (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk did not get administrator rights to undo the network changes a crashed session left on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper could not undo the network changes a crashed session left (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ktdesk-cli clean --localOnly to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start KtDesk&apos;s network helper %1 to undo the network changes a crashed session left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the shared %1 (deleted when no one else uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore this machine&apos;s network settings (nftables table, DNS, hosts file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the mesh of Service %1/%2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Settings::AppSettings</name>
    <message>
        <source>Could not write the settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the form registry/name:tag, or leave it empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port must be from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy and the DNS server cannot share port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heartbeat must be from 10 to 240 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions count as stale after 5 minutes without one (kt-connect&apos;s rule).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsMessage</name>
    <message>
        <source>the message ends inside a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compression pointer is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compression pointer does not point backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label has an unsupported type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label contains a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name runs past its record&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data is shorter than its type needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address record has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data is longer than its type needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed DNS message was received: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its OPT record is misplaced, repeated or not at the root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsQueryJob</name>
    <message>
        <source>No DNS server is configured to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the nameservers in /etc/resolv.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS question for “%1” cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS query to %1 could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 could not be reached over TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 sent a malformed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 answered another question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsServer</name>
    <message>
        <source>The DNS server cannot start twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server only listens on a loopback address, not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 127.0.0.1 or another 127.x address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server cannot listen on %1 port %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another DNS port, or stop what uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::ProxyServer</name>
    <message>
        <source>The proxy cannot listen on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another proxy port, or stop what uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client sent no complete proxy request in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel to the cluster is not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::SshTunnel</name>
    <message>
        <source>The tunnel is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the shadow pod is running; KtDesk reconnects on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not hash the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 changed (was %2, now %3): KtDesk refused to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Stop the session and start it again to trust a new shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH private key for %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow&apos;s sshd (%1) refused KtDesk&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the shadow&apos;s ConfigMap holds the session&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster side could not connect to %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow could not listen on port %1 for the remote forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session may already expose this port on the same shadow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::StreamSocketPair</name>
    <message>
        <source>Could not create a socket pair for the SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::TransparentProxy</name>
    <message>
        <source>The transparent proxy cannot listen on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port, or stop what uses this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was not redirected (no original destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections to loopback addresses are not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::AppShell</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::Autostart</name>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of that file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the autostart entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your configuration folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ContextListModel</name>
    <message>
        <source>%1 (current)</source>
        <comment>kubeconfig current-context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::DashboardModel</name>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesh router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat for over 5 minutes: the session that made this is gone. &quot;Clean stale…&quot; removes it and restores what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::DashboardWindow</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now (%1); the list also refreshes on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean stale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what crashed or abandoned sessions left in the cluster, and restore what they changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster refused: %1&lt;/b&gt;&lt;br/&gt;Your account lacks a permission KtDesk needs here. Ask your cluster administrator to grant the Role in &lt;tt&gt;resources/rbac/ktdesk-role.yaml&lt;/tt&gt; (it lists pods, ConfigMaps, Services and Deployments, and may delete what kt sessions left behind) in this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Your credentials were rejected or have expired: log in to the cluster again (e.g. renew the token in your kubeconfig), then Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session object(s), %1 stale — updated %2</source>
        <translation>
            <numerusform>%n session object, %1 stale — updated %2</numerusform>
            <numerusform>%n session objects, %1 stale — updated %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session object(s), none stale — updated %1</source>
        <translation>
            <numerusform>%n session object, none stale — updated %1</numerusform>
            <numerusform>%n session objects, none stale — updated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding what is stale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stale: every kt session in the cluster has a recent heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean stale sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KtDesk will make these %n change(s) in the cluster:</source>
        <translation>
            <numerusform>KtDesk will make these %n change in the cluster:</numerusform>
            <numerusform>KtDesk will make these %n changes in the cluster:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleaned: %n change(s) made.</source>
        <translation>
            <numerusform>Cleaned: %n change made.</numerusform>
            <numerusform>Cleaned: %n changes made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s) could not be made:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n change could not be made:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n changes could not be made:&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kt::Ui::EventListModel</name>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ExchangeDialog</name>
    <message>
        <source>Exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port in the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Service selects the pods of %1, so there is no traffic to exchange. Expose it with a Service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 has no port to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the Service&apos;s target ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there, or requests will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector: point the Service at KtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: replace the pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: a stand-in pod takes the place of Deployment &lt;b&gt;%1&lt;/b&gt;, which is scaled to 0 until you stop the session; then its pods start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: a stand-in pod takes the place of the pods of Service &lt;b&gt;%1&lt;/b&gt;, whose Deployment is scaled to 0 until you stop the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector: every request to the Services of Deployment &lt;b&gt;%1&lt;/b&gt; comes to a port on this computer instead of its pods, until you stop the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector: every request to Service &lt;b&gt;%1&lt;/b&gt; comes to a port on this computer instead of its pods, until you stop the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ForwardDialog</name>
    <message>
        <source>Forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port on this computer leads to a port of the Service, and keeps doing so when its pods restart. Nothing changes in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Service with a TCP port leads to %1: there is nothing to forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port %1 is already in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::LogModel</name>
    <message>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainController</name>
    <message>
        <source>Context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk could not undo everything a crash left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KtDesk restored %n change(s) left by a crash.</source>
        <translation>
            <numerusform>KtDesk restored %n change left by a crash.</numerusform>
            <numerusform>KtDesk restored %n changes left by a crash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to recover for Deployment %1: no Service of it carries kt changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 needs no recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Service %1? This undoes what kt sessions changed, even if someone still uses it:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovered %1: %n change(s) undone.</source>
        <translation>
            <numerusform>Recovered %1: %n change undone.</numerusform>
            <numerusform>Recovered %1: %n changes undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 (context %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KtDesk restored %n change(s) left by a crash, but could not undo the rest.</source>
        <translation>
            <numerusform>KtDesk restored %n change left by a crash, but could not undo the rest.</numerusform>
            <numerusform>KtDesk restored %n changes left by a crash, but could not undo the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>KtDesk could not undo the changes a crash left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Left by a Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1

Retry when the cluster can be reached again. Keep them to have KtDesk try again at the next start. Forget them only if the cluster is gone or you undid them yourself: %n change(s) then stay as they are.</source>
        <translation>
            <numerusform>%1

Retry when the cluster can be reached again. Keep it to have KtDesk try again at the next start. Forget it only if the cluster is gone or you undid it yourself: %n change then stays as it is.</numerusform>
            <numerusform>%1

Retry when the cluster can be reached again. Keep them to have KtDesk try again at the next start. Forget them only if the cluster is gone or you undid them yourself: %n changes then stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the changes left by a crash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KtDesk forgot %n change(s) left by a crash; the cluster keeps them.</source>
        <translation>
            <numerusform>KtDesk forgot %n change left by a crash; the cluster keeps it.</numerusform>
            <numerusform>KtDesk forgot %n changes left by a crash; the cluster keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KtDesk keeps %n change(s) left by a crash and tries again at the next start (or run Clean…).</source>
        <translation>
            <numerusform>KtDesk keeps %n change left by a crash and tries again at the next start (or run Clean…).</numerusform>
            <numerusform>KtDesk keeps %n changes left by a crash and tries again at the next start (or run Clean…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainWindow</name>
    <message>
        <source>KtDesk</source>
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
    <message>
        <source>Reading the kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach pod and service addresses of this cluster from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Local Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a port on this computer a new Service in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore what crashed or abandoned kt sessions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kt session in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context to browse; switching stops nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;KtDesk reads the same kubeconfig as kubectl. To add one:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ask your cluster administrator for a kubeconfig file and save it as &lt;tt&gt;~/.kube/config&lt;/tt&gt;;&lt;/li&gt;&lt;li&gt;or let your cloud&apos;s tool write it, e.g. &lt;tt&gt;gcloud container clusters get-credentials&lt;/tt&gt;, &lt;tt&gt;aws eks update-kubeconfig&lt;/tt&gt;, &lt;tt&gt;az aks get-credentials&lt;/tt&gt;;&lt;/li&gt;&lt;li&gt;or point &lt;tt&gt;KUBECONFIG&lt;/tt&gt; at the files you use.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;No cluster at hand? The local demo cluster runs on this computer only: &lt;tt&gt;./installer/dev.sh demo&lt;/tt&gt; in KtDesk&apos;s source folder.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Local Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, namespace, image, port or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All traffic to %1 comes to a port on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests with your version header come to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port of %1 becomes a port on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo what kt sessions changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — KtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MeshDialog</name>
    <message>
        <source>Mesh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: KtDesk routes by the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: I apply the Istio rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kt-version:alice (empty: a random version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port in the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Service leads to %1, so there are no requests to mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there, or requests with your header will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: your version of &lt;b&gt;%1&lt;/b&gt; runs next to its pods with your version&apos;s label; the Istio rules KtDesk shows send requests with your header to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: only requests to &lt;b&gt;%1&lt;/b&gt; that carry your version header come to a port on this computer; everyone else&apos;s still reach its pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version mark: %2 Write header:version (e.g. kt-version:alice), a version alone, or header: for a random version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::NamespaceListModel</name>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::PodListModel</name>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::PreviewDialog</name>
    <message>
        <source>Run Local Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port on this computer becomes a new Service in namespace &lt;b&gt;%1&lt;/b&gt;, reachable by the cluster&apos;s pods, until you stop the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my-feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reachable from outside the cluster (LoadBalancer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Service name: lower-case letters, digits and &apos;-&apos;, starting with a letter, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 already has a Service named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SessionModel</name>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SessionsDock</name>
    <message>
        <source>Check input and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shadow pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the pod to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions. Connect from the toolbar or the tray, or right-click a workload to exchange it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session and undo everything it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown messages (or the selected ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the session from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SettingsDialog</name>
    <message>
        <source>KtDesk Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of the shadow pods KtDesk creates; kt-connect&apos;s shadow image works as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shadow image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of the router pod that mesh puts in front of a Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Router image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often KtDesk marks its objects in the cluster as alive. Others may clean them after 5 minutes without a heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 and HTTP on this machine, no privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN: every program reaches the cluster (asks for privileges once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local DNS server for the cluster domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in /etc/hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS (VPN mode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.0.0.0/16, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.1.2.0/24, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when KtDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start KtDesk when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::TrayController</name>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tunnel dropped. KtDesk is reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KtDesk: %n session(s), some still starting or reconnecting</source>
        <translation>
            <numerusform>KtDesk: %n session, some still starting or reconnecting</numerusform>
            <numerusform>KtDesk: %n sessions, some still starting or reconnecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KtDesk: %n session(s) active</source>
        <translation>
            <numerusform>KtDesk: %n session active</numerusform>
            <numerusform>KtDesk: %n sessions active</numerusform>
        </translation>
    </message>
    <message>
        <source>KtDesk: a session failed; open the window for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit KtDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n session(s) and quit?</source>
        <translation>
            <numerusform>Stop %n session and quit?</numerusform>
            <numerusform>Stop %n sessions and quit?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change these sessions made in the cluster and on this computer is undone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk: stopping every session before quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions keep running. Use the tray icon to show the window or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Ui::WorkloadTableModel</name>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left by a crashed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kt changed this Service but no session serves it any more. Right-click → Recover restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images / ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kt::Workspace::ClusterBrowser</name>
    <message>
        <source>The kubeconfig (%1) defines no context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster with kubectl config set-context, or start the demo cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigLoader</name>
    <message>
        <source>Cannot load kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load kubeconfig %1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each entry on its own line starting with &quot;- &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads it as a boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads %2 as a boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in quotes (YAML 1.1, which kubectl follows, reads y, n, yes, no, on and off as booleans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads it as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads %2 as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the PEM file with &quot;base64 -w0 FILE&quot; and paste the result, or name the file in the field without -data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests merge keys too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;&lt; merge key needs a mapping or a list of mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is defined twice in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or rename one of them; kubectl rejects this file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must be a YAML mapping with clusters, users and contexts, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is a kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;, but a kubeconfig file has kind Config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion is &quot;%1&quot;, but kubeconfig files have apiVersion v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write apiVersion: v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML syntax there (indent with spaces, not tabs; close every bracket and quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given with --kubeconfig or in $KUBECONFIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshVerb</name>
    <message>
        <source>Usage: ktdesk-cli mesh &lt;service&gt; --expose LOCAL[:REMOTE][,...] [flags]

Sends only the requests that carry your version header to ports on this machine; everyone
else still reaches the Service&apos;s pods.

Flags:
      --expose PORTS            local port, or local:remote with remote a target port of the Service
      --mode MODE               auto (default): a router pod (stock nginx) in front of the Service
                                routes on the header; several users share it.
                                manual: only the shadow (labelled KEY=VERSION) and Istio rules to apply
      --versionMark MARK        VERSION, KEY: or KEY:VERSION (default key kt-version, version 5 random
                                letters): requests with header &quot;KEY: VERSION&quot; come here
      --routerImage IMAGE       the router&apos;s nginx image (default %1)
      --istioFile FILE          manual: also write the Istio rules to FILE

Global flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): ktdesk-cli --help.

Ports named grpc*, http2* or h2c* (or with appProtocol grpc/h2c) are routed as HTTP/2 (gRPC);
others as HTTP/1.1. Ctrl-C takes your route out; the last user out restores the Service.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: one Service at a time (got &quot;%1&quot; too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: name the Service to mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: unknown --mode &quot;%1&quot; (auto or manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: --istioFile goes with --mode manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshed (manual). Apply the Istio rules above; then requests to %1 with header &quot;%2: %3&quot; come to local port(s) %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshed. Requests to %1 with header &quot;%2: %3&quot; now come to local port(s) %4; others still reach its pods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortForwardProtocol</name>
    <message>
        <source>The server sent an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message on channel %1, which this forward does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced port %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortMapping</name>
    <message>
        <source>&quot;%1&quot; is not a port mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write LOCAL:REMOTE (8080:80), REMOTE (80) or :REMOTE (:80) for a free local port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewVerb</name>
    <message>
        <source>ktdesk-cli preview: one Service name at a time (got &quot;%1&quot; too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: name the Service to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing. Service %1 serves from this machine (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli preview &lt;name&gt; --expose LOCAL[:REMOTE][,...] [--external]
       ktdesk-cli run &lt;name&gt; --port 8088 --expose

Publishes local ports as a new Service &lt;name&gt; in the cluster, served through a shadow pod.

Flags:
      --expose PORTS            local port, or local:remote (the Service&apos;s port)
      --port PORT               the older form: the port to publish (with a bare --expose)
      --external                a LoadBalancer Service instead of ClusterIP

Global flags (-n, -c, --context, -i, -l, --podCreationTimeout, ...): ktdesk-cli --help.
Ctrl-C removes the Service and the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Usage: ktdesk-cli recover &lt;service&gt;

Restores the Service&apos;s selector and removes the shadows of its exchange or mesh, also when they are still heartbeating.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli recover: name one Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 needs no recovery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRef</name>
    <message>
        <source>%1 (subresource %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>ktdesk-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ktdesk-cli: restored %n change(s) left by a crashed session.</source>
        <translation>
            <numerusform>ktdesk-cli: restored %n change left by a crashed session.</numerusform>
            <numerusform>ktdesk-cli: restored %n changes left by a crashed session.</numerusform>
        </translation>
    </message>
    <message>
        <source>ktdesk-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyPair</name>
    <message>
        <source>Could not export the SSH private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the SSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate an SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored SSH private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session and start it again: KtDesk makes a new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbFlags</name>
    <message>
        <source>%1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a port from 1 to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;. See ktdesk-cli %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a switch: true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchStreamParser</name>
    <message>
        <source>the watch stream holds something other than JSON objects (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event (type &quot;%1&quot;) carries no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch event has the unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Changes and restores this machine&apos;s network configuration for KtDesk&apos;s vpn mode.
Reads one JSON request per line on stdin and answers on stdout; undoes everything when stdin closes.
Tests only (refused under pkexec): KTDESK_HELPER_STATE_DIR, KTDESK_HELPER_HOSTS_FILE, KTDESK_HELPER_RESOLV_CONF, KTDESK_HELPER_DNS_BACKEND=auto|resolv.conf|resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo what a previous helper left (see its record), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must run as root (through pkexec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another ktdesk-helper (pid %1) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KtDesk: Kubernetes development tunnels on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden in the tray when the desktop has one (the autostart entry uses this).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
