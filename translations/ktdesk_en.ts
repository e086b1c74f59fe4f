<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>CleanVerb</name>
    <message>
        <source>ktdesk-cli clean: unknown flag &quot;%1&quot;. See ktdesk-cli clean --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n change(s) left by crashed sessions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n stale change(s) in the cluster.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ktdesk-cli clean: --thresholdInMinus wants a number of minutes.</source>
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
    <message>
        <source>ktdesk-cli: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli: unknown flag &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>(no kubeconfig file was found)</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ConnectVerb</name>
    <message>
        <source>Usage: ktdesk-cli connect [flags]

Connects this machine to the cluster network through a shadow pod.

Flags:
      --mode MODE               socks (default; also socks5, proxy): a SOCKS5 and HTTP proxy,
                                no privileges needed. vpn/tun2socks/sshuttle need the helper.
      --proxyPort PORT          proxy port (default 2223)
      --proxyAddr ADDR          proxy address (default 127.0.0.1; others expose the proxy)
  -i, --image IMAGE             shadow image (default kt-connect&apos;s shadow v0.3.7)
  -l, --withLabel K=V,...       extra labels on the shadow pod
      --withAnnotation K=V,...  extra annotations on the shadow pod
      --podCreationTimeout S    seconds to wait for the shadow (default 60)
      --portForwardTimeout S    seconds to wait for the port-forward (default 10)
      --sshKeyType TYPE         ed25519 (default) or rsa

Then use socks5h://127.0.0.1:2223 (names resolve in the cluster) or http://127.0.0.1:2223.
Ctrl-C disconnects and removes the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 wants a port from 1 to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --withLabel wants key=value[,key=value].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --withAnnotation wants key=value[,key=value].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --sshKeyType is ed25519 or rsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: unknown flag &quot;%1&quot;. See ktdesk-cli connect --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --mode %1 needs the privileged helper, which this build of ktdesk-cli does not drive yet. Use --mode socks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli connect: unknown --mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Proxy: socks5h://%1:%2 and http://%1:%2</source>
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
        <source>ktdesk-cli contexts: %1 needs a value (json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: unknown output format &quot;%1&quot;; use json.</source>
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
</context>
<context>
    <name>ExchangeVerb</name>
    <message>
        <source>Usage: ktdesk-cli exchange &lt;service | deploy/NAME&gt; --expose LOCAL[:REMOTE][,...] [flags]

Sends the Service&apos;s traffic to ports on this machine through a shadow pod.

Flags:
      --expose PORTS            local port, or local:remote with remote a target port of the Service
      --mode MODE               selector (default). scale and ephemeral are not in this build.
  -i, --image IMAGE             shadow image
  -l, --withLabel K=V,...       extra labels on the shadow pod
      --podCreationTimeout S    seconds to wait for the shadow (default 60)
      --portForwardTimeout S    seconds to wait for the port-forward (default 10)

Ctrl-C restores the Service and removes the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --withLabel wants key=value[,key=value].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: unknown flag &quot;%1&quot;. See ktdesk-cli exchange --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: one Service or deployment at a time (got &quot;%1&quot; too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: name the Service or deploy/NAME to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --mode %1 is not available in this build; use --mode selector.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>Kt::Kube::StreamWebSocket</name>
    <message>
        <source>the WebSocket upgrade at %1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with an overlong header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the WebSocket upgrade with HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of the WebSocket protocols %2 (it chose &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
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
        <source>A request could not reach local port %1: %2</source>
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
        <source>A request could not reach local port %1: %2</source>
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
        <source>Usage: ktdesk-cli preview &lt;name&gt; --expose LOCAL[:REMOTE][,...] [--external]
       ktdesk-cli run &lt;name&gt; --port 8088 --expose

Publishes local ports as a new Service &lt;name&gt; in the cluster, served through a shadow pod.

Flags:
      --expose PORTS            local port, or local:remote (the Service&apos;s port)
      --port PORT               the older form: the port to publish (with a bare --expose)
      --external                a LoadBalancer Service instead of ClusterIP
  -i, --image IMAGE             shadow image
      --podCreationTimeout S    seconds to wait for the shadow (default 60)

Ctrl-C removes the Service and the shadow pod.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: --port needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: --podCreationTimeout wants a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ktdesk-cli preview: unknown flag &quot;%1&quot;. See ktdesk-cli preview --help.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
</TS>
