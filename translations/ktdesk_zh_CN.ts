<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>the API server %1 (context %2)</source>
        <translation>API 服务器 %1（上下文 %2）</translation>
    </message>
    <message>
        <source>Cannot %1 %2</source>
        <translation>无法 %1 %2</translation>
    </message>
    <message>
        <source>%1 in all namespaces</source>
        <translation>所有命名空间中的 %1</translation>
    </message>
    <message>
        <source>%1 in namespace %2</source>
        <translation>命名空间 %2 中的 %1</translation>
    </message>
    <message>
        <source>User %1 may not %2 %3 (403 Forbidden from %4).</source>
        <translation>用户 %1 无权 %2 %3（%4 返回 403 Forbidden）。</translation>
    </message>
    <message>
        <source>Ask a cluster admin to bind %1 to a Role or ClusterRole with this rule: %2</source>
        <translation>请集群管理员将 %1 绑定到包含以下规则的 Role 或 ClusterRole：%2</translation>
    </message>
    <message>
        <source>The credential plugin %1 gave a token the cluster does not accept: log in again with it (e.g. your cloud CLI&apos;s login command).</source>
        <translation>凭据插件 %1 提供的令牌不被集群接受：请用它重新登录（例如使用云厂商 CLI 的登录命令）。</translation>
    </message>
    <message>
        <source>The token has probably expired or been revoked: get a new one and put it in the kubeconfig.</source>
        <translation>令牌可能已过期或已被吊销：请获取新令牌并写入 kubeconfig。</translation>
    </message>
    <message>
        <source>The client certificate may have expired or not be signed by the cluster&apos;s CA: get a new one.</source>
        <translation>客户端证书可能已过期，或并非由集群的 CA 签发：请获取新证书。</translation>
    </message>
    <message>
        <source>The id-token has probably expired: log in again.</source>
        <translation>id-token 可能已过期：请重新登录。</translation>
    </message>
    <message>
        <source>The kubeconfig gives user %1 no credentials: add a token, a client certificate or an exec plugin.</source>
        <translation>kubeconfig 没有为用户 %1 提供任何凭据：请添加令牌、客户端证书或 exec 插件。</translation>
    </message>
    <message>
        <source>Check the credentials of user %1 in the kubeconfig.</source>
        <translation>请检查 kubeconfig 中用户 %1 的凭据。</translation>
    </message>
    <message>
        <source>%1: %2 rejected the credentials of user %3 (401 Unauthorized).</source>
        <translation>%1：%2 拒绝了用户 %3 的凭据（401 Unauthorized）。</translation>
    </message>
    <message>
        <source>%1: namespace %2 does not exist on %3.</source>
        <translation>%1：命名空间 %2 在 %3 上不存在。</translation>
    </message>
    <message>
        <source>Create the namespace or pick another one.</source>
        <translation>请创建该命名空间，或选择其他命名空间。</translation>
    </message>
    <message>
        <source>%1: %2 does not serve %3 (API %4).</source>
        <translation>%1：%2 不提供 %3（API %4）。</translation>
    </message>
    <message>
        <source>Check that this API is installed on the cluster (kubectl api-resources).</source>
        <translation>请检查集群上是否已安装此 API（kubectl api-resources）。</translation>
    </message>
    <message>
        <source>%1 was not found on %2.</source>
        <translation>在 %2 上未找到 %1。</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile; reload the list.</source>
        <translation>它可能已在此期间被删除；请重新加载列表。</translation>
    </message>
    <message>
        <source>%1: it already exists on %2.</source>
        <translation>%1：它已存在于 %2 上。</translation>
    </message>
    <message>
        <source>Pick another name, or delete the existing one first.</source>
        <translation>请换一个名称，或先删除已有的对象。</translation>
    </message>
    <message>
        <source>%1: it was changed by someone else meanwhile (409 Conflict from %2).</source>
        <translation>%1：它在此期间已被他人修改（%2 返回 409 Conflict）。</translation>
    </message>
    <message>
        <source>Load it again and repeat the change.</source>
        <translation>请重新加载后再次进行修改。</translation>
    </message>
    <message>
        <source>%1: %2 answered %3.</source>
        <translation>%1：%2 返回了 %3。</translation>
    </message>
    <message>
        <source>%1: %2 answered %3: %4</source>
        <translation>%1：%2 返回了 %3：%4</translation>
    </message>
    <message>
        <source>The API server is overloaded; try again in a moment.</source>
        <translation>API 服务器负载过高；请稍后重试。</translation>
    </message>
    <message>
        <source>The cluster&apos;s control plane has a problem; try again later, and tell the cluster&apos;s admin if it persists.</source>
        <translation>集群的控制平面出现问题；请稍后重试，如问题持续存在，请告知集群管理员。</translation>
    </message>
    <message>
        <source>TLS verification is off for this cluster.</source>
        <translation>此集群已关闭 TLS 验证。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the CA in %1.</source>
        <translation>已使用 %1 中的 CA 校验服务器证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the certificate-authority-data of cluster %1.</source>
        <translation>已使用集群 %1 的 certificate-authority-data 校验服务器证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was checked against the system&apos;s CA certificates (the kubeconfig names no CA for cluster %1).</source>
        <translation>已使用系统的 CA 证书校验服务器证书（kubeconfig 未为集群 %1 指定 CA）。</translation>
    </message>
    <message>
        <source>%1: the version it started from is no longer kept by %2 (410 Gone).</source>
        <translation>%1：其起始版本已不再由 %2 保留（410 Gone）。</translation>
    </message>
    <message>
        <source>Start again from a fresh list.</source>
        <translation>请从新获取的列表重新开始。</translation>
    </message>
    <message>
        <source>%1: %2 refused it: %3</source>
        <translation>%1：%2 拒绝了该请求：%3</translation>
    </message>
    <message>
        <source>Fix the fields named above and try again.</source>
        <translation>请修正上面指出的字段后重试。</translation>
    </message>
    <message>
        <source>%1: %2 gave an unexpected answer: %3</source>
        <translation>%1：%2 返回了意外的应答：%3</translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 (context %3) failed: %4. %5</source>
        <translation>%1：与 %2（上下文 %3）的 TLS 连接失败：%4。%5</translation>
    </message>
    <message>
        <source>Check certificate-authority (or certificate-authority-data) and tls-server-name of cluster %1 in the kubeconfig: the cluster&apos;s CA may have changed, or a proxy intercepts TLS.</source>
        <translation>请检查 kubeconfig 中集群 %1 的 certificate-authority（或 certificate-authority-data）和 tls-server-name：集群的 CA 可能已更换，或者有代理拦截了 TLS。</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the host name %1 is unknown</source>
        <translation>主机名 %1 未知</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>the proxy %1 failed: %2</source>
        <translation>代理 %1 失败：%2</translation>
    </message>
    <message>
        <source>(from the environment)</source>
        <translation>（来自环境变量）</translation>
    </message>
    <message>
        <source>%1: %2 cannot be reached: %3.</source>
        <translation>%1：无法访问 %2：%3。</translation>
    </message>
    <message>
        <source>Check that the cluster is running and reachable from this machine (VPN, proxy) and that the server address in the kubeconfig is right.</source>
        <translation>请检查集群是否正在运行、能否从本机访问（VPN、代理），以及 kubeconfig 中的服务器地址是否正确。</translation>
    </message>
    <message>
        <source>%1: %2 did not answer within %3 s.</source>
        <translation>%1：%2 未在 %3 秒内应答。</translation>
    </message>
    <message>
        <source>Check the network connection to the cluster; the cluster may also be overloaded.</source>
        <translation>请检查到集群的网络连接；集群也可能负载过高。</translation>
    </message>
    <message>
        <source>%1: %2 sent an answer KtDesk does not understand: %3</source>
        <translation>%1：%2 发送了 KtDesk 无法理解的应答：%3</translation>
    </message>
    <message>
        <source>Check that the server address in the kubeconfig is a Kubernetes API server, not a proxy or a web page.</source>
        <translation>请检查 kubeconfig 中的服务器地址是否为 Kubernetes API 服务器，而不是代理或网页。</translation>
    </message>
</context>
<context>
    <name>BirdseyeVerb</name>
    <message>
        <source>Usage: ktdesk-cli birdseye [-o json]

Every kt session in the cluster (KtDesk&apos;s and ktctl&apos;s).
</source>
        <translation>用法：ktdesk-cli birdseye [-o json]

显示集群中的所有 kt 会话（包括 KtDesk 和 ktctl 的会话）。
</translation>
    </message>
    <message>
        <source>ktdesk-cli birdseye: unknown argument &quot;%1&quot;.</source>
        <translation>ktdesk-cli birdseye：未知参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>HEARTBEAT</source>
        <translation>HEARTBEAT</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>STALE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nobody is connected, exchanging or meshing in this cluster.</source>
        <translation>此集群中没有人正在连接、交换或 mesh。</translation>
    </message>
</context>
<context>
    <name>CleanVerb</name>
    <message>
        <source>ktdesk-cli clean: unknown flag &quot;%1&quot;. See ktdesk-cli clean --help.</source>
        <translation>ktdesk-cli clean：未知参数 &quot;%1&quot;。请参阅 ktdesk-cli clean --help。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be undone.</source>
        <translation>
            <numerusform>将撤销 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n change(s) left by crashed sessions.</source>
        <translation>
            <numerusform>已恢复崩溃会话遗留的 %n 项更改。</numerusform>
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
        <translation>用法：ktdesk-cli clean [--thresholdInMinus N] [--dryRun] [--localOnly]

清理会话遗留的内容：先清理本机上崩溃的 KtDesk 会话遗留的内容（崩溃日志），
再清理集群中心跳超过阈值的 kt 对象（包括 KtDesk 和 ktctl 的对象），
并恢复它们修改过的 Service 和 Deployment。

      --thresholdInMinus N  对象在多少分钟没有心跳后视为遗留（默认 5）
      --localOnly           仅处理本机的崩溃日志
      --dryRun              仅列出将要执行的操作
</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>将执行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale change(s) found in the cluster.</source>
        <translation>
            <numerusform>在集群中发现 %n 项过期更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n stale change(s) in the cluster.</source>
        <translation>
            <numerusform>已清理集群中的 %n 项过期更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>ktdesk-cli clean: --thresholdInMinus wants a number of minutes.</source>
        <translation>ktdesk-cli clean：--thresholdInMinus 需要一个分钟数。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Reach pod IPs, service IPs and cluster DNS names from this machine</source>
        <translation>从本机访问 Pod IP、Service IP 和集群 DNS 名称</translation>
    </message>
    <message>
        <source>Send a Service&apos;s or Deployment&apos;s traffic to a local port</source>
        <translation>将 Service 或 Deployment 的流量发送到本地端口</translation>
    </message>
    <message>
        <source>Receive only the requests that carry your version header</source>
        <translation>只接收带有你的版本请求头的请求</translation>
    </message>
    <message>
        <source>Publish a local port as a new Service in the cluster</source>
        <translation>将本地端口发布为集群中的新 Service</translation>
    </message>
    <message>
        <source>Forward a cluster Service&apos;s port to a local port</source>
        <translation>将集群 Service 的端口转发到本地端口</translation>
    </message>
    <message>
        <source>Restore a Service that an exchange or mesh left changed</source>
        <translation>恢复被 exchange 或 mesh 修改后未还原的 Service</translation>
    </message>
    <message>
        <source>Remove objects left behind by stale sessions</source>
        <translation>删除过期会话遗留的对象</translation>
    </message>
    <message>
        <source>Show who is connected, exchanging or meshing</source>
        <translation>显示谁正在连接、交换或 mesh</translation>
    </message>
    <message>
        <source>List the kubeconfig contexts</source>
        <translation>列出 kubeconfig 上下文</translation>
    </message>
    <message>
        <source>Usage: ktdesk-cli [global flags] &lt;verb&gt; [arguments]</source>
        <translation>用法：ktdesk-cli [全局参数] &lt;子命令&gt; [参数]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>全局参数：</translation>
    </message>
    <message>
        <source>Namespace (default: the context&apos;s namespace)</source>
        <translation>命名空间（默认：上下文的命名空间）</translation>
    </message>
    <message>
        <source>Kubeconfig file (default: $KUBECONFIG or ~/.kube/config)</source>
        <translation>Kubeconfig 文件（默认：$KUBECONFIG 或 ~/.kube/config）</translation>
    </message>
    <message>
        <source>Kubeconfig context to use</source>
        <translation>要使用的 kubeconfig 上下文</translation>
    </message>
    <message>
        <source>Verbose logging</source>
        <translation>输出详细日志</translation>
    </message>
    <message>
        <source>Show this help, or a verb&apos;s help after the verb</source>
        <translation>显示此帮助；放在子命令之后则显示该子命令的帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verb not available in this build.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 此版本不支持该子命令。</translation>
    </message>
    <message>
        <source>ktdesk-cli: unknown verb &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation>ktdesk-cli：未知子命令 &quot;%1&quot;。运行 ktdesk-cli --help 查看列表。</translation>
    </message>
    <message>
        <source>ktdesk-cli: &quot;%1&quot; is not available in this build yet.</source>
        <translation>ktdesk-cli：&quot;%1&quot; 在此版本中尚不可用。</translation>
    </message>
    <message>
        <source>ktdesk-cli: %1 needs a value.</source>
        <translation>ktdesk-cli：%1 需要一个值。</translation>
    </message>
    <message>
        <source>ktdesk-cli: unknown flag &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation>ktdesk-cli：未知参数 &quot;%1&quot;。运行 ktdesk-cli --help 查看列表。</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>(no kubeconfig file was found)</source>
        <translation>（未找到 kubeconfig 文件）</translation>
    </message>
    <message>
        <source>Fix the path or restore the file.</source>
        <translation>请修正路径或恢复该文件。</translation>
    </message>
    <message>
        <source>A relative path is resolved against the directory of the kubeconfig file that names it; fix the path or restore the file.</source>
        <translation>相对路径是相对于引用它的 kubeconfig 文件所在目录解析的；请修正路径或恢复该文件。</translation>
    </message>
    <message>
        <source>Cannot read %1 %2 of %3 (named in %4): %5</source>
        <translation>无法读取 %3 的 %1 %2（在 %4 中指定）：%5</translation>
    </message>
    <message>
        <source>No context is selected: none of the kubeconfig files (%1) sets current-context.</source>
        <translation>未选择上下文：所有 kubeconfig 文件（%1）均未设置 current-context。</translation>
    </message>
    <message>
        <source>Choose one with --context NAME (ktdesk-cli contexts lists them), or run kubectl config use-context NAME.</source>
        <translation>请使用 --context NAME 选择一个（ktdesk-cli contexts 会列出所有上下文），或运行 kubectl config use-context NAME。</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; given with --context is not defined in the kubeconfig files (%2).</source>
        <translation>通过 --context 指定的上下文 &quot;%1&quot; 未在 kubeconfig 文件（%2）中定义。</translation>
    </message>
    <message>
        <source>The current context &quot;%1&quot; is not defined in the kubeconfig files (%2).</source>
        <translation>当前上下文 &quot;%1&quot; 未在 kubeconfig 文件（%2）中定义。</translation>
    </message>
    <message>
        <source>Known contexts: %1. Pick one with --context NAME.</source>
        <translation>已知的上下文：%1。请使用 --context NAME 选择一个。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) names no cluster.</source>
        <translation>上下文 &quot;%1&quot;（位于 %2）未指定集群。</translation>
    </message>
    <message>
        <source>Add &quot;cluster: NAME&quot; to the context.</source>
        <translation>请在该上下文中添加 &quot;cluster: NAME&quot;。</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) uses the cluster &quot;%3&quot;, which none of the kubeconfig files (%4) defines.</source>
        <translation>上下文 &quot;%1&quot;（位于 %2）使用集群 &quot;%3&quot;，但所有 kubeconfig 文件（%4）均未定义该集群。</translation>
    </message>
    <message>
        <source>Add the cluster to a kubeconfig file, or point the context at a defined cluster.</source>
        <translation>请将该集群添加到某个 kubeconfig 文件中，或让该上下文指向已定义的集群。</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; (in %2) uses the user &quot;%3&quot;, which none of the kubeconfig files (%4) defines.</source>
        <translation>上下文 &quot;%1&quot;（位于 %2）使用用户 &quot;%3&quot;，但所有 kubeconfig 文件（%4）均未定义该用户。</translation>
    </message>
    <message>
        <source>Add the user to a kubeconfig file, or point the context at a defined user.</source>
        <translation>请将该用户添加到某个 kubeconfig 文件中，或让该上下文指向已定义的用户。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) sets both certificate-authority and certificate-authority-data.</source>
        <translation>集群 &quot;%1&quot;（位于 %2）同时设置了 certificate-authority 和 certificate-authority-data。</translation>
    </message>
    <message>
        <source>Keep only one of them (kubectl refuses this too).</source>
        <translation>只保留其中一个（kubectl 同样会拒绝这种配置）。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) sets insecure-skip-tls-verify together with a certificate authority.</source>
        <translation>集群 &quot;%1&quot;（位于 %2）同时设置了 insecure-skip-tls-verify 和证书颁发机构。</translation>
    </message>
    <message>
        <source>Remove insecure-skip-tls-verify to verify the server with the CA, or remove the CA (kubectl refuses this too).</source>
        <translation>删除 insecure-skip-tls-verify 以使用 CA 验证服务器，或删除 CA（kubectl 同样会拒绝这种配置）。</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>集群 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; (in %2) holds no PEM certificate.</source>
        <translation>集群 &quot;%1&quot;（位于 %2）的证书颁发机构中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>It must contain a -----BEGIN CERTIFICATE----- block.</source>
        <translation>其中必须包含 -----BEGIN CERTIFICATE----- 块。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; (in %2) has no server.</source>
        <translation>集群 &quot;%1&quot;（位于 %2）没有设置 server。</translation>
    </message>
    <message>
        <source>Add &quot;server: https://HOST:PORT&quot; to the cluster.</source>
        <translation>请在该集群中添加 &quot;server: https://HOST:PORT&quot;。</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; of cluster &quot;%2&quot; (in %3) is not an http or https URL.</source>
        <translation>集群 &quot;%2&quot;（位于 %3）的 server &quot;%1&quot; 不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>Write it as https://HOST:PORT.</source>
        <translation>请写成 https://HOST:PORT 的形式。</translation>
    </message>
    <message>
        <source>The proxy-url &quot;%1&quot; of cluster &quot;%2&quot; (in %3) is not supported: it must start with http://, https:// or socks5://.</source>
        <translation>集群 &quot;%2&quot;（位于 %3）的 proxy-url &quot;%1&quot; 不受支持：它必须以 http://、https:// 或 socks5:// 开头。</translation>
    </message>
    <message>
        <source>Fix the proxy-url or remove it.</source>
        <translation>请修正或删除该 proxy-url。</translation>
    </message>
    <message>
        <source>The proxy-url &quot;%1&quot; of cluster &quot;%2&quot; (in %3) names no host.</source>
        <translation>集群 &quot;%2&quot;（位于 %3）的 proxy-url &quot;%1&quot; 未指定主机。</translation>
    </message>
    <message>
        <source>Write it as socks5://HOST:PORT or http://HOST:PORT.</source>
        <translation>请写成 socks5://HOST:PORT 或 http://HOST:PORT 的形式。</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>用户 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both a token and a username/password; only one authentication method is allowed.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）同时设置了令牌和用户名/密码；只允许使用一种认证方式。</translation>
    </message>
    <message>
        <source>Remove one of them (kubectl refuses this too).</source>
        <translation>删除其中之一（kubectl 同样会拒绝这种配置）。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both client-certificate and client-certificate-data.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）同时设置了 client-certificate 和 client-certificate-data。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both client-key and client-key-data.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）同时设置了 client-key 和 client-key-data。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) has a client certificate but no client key.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）有客户端证书，但没有客户端密钥。</translation>
    </message>
    <message>
        <source>Add client-key or client-key-data.</source>
        <translation>请添加 client-key 或 client-key-data。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) has a client key but no client certificate.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）有客户端密钥，但没有客户端证书。</translation>
    </message>
    <message>
        <source>Add client-certificate or client-certificate-data.</source>
        <translation>请添加 client-certificate 或 client-certificate-data。</translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; (in %2) holds no PEM certificate.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的客户端证书中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The client key of user &quot;%1&quot; (in %2) holds no PEM private key.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的客户端密钥中没有 PEM 私钥。</translation>
    </message>
    <message>
        <source>It must contain a -----BEGIN ... PRIVATE KEY----- block.</source>
        <translation>其中必须包含 -----BEGIN ... PRIVATE KEY----- 块。</translation>
    </message>
    <message>
        <source>The token file %1 of user &quot;%2&quot; (named in %3) is empty.</source>
        <translation>用户 &quot;%2&quot; 的令牌文件 %1（在 %3 中指定）为空。</translation>
    </message>
    <message>
        <source>Write the token into the file, or use &quot;token&quot; instead.</source>
        <translation>请将令牌写入该文件，或改用 &quot;token&quot;。</translation>
    </message>
    <message>
        <source>Cannot read tokenFile %1 of user &quot;%2&quot; (named in %3): %4</source>
        <translation>无法读取用户 &quot;%2&quot; 的 tokenFile %1（在 %3 中指定）：%4</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) sets both an exec plugin and an auth-provider.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）同时设置了 exec 插件和 auth-provider。</translation>
    </message>
    <message>
        <source>Keep only the exec plugin (kubectl refuses this too).</source>
        <translation>只保留 exec 插件（kubectl 同样会拒绝这种配置）。</translation>
    </message>
    <message>
        <source>Set apiVersion: %1 in the exec section.</source>
        <translation>请在 exec 部分中设置 apiVersion: %1。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no apiVersion.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件没有 apiVersion。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) uses apiVersion &quot;%3&quot;, which is not supported; use %4 or %5.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件使用的 apiVersion &quot;%3&quot; 不受支持；请使用 %4 或 %5。</translation>
    </message>
    <message>
        <source>Update the plugin, or change the apiVersion if the plugin supports a newer one.</source>
        <translation>请更新插件；如果插件支持更新的 apiVersion，也可以修改 apiVersion。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no command.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件没有 command。</translation>
    </message>
    <message>
        <source>Set &quot;command&quot; to the plugin&apos;s program.</source>
        <translation>请将 &quot;command&quot; 设置为插件的程序。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has no interactiveMode, which apiVersion %3 requires.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件没有 interactiveMode，而 apiVersion %3 要求设置它。</translation>
    </message>
    <message>
        <source>Add &quot;interactiveMode: Never&quot; (or IfAvailable) to the exec section.</source>
        <translation>请在 exec 部分中添加 &quot;interactiveMode: Never&quot;（或 IfAvailable）。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has interactiveMode &quot;%3&quot;; it must be Never, IfAvailable or Always.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件的 interactiveMode 为 &quot;%3&quot;；它必须是 Never、IfAvailable 或 Always。</translation>
    </message>
    <message>
        <source>Fix the interactiveMode value.</source>
        <translation>请修正 interactiveMode 的值。</translation>
    </message>
    <message>
        <source>The exec plugin of user &quot;%1&quot; (in %2) has an env entry without a name.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 exec 插件中有一个没有名称的 env 条目。</translation>
    </message>
    <message>
        <source>Give every env entry a name.</source>
        <translation>请为每个 env 条目指定名称。</translation>
    </message>
    <message>
        <source>Switch this user to an exec credential plugin.</source>
        <translation>请将此用户改为使用 exec 凭据插件。</translation>
    </message>
    <message>
        <source>Install gke-gcloud-auth-plugin and run &quot;gcloud container clusters get-credentials&quot; again; it writes an exec plugin entry.</source>
        <translation>请安装 gke-gcloud-auth-plugin 并重新运行 &quot;gcloud container clusters get-credentials&quot;；它会写入 exec 插件条目。</translation>
    </message>
    <message>
        <source>Use kubelogin (https://github.com/Azure/kubelogin) and run &quot;kubelogin convert-kubeconfig&quot;; it writes an exec plugin entry.</source>
        <translation>请使用 kubelogin（https://github.com/Azure/kubelogin）并运行 &quot;kubelogin convert-kubeconfig&quot;；它会写入 exec 插件条目。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; (in %2) uses the auth-provider &quot;%3&quot;, which KtDesk does not support (kubectl removed it too); use an exec plugin instead.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）使用的 auth-provider &quot;%3&quot; 不受 KtDesk 支持（kubectl 也已移除它）；请改用 exec 插件。</translation>
    </message>
    <message>
        <source>The oidc auth-provider of user &quot;%1&quot; (in %2) lacks idp-issuer-url or client-id.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 oidc auth-provider 缺少 idp-issuer-url 或 client-id。</translation>
    </message>
    <message>
        <source>Add both to the auth-provider config, as kubectl requires.</source>
        <translation>请按 kubectl 的要求，将两者都添加到 auth-provider 配置中。</translation>
    </message>
    <message>
        <source>The oidc auth-provider of user &quot;%1&quot; (in %2) holds no id-token, and KtDesk cannot run the OIDC login itself.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 oidc auth-provider 中没有 id-token，而 KtDesk 无法自行执行 OIDC 登录。</translation>
    </message>
    <message>
        <source>Log in once with kubectl, or switch to an exec plugin such as kubelogin (kubectl oidc-login).</source>
        <translation>请先用 kubectl 登录一次，或改用 kubelogin（kubectl oidc-login）等 exec 插件。</translation>
    </message>
    <message>
        <source>The id-token of user &quot;%1&quot; (in %2) is not a valid JWT.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 id-token 不是有效的 JWT。</translation>
    </message>
    <message>
        <source>Log in again to get a fresh id-token.</source>
        <translation>请重新登录以获取新的 id-token。</translation>
    </message>
    <message>
        <source>The id-token of user &quot;%1&quot; (in %2) expired at %3, and KtDesk does not refresh OIDC tokens.</source>
        <translation>用户 &quot;%1&quot;（位于 %2）的 id-token 已于 %3 过期，而 KtDesk 不会刷新 OIDC 令牌。</translation>
    </message>
    <message>
        <source>Run any kubectl command for this context to refresh it, or switch to an exec plugin such as kubelogin.</source>
        <translation>请针对此上下文运行任意 kubectl 命令以刷新它，或改用 kubelogin 等 exec 插件。</translation>
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
        <translation>用法：ktdesk-cli connect [参数]

通过影子 Pod 将本机连接到集群网络。

参数：
      --mode MODE               socks（默认；也可用 socks5、proxy）：SOCKS5 和 HTTP 代理，
                                无需特权。vpn/tun2socks/sshuttle 需要辅助程序。
      --proxyPort PORT          代理端口（默认 2223）
      --proxyAddr ADDR          代理地址（默认 127.0.0.1；其他地址会对外暴露代理）
  -i, --image IMAGE             影子镜像（默认 kt-connect 的 shadow v0.3.7）
  -l, --withLabel K=V,...       影子 Pod 的额外标签
      --withAnnotation K=V,...  影子 Pod 的额外注解
      --podCreationTimeout S    等待影子 Pod 的秒数（默认 60）
      --portForwardTimeout S    等待端口转发的秒数（默认 10）
      --sshKeyType TYPE         ed25519（默认）或 rsa

然后使用 socks5h://127.0.0.1:2223（在集群中解析名称）或 http://127.0.0.1:2223。
按 Ctrl-C 断开连接并删除影子 Pod。
</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 needs a value.</source>
        <translation>ktdesk-cli connect：%1 需要一个值。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 wants a port from 1 to 65535, not &quot;%2&quot;.</source>
        <translation>ktdesk-cli connect：%1 需要 1 到 65535 之间的端口，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: %1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation>ktdesk-cli connect：%1 需要一个秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: &quot;%1&quot; is not an IP address.</source>
        <translation>ktdesk-cli connect：&quot;%1&quot; 不是 IP 地址。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --withLabel wants key=value[,key=value].</source>
        <translation>ktdesk-cli connect：--withLabel 的格式为 key=value[,key=value]。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --withAnnotation wants key=value[,key=value].</source>
        <translation>ktdesk-cli connect：--withAnnotation 的格式为 key=value[,key=value]。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --sshKeyType is ed25519 or rsa.</source>
        <translation>ktdesk-cli connect：--sshKeyType 只能是 ed25519 或 rsa。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: unknown flag &quot;%1&quot;. See ktdesk-cli connect --help.</source>
        <translation>ktdesk-cli connect：未知参数 &quot;%1&quot;。请参阅 ktdesk-cli connect --help。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --mode %1 needs the privileged helper, which this build of ktdesk-cli does not drive yet. Use --mode socks.</source>
        <translation>ktdesk-cli connect：--mode %1 需要特权辅助程序，而此版本的 ktdesk-cli 尚不支持驱动它。请使用 --mode socks。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: unknown --mode &quot;%1&quot;.</source>
        <translation>ktdesk-cli connect：未知的 --mode &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Connected. Proxy: socks5h://%1:%2 and http://%1:%2</source>
        <translation>已连接。代理：socks5h://%1:%2 和 http://%1:%2</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Usage: ktdesk-cli contexts [-c FILE] [--context NAME] [-n NS] [-o json]</source>
        <translation>用法：ktdesk-cli contexts [-c FILE] [--context NAME] [-n NS] [-o json]</translation>
    </message>
    <message>
        <source>Lists every context of the kubeconfig files with its cluster, server, user, namespace and authentication kind. The current context is marked with *; --context marks another one, -n changes the namespace it would use.</source>
        <translation>列出 kubeconfig 文件中的所有上下文，以及各自的集群、服务器、用户、命名空间和认证方式。当前上下文以 * 标记；--context 可标记另一个上下文，-n 可更改其将使用的命名空间。</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>&quot;json&quot; for a JSON array; a table by default</source>
        <translation>&quot;json&quot; 输出 JSON 数组；默认输出表格</translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: %1 needs a value (json).</source>
        <translation>ktdesk-cli contexts：%1 需要一个值（json）。</translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: unexpected argument &quot;%1&quot;.</source>
        <translation>ktdesk-cli contexts：意外的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>ktdesk-cli contexts: unknown output format &quot;%1&quot;; use json.</source>
        <translation>ktdesk-cli contexts：未知的输出格式 &quot;%1&quot;；请使用 json。</translation>
    </message>
    <message>
        <source>ktdesk-cli: %1</source>
        <translation>ktdesk-cli：%1</translation>
    </message>
    <message>
        <source>ktdesk-cli: the context &quot;%1&quot; given with --context is not defined in the kubeconfig files (%2).</source>
        <translation>ktdesk-cli：通过 --context 指定的上下文 &quot;%1&quot; 未在 kubeconfig 文件（%2）中定义。</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation>认证信息</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>ktdesk-cli: context &quot;%1&quot; cannot be used: %2</source>
        <translation>ktdesk-cli：无法使用上下文 &quot;%1&quot;：%2</translation>
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
        <translation>用法：ktdesk-cli exchange &lt;service | deploy/NAME&gt; --expose LOCAL[:REMOTE][,...] [参数]

通过影子 Pod 将 Service 的流量发送到本机端口。

参数：
      --expose PORTS            本地端口，或 local:remote，其中 remote 为 Service 的目标端口
      --mode MODE               selector（默认）。此版本不支持 scale 和 ephemeral。
  -i, --image IMAGE             影子镜像
  -l, --withLabel K=V,...       影子 Pod 的额外标签
      --podCreationTimeout S    等待影子 Pod 的秒数（默认 60）
      --portForwardTimeout S    等待端口转发的秒数（默认 10）

按 Ctrl-C 恢复 Service 并删除影子 Pod。
</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1 needs a value.</source>
        <translation>ktdesk-cli exchange：%1 需要一个值。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation>ktdesk-cli exchange：%1 需要一个秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --withLabel wants key=value[,key=value].</source>
        <translation>ktdesk-cli exchange：--withLabel 的格式为 key=value[,key=value]。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: unknown flag &quot;%1&quot;. See ktdesk-cli exchange --help.</source>
        <translation>ktdesk-cli exchange：未知参数 &quot;%1&quot;。请参阅 ktdesk-cli exchange --help。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: one Service or deployment at a time (got &quot;%1&quot; too).</source>
        <translation>ktdesk-cli exchange：一次只能指定一个 Service 或 Deployment（还指定了 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: name the Service or deploy/NAME to exchange.</source>
        <translation>ktdesk-cli exchange：请指定要交换的 Service 或 deploy/NAME。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --mode %1 is not available in this build; use --mode selector.</source>
        <translation>ktdesk-cli exchange：此版本不支持 --mode %1；请使用 --mode selector。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: unknown --mode &quot;%1&quot;.</source>
        <translation>ktdesk-cli exchange：未知的 --mode &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: %1</source>
        <translation>ktdesk-cli exchange：%1</translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation>必须指定 --expose。</translation>
    </message>
    <message>
        <source>Exchanged. Requests to %1 now come to local port(s) %2.</source>
        <translation>已交换。发往 %1 的请求现在会转到本地端口 %2。</translation>
    </message>
</context>
<context>
    <name>HelperRequestHandler</name>
    <message>
        <source>The helper&apos;s record was damaged (kept as %1); the nftables table ktdesk was removed, but blocks KtDesk wrote to %2 or %3 may be left.</source>
        <translation>辅助程序的记录已损坏（已另存为 %1）；nftables 表 ktdesk 已删除，但 KtDesk 写入 %2 或 %3 的内容块可能仍有残留。</translation>
    </message>
    <message>
        <source>Remove the lines between &quot;# Kt Hosts Begin&quot; and &quot;# Kt Hosts End&quot;, and between &quot;# KtDesk begin&quot; and &quot;# KtDesk end&quot;, if they are there.</source>
        <translation>如果存在，请删除 &quot;# Kt Hosts Begin&quot; 与 &quot;# Kt Hosts End&quot; 之间，以及 &quot;# KtDesk begin&quot; 与 &quot;# KtDesk end&quot; 之间的行。</translation>
    </message>
    <message>
        <source>Some changes could not be undone: %1</source>
        <translation>部分更改无法撤销：%1</translation>
    </message>
    <message>
        <source>%1 already uses %2 as a nameserver, so KtDesk&apos;s DNS server cannot take that address (it forwards to the nameservers listed there).</source>
        <translation>%1 已将 %2 用作域名服务器，因此 KtDesk 的 DNS 服务器无法使用该地址（它会将请求转发给其中列出的域名服务器）。</translation>
    </message>
    <message>
        <source>Let KtDesk&apos;s DNS server listen on another loopback address.</source>
        <translation>让 KtDesk 的 DNS 服务器监听另一个环回地址。</translation>
    </message>
</context>
<context>
    <name>HelperSettings</name>
    <message>
        <source>%1 is not honoured when started through pkexec.</source>
        <translation>通过 pkexec 启动时不会采用 %1。</translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation>%1 必须是绝对路径。</translation>
    </message>
    <message>
        <source>KTDESK_HELPER_DNS_BACKEND must be auto, resolv.conf or resolved.</source>
        <translation>KTDESK_HELPER_DNS_BACKEND 必须是 auto、resolv.conf 或 resolved。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot write the crash journal %1: %2.</source>
        <translation>无法写入崩溃日志 %1：%2。</translation>
    </message>
    <message>
        <source>Check that the state directory is writable; KtDesk will not change the cluster without it.</source>
        <translation>请检查状态目录是否可写；否则 KtDesk 不会对集群做任何更改。</translation>
    </message>
    <message>
        <source>Cannot create the journal directory %1.</source>
        <translation>无法创建日志目录 %1。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>is not base64</source>
        <translation>不是 base64</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is neither a number nor a string</source>
        <translation>既不是数字也不是字符串</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>为 &quot;%1&quot;，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is %1 where %2 belongs</source>
        <translation>在应为 %2 的位置是 %1</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not a time (&quot;%1&quot;)</source>
        <translation>不是时间（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is %1 where a string belongs</source>
        <translation>在应为字符串的位置是 %1</translation>
    </message>
    <message>
        <source>is %1 where an object belongs</source>
        <translation>在应为对象的位置是 %1</translation>
    </message>
    <message>
        <source>The API server sent a %1 that KtDesk cannot read: %2.</source>
        <translation>API 服务器发送了 KtDesk 无法读取的 %1：%2。</translation>
    </message>
    <message>
        <source>This is a bug in KtDesk or an unusual API server; please report it.</source>
        <translation>这是 KtDesk 的缺陷，或者 API 服务器不同寻常；请报告此问题。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>Kt::Kube</name>
    <message>
        <source>pod %1/%2</source>
        <translation>Pod %1/%2</translation>
    </message>
    <message>
        <source>container %1 of pod %2/%3</source>
        <translation>Pod %2/%3 的容器 %1</translation>
    </message>
    <message>
        <source>Exec in %1 has no cluster connection.</source>
        <translation>在 %1 中执行命令时没有集群连接。</translation>
    </message>
    <message>
        <source>Exec in %1 has no command to run.</source>
        <translation>在 %1 中执行时没有要运行的命令。</translation>
    </message>
    <message>
        <source>Exec in %1 failed: %2</source>
        <translation>在 %1 中执行失败：%2</translation>
    </message>
    <message>
        <source>Ask for permission to create pods/exec in namespace %1.</source>
        <translation>请申请在命名空间 %1 中创建 pods/exec 的权限。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ApiRequest</name>
    <message>
        <source>No cluster connection for %1 %2.</source>
        <translation>%1 %2 没有集群连接。</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation>无法 %1 %2：%3</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>应答不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>应答不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ClusterConnection</name>
    <message>
        <source>certificate-authority-data of cluster %1</source>
        <translation>集群 %1 的 certificate-authority-data</translation>
    </message>
    <message>
        <source>The CA certificate in %1 cannot be read.</source>
        <translation>无法读取 %1 中的 CA 证书。</translation>
    </message>
    <message>
        <source>Check that it holds a PEM certificate.</source>
        <translation>请检查其中是否包含 PEM 证书。</translation>
    </message>
    <message>
        <source>The client certificate or key of user %1 cannot be read.</source>
        <translation>无法读取用户 %1 的客户端证书或密钥。</translation>
    </message>
    <message>
        <source>Check client-certificate and client-key in the kubeconfig.</source>
        <translation>请检查 kubeconfig 中的 client-certificate 和 client-key。</translation>
    </message>
    <message>
        <source>The auth-provider &quot;%1&quot; of user %2 is not supported.</source>
        <translation>不支持用户 %2 的 auth-provider &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Use an exec credential plugin instead (e.g. kubelogin or your cloud&apos;s CLI).</source>
        <translation>请改用 exec 凭据插件（例如 kubelogin 或云厂商的 CLI）。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::ExecCredentialProvider</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; needs an interactive terminal (interactiveMode: Always), which KtDesk cannot give it.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 需要交互式终端（interactiveMode: Always），而 KtDesk 无法提供。</translation>
    </message>
    <message>
        <source>Set interactiveMode to IfAvailable or Never if the plugin can work without a terminal.</source>
        <translation>如果该插件无需终端也能工作，请将 interactiveMode 设置为 IfAvailable 或 Never。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; was stopped.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 已被停止。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; could not be started: %2.</source>
        <translation>无法启动 exec 凭据插件 &quot;%1&quot;：%2。</translation>
    </message>
    <message>
        <source>Install the plugin, or fix &quot;command&quot; in the kubeconfig (a name without &apos;/&apos; is looked up in $PATH).</source>
        <translation>请安装该插件，或修正 kubeconfig 中的 &quot;command&quot;（不含 &apos;/&apos; 的名称会在 $PATH 中查找）。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; crashed.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 崩溃了。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; failed with exit code %2.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 执行失败，退出码为 %2。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>它的输出：%1</translation>
    </message>
    <message>
        <source>Run the plugin by hand to see what it needs (often a login).</source>
        <translation>请手动运行该插件，查看它需要什么（通常是登录）。</translation>
    </message>
    <message numerus="yes">
        <source>The exec credential plugin &quot;%1&quot; did not answer within %n second(s).</source>
        <translation>
            <numerusform>exec 凭据插件 &quot;%1&quot; 未在 %n 秒内应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not answer within %2 ms.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 未在 %2 毫秒内应答。</translation>
    </message>
    <message>
        <source>KtDesk runs it without a terminal: check that it does not wait for input, or log in with it by hand first.</source>
        <translation>KtDesk 在没有终端的情况下运行它：请确认它不会等待输入，或先手动用它登录。</translation>
    </message>
    <message>
        <source>Run the plugin by hand and check that it prints an ExecCredential JSON object.</source>
        <translation>请手动运行该插件，确认它会输出 ExecCredential JSON 对象。</translation>
    </message>
    <message numerus="yes">
        <source>The exec credential plugin &quot;%1&quot; printed something that is not an ExecCredential JSON object (%n byte(s) on stdout).</source>
        <translation>
            <numerusform>exec 凭据插件 &quot;%1&quot; 输出的内容不是 ExecCredential JSON 对象（stdout 上共 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned kind &quot;%2&quot; instead of ExecCredential.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 返回的 kind 为 &quot;%2&quot;，而不是 ExecCredential。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned apiVersion &quot;%2&quot;, but the kubeconfig asks for &quot;%3&quot;.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 返回的 apiVersion 为 &quot;%2&quot;，但 kubeconfig 要求的是 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Set the exec apiVersion in the kubeconfig to what the plugin speaks.</source>
        <translation>请将 kubeconfig 中 exec 的 apiVersion 设置为插件所使用的版本。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned no status.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 没有返回 status。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned neither a token nor a client certificate and key.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 既没有返回令牌，也没有返回客户端证书和密钥。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned only a client certificate or only a key, not both.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 只返回了客户端证书或密钥之一，而不是两者。</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned an expirationTimestamp that is not an RFC 3339 time.</source>
        <translation>exec 凭据插件 &quot;%1&quot; 返回的 expirationTimestamp 不是 RFC 3339 时间。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PodExec</name>
    <message>
        <source>Exec in %1 was cancelled.</source>
        <translation>在 %1 中的执行已取消。</translation>
    </message>
    <message>
        <source>Exec in %1 ended without an exit status.</source>
        <translation>在 %1 中的执行结束时没有退出状态。</translation>
    </message>
    <message>
        <source>The connection may have been cut; run the command again.</source>
        <translation>连接可能已中断；请重新运行该命令。</translation>
    </message>
    <message>
        <source>Exec in %1 failed: %2</source>
        <translation>在 %1 中执行失败：%2</translation>
    </message>
    <message>
        <source>the exit status is not a Status object</source>
        <translation>退出状态不是 Status 对象</translation>
    </message>
    <message>
        <source>the command failed (%1)</source>
        <translation>命令执行失败（%1）</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PortForwardStream</name>
    <message>
        <source>Check the pod&apos;s name and namespace.</source>
        <translation>请检查 Pod 的名称和命名空间。</translation>
    </message>
    <message>
        <source>Check the credentials of this kubeconfig context.</source>
        <translation>请检查此 kubeconfig 上下文的凭据。</translation>
    </message>
    <message>
        <source>Ask for permission to create pods/portforward in namespace %1.</source>
        <translation>请申请在命名空间 %1 中创建 pods/portforward 的权限。</translation>
    </message>
    <message>
        <source>Check that the cluster is reachable, or allow more time for the port-forward.</source>
        <translation>请检查集群是否可访问，或为端口转发留出更多时间。</translation>
    </message>
    <message>
        <source>pod %1/%2 port %3</source>
        <translation>Pod %1/%2 的端口 %3</translation>
    </message>
    <message>
        <source>Port-forward to %1 has no cluster connection.</source>
        <translation>到 %1 的端口转发没有集群连接。</translation>
    </message>
    <message>
        <source>Port-forward to %1 failed: %2</source>
        <translation>到 %1 的端口转发失败：%2</translation>
    </message>
    <message>
        <source>Check that something listens on port %1 in the pod.</source>
        <translation>请检查 Pod 中是否有程序在监听端口 %1。</translation>
    </message>
    <message>
        <source>Port-forward to %1 is closed.</source>
        <translation>到 %1 的端口转发已关闭。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::PortForwarder</name>
    <message>
        <source>The port-forward to pod %1/%2 was already started.</source>
        <translation>到 Pod %1/%2 的端口转发已经启动。</translation>
    </message>
    <message>
        <source>The port-forward to pod %1/%2 has no ports.</source>
        <translation>到 Pod %1/%2 的端口转发没有端口。</translation>
    </message>
    <message>
        <source>Give at least one LOCAL:REMOTE port mapping.</source>
        <translation>请至少提供一个 LOCAL:REMOTE 端口映射。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 for the port-forward to pod %3/%4: %5</source>
        <translation>无法在 %1 端口 %2 上监听，以进行到 Pod %3/%4 的端口转发：%5</translation>
    </message>
    <message>
        <source>Choose another local port, or stop what uses this one.</source>
        <translation>请选择其他本地端口，或停止占用此端口的程序。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::StreamWebSocket</name>
    <message>
        <source>the WebSocket upgrade at %1 did not finish within %2 s</source>
        <translation>%1 处的 WebSocket 升级未在 %2 秒内完成</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the WebSocket upgrade</source>
        <translation>%1 在 WebSocket 升级期间关闭了连接</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with an overlong header line</source>
        <translation>%1 对 WebSocket 升级的应答中有过长的头部行</translation>
    </message>
    <message>
        <source>%1 did not answer the WebSocket upgrade with HTTP</source>
        <translation>%1 未以 HTTP 应答 WebSocket 升级</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept</source>
        <translation>%1 对 WebSocket 升级的应答中 Sec-WebSocket-Accept 错误</translation>
    </message>
    <message>
        <source>%1 accepted none of the WebSocket protocols %2 (it chose &quot;%3&quot;)</source>
        <translation>%1 不接受任何 WebSocket 协议 %2（它选择了 &quot;%3&quot;）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket frame with reserved bits set</source>
        <translation>%1 发送了设置了保留位的 WebSocket 帧</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket message of %2 bytes, more than the limit of %3</source>
        <translation>%1 发送了 %2 字节的 WebSocket 消息，超过了 %3 的限制</translation>
    </message>
    <message>
        <source>%1 sent a fragmented or oversized WebSocket control frame</source>
        <translation>%1 发送了分片或过大的 WebSocket 控制帧</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket continuation frame outside a message</source>
        <translation>%1 在消息之外发送了 WebSocket 延续帧</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket message larger than %2 bytes</source>
        <translation>%1 发送的 WebSocket 消息大于 %2 字节</translation>
    </message>
    <message>
        <source>%1 started a WebSocket message inside another</source>
        <translation>%1 在一条 WebSocket 消息中开始了另一条消息</translation>
    </message>
    <message>
        <source>%1 sent a WebSocket frame with unknown opcode %2</source>
        <translation>%1 发送了操作码未知（%2）的 WebSocket 帧</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::Watch</name>
    <message>
        <source>The watch of %1 was stopped.</source>
        <translation>对 %1 的 watch 已停止。</translation>
    </message>
    <message>
        <source>the list carries no resourceVersion</source>
        <translation>列表中没有 resourceVersion</translation>
    </message>
    <message>
        <source>the watch stream ended inside an event</source>
        <translation>watch 流在事件中途结束</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::DnsConfigurator</name>
    <message>
        <source>Cannot configure systemd-resolved: %1</source>
        <translation>无法配置 systemd-resolved：%1</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::HelperProtocol</name>
    <message>
        <source>The request is longer than %1 bytes.</source>
        <translation>请求长度超过 %1 字节。</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a whole number from 1 to 65535.</source>
        <translation>&quot;port&quot; 必须是 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>&quot;%1&quot; 必须是字符串列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; 有 %2 项；最多允许 %3 项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is wider than /%3; KtDesk does not redirect such ranges.</source>
        <translation>&quot;%1&quot;：%2 比 /%3 更宽；KtDesk 不会重定向这么大的地址范围。</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a list of {&quot;ip&quot;, &quot;names&quot;}.</source>
        <translation>&quot;entries&quot; 必须是 {&quot;ip&quot;, &quot;names&quot;} 的列表。</translation>
    </message>
    <message>
        <source>&quot;entries&quot; has %1 items; at most %2 are allowed.</source>
        <translation>&quot;entries&quot; 有 %1 项；最多允许 %2 项。</translation>
    </message>
    <message>
        <source>Each of &quot;entries&quot; must be exactly {&quot;ip&quot;, &quot;names&quot;}.</source>
        <translation>&quot;entries&quot; 中的每一项都必须恰好是 {&quot;ip&quot;, &quot;names&quot;}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>&quot;%1&quot; 不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>An entry for %1 has no names.</source>
        <translation>%1 的条目没有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; 不是有效的主机名。</translation>
    </message>
    <message>
        <source>KtDesk does not redefine &quot;%1&quot;.</source>
        <translation>KtDesk 不会重新定义 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The request is not one JSON object (%1).</source>
        <translation>请求不是单个 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number from 0 to 2^53-1.</source>
        <translation>&quot;id&quot; 必须是 0 到 2^53-1 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;op&quot; must be one of hello, redirect, dns, hosts, restore, bye.</source>
        <translation>&quot;op&quot; 必须是 hello、redirect、dns、hosts、restore、bye 之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; 不接受 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>&quot;cidrs&quot; must name at least one network.</source>
        <translation>&quot;cidrs&quot; 必须至少指定一个网络。</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must name at least one domain.</source>
        <translation>&quot;domains&quot; 必须至少指定一个域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>&quot;%1&quot; 不是有效的域名。</translation>
    </message>
    <message>
        <source>&quot;server&quot; must be a loopback IPv4 address (127.x.y.z).</source>
        <translation>&quot;server&quot; 必须是 IPv4 环回地址（127.x.y.z）。</translation>
    </message>
    <message>
        <source>The helper&apos;s reply is too long.</source>
        <translation>辅助程序的应答过长。</translation>
    </message>
    <message>
        <source>The helper sent something that is not a reply.</source>
        <translation>辅助程序发送的内容不是应答。</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::HelperRecord</name>
    <message>
        <source>The helper&apos;s record is damaged.</source>
        <translation>辅助程序的记录已损坏。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::Ipv4Cidr</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network: %2.</source>
        <translation>&quot;%1&quot; 不是 IPv4 网络：%2。</translation>
    </message>
    <message>
        <source>Write it like 10.96.0.0/12.</source>
        <translation>请写成 10.96.0.0/12 这样的形式。</translation>
    </message>
    <message>
        <source>the prefix length (&quot;/n&quot;) is missing</source>
        <translation>缺少前缀长度（&quot;/n&quot;）</translation>
    </message>
    <message>
        <source>the address is not four decimal numbers from 0 to 255</source>
        <translation>地址不是由四个 0 到 255 之间的十进制数组成</translation>
    </message>
    <message>
        <source>the prefix length must be a number from 0 to 32</source>
        <translation>前缀长度必须是 0 到 32 之间的数字</translation>
    </message>
    <message>
        <source>host bits are set (the network is %1)</source>
        <translation>设置了主机位（网络应为 %1）</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::MarkedBlock</name>
    <message>
        <source>Remove the lines between the markers by hand.</source>
        <translation>请手动删除标记之间的行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice without &quot;%2&quot; between.</source>
        <translation>&quot;%1&quot; 出现了两次，中间没有 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears without &quot;%2&quot; before it.</source>
        <translation>&quot;%1&quot; 之前没有 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears without &quot;%2&quot; after it.</source>
        <translation>&quot;%1&quot; 之后没有 &quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::NftablesConfigurator</name>
    <message>
        <source>Cannot set up the nftables rules: %1</source>
        <translation>无法设置 nftables 规则：%1</translation>
    </message>
    <message>
        <source>Check that the kernel has nftables (nf_tables, nft_redirect).</source>
        <translation>请检查内核是否支持 nftables（nf_tables、nft_redirect）。</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::PrivilegedHelperClient</name>
    <message>
        <source>KtDesk&apos;s network helper is not running.</source>
        <translation>KtDesk 的网络辅助程序未在运行。</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>请重新连接。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper did not answer &quot;%1&quot; in time.</source>
        <translation>KtDesk 的网络辅助程序未及时应答 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper refused: %1</source>
        <translation>KtDesk 的网络辅助程序拒绝了请求：%1</translation>
    </message>
    <message>
        <source>KtDesk did not get administrator rights for its network helper.</source>
        <translation>KtDesk 未能为其网络辅助程序获得管理员权限。</translation>
    </message>
    <message>
        <source>VPN mode changes routing and DNS and needs them once per session; use proxy mode to connect without them.</source>
        <translation>VPN 模式会更改路由和 DNS，每个会话需要授权一次；使用代理模式则无需管理员权限即可连接。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper stopped unexpectedly.</source>
        <translation>KtDesk 的网络辅助程序意外停止。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper exited (exit code %1).</source>
        <translation>KtDesk 的网络辅助程序已退出（退出码 %1）。</translation>
    </message>
    <message>
        <source>Connect again; the helper undoes its changes when it stops.</source>
        <translation>请重新连接；辅助程序停止时会撤销其所做的更改。</translation>
    </message>
    <message>
        <source>Cannot start KtDesk&apos;s network helper (%1).</source>
        <translation>无法启动 KtDesk 的网络辅助程序（%1）。</translation>
    </message>
    <message>
        <source>Reinstall KtDesk, or use proxy mode.</source>
        <translation>请重新安装 KtDesk，或使用代理模式。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s DNS server must listen on an IPv4 loopback address.</source>
        <translation>KtDesk 的 DNS 服务器必须监听 IPv4 环回地址。</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::SystemCommand</name>
    <message>
        <source>A program KtDesk needs is not installed.</source>
        <translation>KtDesk 所需的某个程序未安装。</translation>
    </message>
    <message>
        <source>Install nftables and iproute2.</source>
        <translation>请安装 nftables 和 iproute2。</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>无法运行 %1。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 未在 %2 秒内完成。</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 执行失败（退出码 %2）：%3</translation>
    </message>
</context>
<context>
    <name>Kt::Platform::SystemFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; KtDesk does not edit it.</source>
        <translation>%1 大于 %2 字节；KtDesk 不会编辑它。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Kt::Secrets::KeychainSecretStore</name>
    <message>
        <source>No secret named %1 is in the keychain.</source>
        <translation>密钥环中没有名为 %1 的机密。</translation>
    </message>
    <message>
        <source>The keychain refused access to %1.</source>
        <translation>密钥环拒绝访问 %1。</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow KtDesk to use it.</source>
        <translation>请解锁密钥环并允许 KtDesk 使用它。</translation>
    </message>
    <message>
        <source>No keychain is available to store %1.</source>
        <translation>没有可用于存储 %1 的密钥环。</translation>
    </message>
    <message>
        <source>Start a Secret Service such as GNOME Keyring or KWallet and unlock it.</source>
        <translation>请启动 GNOME Keyring 或 KWallet 等 Secret Service 并将其解锁。</translation>
    </message>
    <message>
        <source>The keychain failed on %1.</source>
        <translation>密钥环在处理 %1 时出错。</translation>
    </message>
    <message>
        <source>Check that the keychain is running and unlocked.</source>
        <translation>请检查密钥环是否正在运行且已解锁。</translation>
    </message>
</context>
<context>
    <name>Kt::Secrets::MemorySecretStore</name>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation>未存储名为 %1 的机密。</translation>
    </message>
</context>
<context>
    <name>Kt::Session::Cleaner</name>
    <message>
        <source>heartbeat %1 min ago</source>
        <translation>心跳于 %1 分钟前</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>recover 命令</translation>
    </message>
    <message>
        <source>scale deployment %1/%2 back to %3</source>
        <translation>把 Deployment %1/%2 的副本数恢复为 %3</translation>
    </message>
    <message>
        <source>delete %1 %2/%3 (%4)</source>
        <translation>删除 %1 %2/%3（%4）</translation>
    </message>
    <message>
        <source>restore the selector of service %1/%2</source>
        <translation>恢复 Service %1/%2 的 selector</translation>
    </message>
</context>
<context>
    <name>Kt::Session::ConnectSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation>正在读取 kubeconfig</translation>
    </message>
    <message>
        <source>connect to %1 (%2)</source>
        <translation>连接到 %1（%2）</translation>
    </message>
    <message>
        <source>SOCKS5/HTTP proxy on %1</source>
        <translation>SOCKS5/HTTP 代理位于 %1</translation>
    </message>
    <message>
        <source>Proxy on %1</source>
        <translation>代理位于 %1</translation>
    </message>
    <message>
        <source>Removing shadow pod %1</source>
        <translation>正在删除影子 Pod %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation>未能全部清理；请运行 ktdesk-cli clean --localOnly</translation>
    </message>
</context>
<context>
    <name>Kt::Session::ExchangeSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation>正在读取 kubeconfig</translation>
    </message>
    <message>
        <source>Nothing to expose.</source>
        <translation>没有要暴露的端口。</translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation>请通过 --expose 指定本地端口。</translation>
    </message>
    <message>
        <source>Finding the Service of deployment %1</source>
        <translation>正在查找 Deployment %1 的 Service</translation>
    </message>
    <message>
        <source>No Service selects the pods of deployment %1.</source>
        <translation>没有 Service 选中 Deployment %1 的 Pod。</translation>
    </message>
    <message>
        <source>Exchange a Service by name, or create one for the deployment.</source>
        <translation>请按名称交换某个 Service，或为该 Deployment 创建一个 Service。</translation>
    </message>
    <message>
        <source>exchange %1 (%2)</source>
        <translation>交换 %1（%2）</translation>
    </message>
    <message>
        <source>Service %1 has no selector, so its traffic cannot be redirected.</source>
        <translation>Service %1 没有 selector，因此无法重定向其流量。</translation>
    </message>
    <message>
        <source>Service %1 is already exchanged or meshed (it carries kt-selector).</source>
        <translation>Service %1 已被交换或 mesh（它带有 kt-selector）。</translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli recover %1</source>
        <translation>如果已无人使用，请运行：ktdesk-cli recover %1</translation>
    </message>
    <message>
        <source>Service %1 is being changed by someone else right now (kt-lock).</source>
        <translation>Service %1 此刻正被他人修改（kt-lock）。</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>请过一分钟再试。</translation>
    </message>
    <message>
        <source>Port %1 is not a target port of Service %2 (its target ports: %3).</source>
        <translation>端口 %1 不是 Service %2 的目标端口（其目标端口为：%3）。</translation>
    </message>
    <message>
        <source>Use --expose LOCAL:REMOTE with REMOTE one of those.</source>
        <translation>请使用 --expose LOCAL:REMOTE，其中 REMOTE 为上述端口之一。</translation>
    </message>
    <message>
        <source>Locking Service %1</source>
        <translation>正在锁定 Service %1</translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation>正在打开影子 Pod 的端口</translation>
    </message>
    <message>
        <source>A request could not reach local port %1: %2</source>
        <translation>有请求无法到达本地端口 %1：%2</translation>
    </message>
    <message>
        <source>Traffic of %1 comes to this machine</source>
        <translation>%1 的流量现已转到本机</translation>
    </message>
    <message>
        <source>Pointing Service %1 at the shadow</source>
        <translation>正在将 Service %1 指向影子 Pod</translation>
    </message>
    <message>
        <source>Restoring Service %1</source>
        <translation>正在恢复 Service %1</translation>
    </message>
    <message>
        <source>Service %1 restored</source>
        <translation>Service %1 已恢复</translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation>未能全部清理；请运行 ktdesk-cli clean --localOnly</translation>
    </message>
</context>
<context>
    <name>Kt::Session::PreviewSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation type="unfinished">正在读取 kubeconfig</translation>
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
        <translation type="unfinished">没有要暴露的端口。</translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation type="unfinished">请通过 --expose 指定本地端口。</translation>
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
        <translation type="unfinished">正在打开影子 Pod 的端口</translation>
    </message>
    <message>
        <source>A request could not reach local port %1: %2</source>
        <translation type="unfinished">有请求无法到达本地端口 %1：%2</translation>
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
        <translation type="unfinished">未能全部清理；请运行 ktdesk-cli clean --localOnly</translation>
    </message>
</context>
<context>
    <name>Kt::Session::Recovery</name>
    <message>
        <source>Session %1: %2</source>
        <translation>会话 %1：%2</translation>
    </message>
</context>
<context>
    <name>Kt::Session::Session</name>
    <message>
        <source>&quot;%1&quot; is not a port or local:remote pair of ports (1-65535).</source>
        <translation>&quot;%1&quot; 不是端口，也不是 local:remote 端口对（1-65535）。</translation>
    </message>
    <message>
        <source>Write --expose 8080 or --expose 8080:80,9090:9090.</source>
        <translation>请写成 --expose 8080 或 --expose 8080:80,9090:9090。</translation>
    </message>
    <message>
        <source>--expose names no port.</source>
        <translation>--expose 未指定任何端口。</translation>
    </message>
</context>
<context>
    <name>Kt::Session::ShadowTunnel</name>
    <message>
        <source>Generating the session&apos;s SSH key</source>
        <translation>正在生成会话的 SSH 密钥</translation>
    </message>
    <message>
        <source>Creating shadow pod %1</source>
        <translation>正在创建影子 Pod %1</translation>
    </message>
    <message>
        <source>Waiting for shadow pod %1 to run</source>
        <translation>正在等待影子 Pod %1 运行</translation>
    </message>
    <message>
        <source>Shadow pod %1 did not start within %2 s.</source>
        <translation>影子 Pod %1 未在 %2 秒内启动。</translation>
    </message>
    <message>
        <source>Check the pod events (image pull, scheduling), or raise --podCreationTimeout.</source>
        <translation>请查看 Pod 事件（镜像拉取、调度），或调大 --podCreationTimeout。</translation>
    </message>
    <message>
        <source>Container %1: %2 %3</source>
        <translation>容器 %1：%2 %3</translation>
    </message>
    <message>
        <source>Opening the port-forward and SSH to %1</source>
        <translation>正在打开到 %1 的端口转发和 SSH</translation>
    </message>
    <message>
        <source>shadow pod %1/%2</source>
        <translation>影子 Pod %1/%2</translation>
    </message>
    <message>
        <source>the tunnel failed</source>
        <translation>隧道失败</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (%2)</source>
        <translation>%1 秒后重新连接（%2）</translation>
    </message>
    <message>
        <source>Shadow pod %1 is gone; creating it again</source>
        <translation>影子 Pod %1 已不存在；正在重新创建</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsMessage</name>
    <message>
        <source>the message ends inside a field</source>
        <translation>消息在字段中途结束</translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation>名称超出了消息末尾</translation>
    </message>
    <message>
        <source>a compression pointer is cut off</source>
        <translation>压缩指针被截断</translation>
    </message>
    <message>
        <source>a compression pointer does not point backwards</source>
        <translation>压缩指针没有指向前面的位置</translation>
    </message>
    <message>
        <source>a label has an unsupported type</source>
        <translation>标签的类型不受支持</translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation>标签超出了消息末尾</translation>
    </message>
    <message>
        <source>a name is longer than 255 bytes</source>
        <translation>名称长度超过 255 字节</translation>
    </message>
    <message>
        <source>a label contains a dot</source>
        <translation>标签中包含点号</translation>
    </message>
    <message>
        <source>record data runs past the end of the message</source>
        <translation>记录数据超出了消息末尾</translation>
    </message>
    <message>
        <source>a name runs past its record&apos;s data</source>
        <translation>名称超出了其记录的数据范围</translation>
    </message>
    <message>
        <source>record data is shorter than its type needs</source>
        <translation>记录数据比其类型所需的短</translation>
    </message>
    <message>
        <source>an address record has the wrong length</source>
        <translation>地址记录的长度错误</translation>
    </message>
    <message>
        <source>record data is longer than its type needs</source>
        <translation>记录数据比其类型所需的长</translation>
    </message>
    <message>
        <source>A malformed DNS message was received: %1.</source>
        <translation>收到格式错误的 DNS 消息：%1。</translation>
    </message>
    <message>
        <source>it is longer than 65535 bytes</source>
        <translation>长度超过 65535 字节</translation>
    </message>
    <message>
        <source>its OPT record is misplaced, repeated or not at the root</source>
        <translation>其 OPT 记录位置错误、重复或不在根域</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsQueryJob</name>
    <message>
        <source>No DNS server is configured to ask.</source>
        <translation>未配置可查询的 DNS 服务器。</translation>
    </message>
    <message>
        <source>Check the nameservers in /etc/resolv.conf.</source>
        <translation>请检查 /etc/resolv.conf 中的域名服务器。</translation>
    </message>
    <message>
        <source>The DNS query was cancelled.</source>
        <translation>DNS 查询已取消。</translation>
    </message>
    <message>
        <source>The DNS question for “%1” cannot be encoded.</source>
        <translation>无法编码对“%1”的 DNS 查询。</translation>
    </message>
    <message>
        <source>The DNS query to %1 could not be sent.</source>
        <translation>无法发送到 %1 的 DNS 查询。</translation>
    </message>
    <message>
        <source>The DNS server %1 could not be reached over TCP.</source>
        <translation>无法通过 TCP 访问 DNS 服务器 %1。</translation>
    </message>
    <message>
        <source>The DNS server %1 sent a malformed answer.</source>
        <translation>DNS 服务器 %1 发送了格式错误的应答。</translation>
    </message>
    <message>
        <source>The DNS server %1 answered another question.</source>
        <translation>DNS 服务器 %1 应答的是另一个查询。</translation>
    </message>
    <message>
        <source>The DNS server %1 did not answer within %2 ms.</source>
        <translation>DNS 服务器 %1 未在 %2 毫秒内应答。</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::DnsServer</name>
    <message>
        <source>The DNS server cannot start twice.</source>
        <translation>DNS 服务器不能启动两次。</translation>
    </message>
    <message>
        <source>The DNS server only listens on a loopback address, not on %1.</source>
        <translation>DNS 服务器只监听环回地址，不能监听 %1。</translation>
    </message>
    <message>
        <source>Choose 127.0.0.1 or another 127.x address.</source>
        <translation>请选择 127.0.0.1 或其他 127.x 地址。</translation>
    </message>
    <message>
        <source>The DNS server cannot listen on %1 port %2: %3.</source>
        <translation>DNS 服务器无法在 %1 端口 %2 上监听：%3。</translation>
    </message>
    <message>
        <source>Choose another DNS port, or stop what uses this one.</source>
        <translation>请选择其他 DNS 端口，或停止占用此端口的程序。</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::ProxyServer</name>
    <message>
        <source>The proxy cannot listen on %1:%2: %3.</source>
        <translation>代理无法在 %1:%2 上监听：%3。</translation>
    </message>
    <message>
        <source>Choose another proxy port, or stop what uses this one.</source>
        <translation>请选择其他代理端口，或停止占用此端口的程序。</translation>
    </message>
    <message>
        <source>the client sent no complete proxy request in time</source>
        <translation>客户端未及时发送完整的代理请求</translation>
    </message>
    <message>
        <source>the tunnel to the cluster is not connected</source>
        <translation>到集群的隧道未连接</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::SshTunnel</name>
    <message>
        <source>The tunnel is not connected.</source>
        <translation>隧道未连接。</translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2.</source>
        <translation>通过 SSH 连接到 %1 失败：%2。</translation>
    </message>
    <message>
        <source>Check that the shadow pod is running; KtDesk reconnects on its own.</source>
        <translation>请检查影子 Pod 是否正在运行；KtDesk 会自动重新连接。</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>服务器未发送主机密钥</translation>
    </message>
    <message>
        <source>could not hash the host key</source>
        <translation>无法计算主机密钥的哈希</translation>
    </message>
    <message>
        <source>The host key of %1 changed (was %2, now %3): KtDesk refused to connect.</source>
        <translation>%1 的主机密钥已更改（原为 %2，现为 %3）：KtDesk 已拒绝连接。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Stop the session and start it again to trust a new shadow.</source>
        <translation>可能有人正在拦截该连接。请停止会话并重新启动，以信任新的影子 Pod。</translation>
    </message>
    <message>
        <source>The SSH private key for %1 cannot be read.</source>
        <translation>无法读取 %1 的 SSH 私钥。</translation>
    </message>
    <message>
        <source>The shadow&apos;s sshd (%1) refused KtDesk&apos;s key.</source>
        <translation>影子 Pod 的 sshd（%1）拒绝了 KtDesk 的密钥。</translation>
    </message>
    <message>
        <source>Check that the shadow&apos;s ConfigMap holds the session&apos;s public key.</source>
        <translation>请检查影子 Pod 的 ConfigMap 中是否包含该会话的公钥。</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>The cluster side could not connect to %1:%2.</source>
        <translation>集群端无法连接到 %1:%2。</translation>
    </message>
    <message>
        <source>The client closed the connection.</source>
        <translation>客户端关闭了连接。</translation>
    </message>
    <message>
        <source>The shadow could not listen on port %1 for the remote forward.</source>
        <translation>影子 Pod 无法在端口 %1 上监听以进行远程转发。</translation>
    </message>
    <message>
        <source>Another session may already expose this port on the same shadow.</source>
        <translation>可能已有另一个会话在同一影子 Pod 上暴露了此端口。</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::StreamSocketPair</name>
    <message>
        <source>Could not create a socket pair for the SSH connection.</source>
        <translation>无法为 SSH 连接创建套接字对。</translation>
    </message>
</context>
<context>
    <name>Kt::Tunnel::TransparentProxy</name>
    <message>
        <source>The transparent proxy cannot listen on %1:%2: %3.</source>
        <translation>透明代理无法在 %1:%2 上监听：%3。</translation>
    </message>
    <message>
        <source>Choose another port, or stop what uses this one.</source>
        <translation>请选择其他端口，或停止占用此端口的程序。</translation>
    </message>
    <message>
        <source>the connection was not redirected (no original destination)</source>
        <translation>连接未被重定向（没有原始目标地址）</translation>
    </message>
    <message>
        <source>connections to loopback addresses are not forwarded</source>
        <translation>不转发到环回地址的连接</translation>
    </message>
    <message>
        <source>the tunnel is gone</source>
        <translation>隧道已不存在</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainWindow</name>
    <message>
        <source>KtDesk</source>
        <translation>KtDesk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to KtDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 KtDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>KUBECONFIG names files that do not exist. Fix KUBECONFIG, or unset it to use ~/.kube/config.</source>
        <translation>KUBECONFIG 指定的文件不存在。请修正 KUBECONFIG，或取消设置它以使用 ~/.kube/config。</translation>
    </message>
    <message>
        <source>Copy a kubeconfig from your cluster administrator or cloud console to ~/.kube/config, or set KUBECONFIG to the files you use, then restart KtDesk.</source>
        <translation>请从集群管理员或云控制台获取 kubeconfig 并复制到 ~/.kube/config，或将 KUBECONFIG 设置为你使用的文件，然后重新启动 KtDesk。</translation>
    </message>
    <message>
        <source>No kubeconfig found at:&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br/&gt;&lt;br/&gt;%2</source>
        <translation>在以下位置未找到 kubeconfig：&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br/&gt;&lt;br/&gt;%2</translation>
    </message>
    <message>
        <source>Using kubeconfig: %1</source>
        <translation>正在使用 kubeconfig：%1</translation>
    </message>
</context>
<context>
    <name>KubeconfigLoader</name>
    <message>
        <source>Cannot load kubeconfig %1: %2</source>
        <translation>无法加载 kubeconfig %1：%2</translation>
    </message>
    <message>
        <source>Cannot load kubeconfig %1: line %2, column %3: %4</source>
        <translation>无法加载 kubeconfig %1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>布尔值 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values, but it is %2.</source>
        <translation>%1 必须是键到值的映射，但它是%2。</translation>
    </message>
    <message>
        <source>%1 must be a list, but it is %2.</source>
        <translation>%1 必须是列表，但它是%2。</translation>
    </message>
    <message>
        <source>Write each entry on its own line starting with &quot;- &quot;.</source>
        <translation>请将每个条目写在单独一行，并以 &quot;- &quot; 开头。</translation>
    </message>
    <message>
        <source>%1 must be a string, but it is %2.</source>
        <translation>%1 必须是字符串，但它是%2。</translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads it as a boolean.</source>
        <translation>%1 必须是字符串，但 YAML 将其读作布尔值。</translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads %2 as a boolean.</source>
        <translation>%1 必须是字符串，但 YAML 将 %2 读作布尔值。</translation>
    </message>
    <message>
        <source>Put the value in quotes (YAML 1.1, which kubectl follows, reads y, n, yes, no, on and off as booleans).</source>
        <translation>请给该值加上引号（kubectl 所遵循的 YAML 1.1 会将 y、n、yes、no、on 和 off 读作布尔值）。</translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads it as a number.</source>
        <translation>%1 必须是字符串，但 YAML 将其读作数字。</translation>
    </message>
    <message>
        <source>%1 must be a string, but YAML reads %2 as a number.</source>
        <translation>%1 必须是字符串，但 YAML 将 %2 读作数字。</translation>
    </message>
    <message>
        <source>Put the value in quotes.</source>
        <translation>请给该值加上引号。</translation>
    </message>
    <message>
        <source>%1 must be true or false, but it is %2.</source>
        <translation>%1 必须是 true 或 false，但它是%2。</translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation>请写 true 或 false，不要加引号。</translation>
    </message>
    <message>
        <source>%1 is not valid base64 data.</source>
        <translation>%1 不是有效的 base64 数据。</translation>
    </message>
    <message>
        <source>Encode the PEM file with &quot;base64 -w0 FILE&quot; and paste the result, or name the file in the field without -data.</source>
        <translation>请用 &quot;base64 -w0 FILE&quot; 编码 PEM 文件并粘贴结果，或在不带 -data 的字段中指定该文件。</translation>
    </message>
    <message>
        <source>%1 nests merge keys too deeply.</source>
        <translation>%1 的合并键嵌套过深。</translation>
    </message>
    <message>
        <source>A &lt;&lt; merge key needs a mapping or a list of mappings.</source>
        <translation>&lt;&lt; 合并键需要一个映射或映射列表。</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is defined twice in %3.</source>
        <translation>%1 &quot;%2&quot; 在 %3 中定义了两次。</translation>
    </message>
    <message>
        <source>Remove or rename one of them; kubectl rejects this file too.</source>
        <translation>请删除或重命名其中之一；kubectl 同样会拒绝此文件。</translation>
    </message>
    <message>
        <source>the file must be a YAML mapping with clusters, users and contexts, but it is %1.</source>
        <translation>该文件必须是包含 clusters、users 和 contexts 的 YAML 映射，但它是%1。</translation>
    </message>
    <message>
        <source>Check that this is a kubeconfig file.</source>
        <translation>请确认这是一个 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;, but a kubeconfig file has kind Config.</source>
        <translation>kind 为 &quot;%1&quot;，但 kubeconfig 文件的 kind 应为 Config。</translation>
    </message>
    <message>
        <source>apiVersion is &quot;%1&quot;, but kubeconfig files have apiVersion v1.</source>
        <translation>apiVersion 为 &quot;%1&quot;，但 kubeconfig 文件的 apiVersion 应为 v1。</translation>
    </message>
    <message>
        <source>Write apiVersion: v1.</source>
        <translation>请写 apiVersion: v1。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Fix the YAML syntax there (indent with spaces, not tabs; close every bracket and quote).</source>
        <translation>请修正该处的 YAML 语法（用空格而不是制表符缩进；闭合每个括号和引号）。</translation>
    </message>
    <message>
        <source>Cannot read kubeconfig %1: %2</source>
        <translation>无法读取 kubeconfig %1：%2</translation>
    </message>
    <message>
        <source>Check the path given with --kubeconfig or in $KUBECONFIG.</source>
        <translation>请检查通过 --kubeconfig 或 $KUBECONFIG 指定的路径。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
</context>
<context>
    <name>PortForwardProtocol</name>
    <message>
        <source>The server sent an empty message.</source>
        <translation>服务器发送了空消息。</translation>
    </message>
    <message>
        <source>The server sent a message on channel %1, which this forward does not use.</source>
        <translation>服务器在通道 %1 上发送了消息，而此转发并未使用该通道。</translation>
    </message>
    <message>
        <source>The server announced port %1 instead of %2.</source>
        <translation>服务器声明的端口为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>PortMapping</name>
    <message>
        <source>&quot;%1&quot; is not a port mapping.</source>
        <translation>&quot;%1&quot; 不是端口映射。</translation>
    </message>
    <message>
        <source>Write LOCAL:REMOTE (8080:80), REMOTE (80) or :REMOTE (:80) for a free local port.</source>
        <translation>请写成 LOCAL:REMOTE（8080:80）、REMOTE（80），或用 :REMOTE（:80）自动选择空闲的本地端口。</translation>
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
        <translation type="unfinished">必须指定 --expose。</translation>
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
        <translation>用法：ktdesk-cli recover &lt;service&gt;

恢复 Service 的 selector，并删除其 exchange 或 mesh 的影子 Pod，即使它们仍在发送心跳。
</translation>
    </message>
    <message>
        <source>ktdesk-cli recover: name one Service.</source>
        <translation>ktdesk-cli recover：请指定一个 Service。</translation>
    </message>
    <message>
        <source>Service %1 needs no recovery.</source>
        <translation>Service %1 无需恢复。</translation>
    </message>
</context>
<context>
    <name>ResourceRef</name>
    <message>
        <source>%1 (subresource %2)</source>
        <translation>%1（子资源 %2）</translation>
    </message>
    <message>
        <source>%1 in all namespaces</source>
        <translation>所有命名空间中的 %1</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>命名空间 &quot;%2&quot; 中的 %1</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>ktdesk-cli %1: %2</source>
        <translation>ktdesk-cli %1：%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>ktdesk-cli: restored %n change(s) left by a crashed session.</source>
        <translation>
            <numerusform>ktdesk-cli：已恢复崩溃会话遗留的 %n 项更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshKeyPair</name>
    <message>
        <source>Could not export the SSH private key.</source>
        <translation>无法导出 SSH 私钥。</translation>
    </message>
    <message>
        <source>Could not export the SSH public key.</source>
        <translation>无法导出 SSH 公钥。</translation>
    </message>
    <message>
        <source>Could not generate an SSH key.</source>
        <translation>无法生成 SSH 密钥。</translation>
    </message>
    <message>
        <source>The stored SSH private key cannot be read.</source>
        <translation>无法读取已存储的 SSH 私钥。</translation>
    </message>
    <message>
        <source>Stop the session and start it again: KtDesk makes a new key.</source>
        <translation>请停止会话并重新启动：KtDesk 会生成新密钥。</translation>
    </message>
</context>
<context>
    <name>WatchStreamParser</name>
    <message>
        <source>the watch stream holds something other than JSON objects (byte 0x%1)</source>
        <translation>watch 流中包含 JSON 对象以外的内容（字节 0x%1）</translation>
    </message>
    <message>
        <source>a watch event is larger than %1 MiB</source>
        <translation>watch 事件大于 %1 MiB</translation>
    </message>
    <message>
        <source>a watch event is not valid JSON (%1)</source>
        <translation>watch 事件不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>a watch event (type &quot;%1&quot;) carries no object</source>
        <translation>watch 事件（类型 &quot;%1&quot;）没有携带对象</translation>
    </message>
    <message>
        <source>a watch event has the unknown type &quot;%1&quot;</source>
        <translation>watch 事件的类型 &quot;%1&quot; 未知</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Changes and restores this machine&apos;s network configuration for KtDesk&apos;s vpn mode.
Reads one JSON request per line on stdin and answers on stdout; undoes everything when stdin closes.
Tests only (refused under pkexec): KTDESK_HELPER_STATE_DIR, KTDESK_HELPER_HOSTS_FILE, KTDESK_HELPER_RESOLV_CONF, KTDESK_HELPER_DNS_BACKEND=auto|resolv.conf|resolved.</source>
        <translation>为 KtDesk 的 vpn 模式更改并恢复本机的网络配置。
从 stdin 每行读取一个 JSON 请求并在 stdout 上应答；stdin 关闭时撤销所有更改。
仅供测试（在 pkexec 下会被拒绝）：KTDESK_HELPER_STATE_DIR、KTDESK_HELPER_HOSTS_FILE、KTDESK_HELPER_RESOLV_CONF、KTDESK_HELPER_DNS_BACKEND=auto|resolv.conf|resolved。</translation>
    </message>
    <message>
        <source>Undo what a previous helper left (see its record), then exit.</source>
        <translation>撤销上一个辅助程序遗留的更改（参见其记录），然后退出。</translation>
    </message>
    <message>
        <source>must run as root (through pkexec).</source>
        <translation>必须以 root 身份运行（通过 pkexec）。</translation>
    </message>
    <message>
        <source>cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>another ktdesk-helper (pid %1) is running.</source>
        <translation>另一个 ktdesk-helper（pid %1）正在运行。</translation>
    </message>
</context>
</TS>
