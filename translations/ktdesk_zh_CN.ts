<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgeFormat</name>
    <message>
        <source>%1s</source>
        <comment>age in seconds</comment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>age in minutes</comment>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>age in hours</comment>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>age in days</comment>
        <translation>%1天</translation>
    </message>
</context>
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
        <translation>此集群中没有人正在连接、交换或 Mesh。</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot;; use json.</source>
        <translation>未知的输出格式“%1”；请使用 json。</translation>
    </message>
</context>
<context>
    <name>CleanVerb</name>
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
        <source>--thresholdInMinus wants a number of minutes.</source>
        <translation>--thresholdInMinus 需要一个分钟数。</translation>
    </message>
    <message>
        <source>ktdesk-cli clean: takes no arguments, only flags (got &quot;%1&quot;).</source>
        <translation>ktdesk-cli clean：不接受参数，只接受选项（收到了“%1”）。</translation>
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
        <translation>显示谁正在连接、交换或 Mesh</translation>
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
        <source>ktdesk-cli: unknown flag &quot;%1&quot;. Run ktdesk-cli --help for the list.</source>
        <translation>ktdesk-cli：未知参数 &quot;%1&quot;。运行 ktdesk-cli --help 查看列表。</translation>
    </message>
    <message>
        <source>Global flags (kt-connect&apos;s; before or after the verb):</source>
        <translation>全局参数（与 kt-connect 相同；可放在子命令之前或之后）：</translation>
    </message>
    <message>
        <source>ktdesk-cli: %1</source>
        <translation>ktdesk-cli：%1</translation>
    </message>
    <message>
        <source>ktdesk-cli: --useShadowDeployment is not supported: KtDesk&apos;s shadows are plain pods. Going on with a pod.</source>
        <translation>ktdesk-cli：不支持 --useShadowDeployment：KtDesk 的影子都是普通 Pod。将继续使用 Pod。</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
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
    <message>
        <source>The client certificate of user &quot;%1&quot; (%2) expired on %3.</source>
        <translation>用户“%1”的客户端证书（%2）已于 %3 过期。</translation>
    </message>
    <message>
        <source>Get a new certificate (from the cluster&apos;s admin or your cloud&apos;s CLI) and update client-certificate and client-key.</source>
        <translation>请获取新证书（向集群管理员索取，或用云厂商的命令行工具），并更新 client-certificate 和 client-key。</translation>
    </message>
    <message>
        <source>The client certificate of user &quot;%1&quot; (%2) is not valid before %3.</source>
        <translation>用户“%1”的客户端证书（%2）在 %3 之前无效。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>请检查本机时钟。</translation>
    </message>
    <message>
        <source>none was found</source>
        <translation>未找到任何文件</translation>
    </message>
    <message>
        <source>No kubeconfig file was found, so there is no cluster to use.</source>
        <translation>未找到 kubeconfig 文件，因此没有可用的集群。</translation>
    </message>
    <message>
        <source>Point $KUBECONFIG or --kubeconfig at one, or create ~/.kube/config (your cluster&apos;s provider has a command that writes it).</source>
        <translation>请让 $KUBECONFIG 或 --kubeconfig 指向一个 kubeconfig 文件，或创建 ~/.kube/config（集群提供商有生成它的命令）。</translation>
    </message>
</context>
<context>
    <name>ConnectVerb</name>
    <message>
        <source>ktdesk-cli connect: unknown --mode &quot;%1&quot;.</source>
        <translation>ktdesk-cli connect：未知的 --mode &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Connected. Proxy: socks5h://%1:%2 and http://%1:%2</source>
        <translation>已连接。代理：socks5h://%1:%2 和 http://%1:%2</translation>
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
        <translation>用法：ktdesk-cli connect [参数]

通过影子 Pod 将本机接入集群网络。

参数：
      --mode MODE               socks（默认；也可写 socks5、proxy）：SOCKS5 和 HTTP 代理，
                                无需特权。vpn（也可写 tun2socks、sshuttle）：所有程序
                                都能访问集群；需为 KtDesk 的网络辅助程序授予一次管理员权限
                                （pkexec）。
      --dnsMode MODE            vpn 模式：localDNS（默认；localDNS:IP[:PORT],... 指定解析
                                其他名称的服务器）或 hosts（hosts:ns1,ns2：哪些命名空间的
                                Service；默认当前命名空间）
      --clusterDomain DOMAIN    集群的 DNS 域（默认 cluster.local）
      --includeIps CIDR,...     vpn 模式：额外发往集群的网络
      --excludeIps CIDR,...     vpn 模式：永不发往集群的网络
      --disablePodIp            vpn 模式：只包含 Service 网络，不包含 Pod 网络
      --shareShadow             使用共享影子 kt-connect-shadow-daemon（不存在则创建；
                                最后一个断开的人删除它）
      --proxyPort PORT          代理端口（默认 2223）
      --proxyAddr ADDR          代理地址（默认 127.0.0.1；其他地址会对外暴露代理）
      --sshKeyType TYPE         ed25519（默认）或 rsa

全局参数（-n、-c、--context、-i、-l、--withAnnotation、--podCreationTimeout、
--portForwardTimeout 等）：见 ktdesk-cli --help。
然后使用 socks5h://127.0.0.1:2223（名称在集群中解析）或 http://127.0.0.1:2223。
按 Ctrl-C 断开连接并删除影子 Pod。
</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: &quot;%1&quot; is not a DNS server address (IP or IP:PORT).</source>
        <translation>ktdesk-cli connect：“%1”不是 DNS 服务器地址（IP 或 IP:PORT）。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --dnsMode podDNS is not supported; use localDNS (which asks the cluster DNS for cluster names) or hosts.</source>
        <translation>ktdesk-cli connect：不支持 --dnsMode podDNS；请使用 localDNS（集群名称会向集群 DNS 查询）或 hosts。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: --dnsMode is localDNS[:servers] or hosts[:namespaces], not &quot;%1&quot;.</source>
        <translation>ktdesk-cli connect：--dnsMode 应为 localDNS[:servers] 或 hosts[:namespaces]，而不是“%1”。</translation>
    </message>
    <message>
        <source>Connected. %1</source>
        <translation>已连接。%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain.</source>
        <translation>“%1”不是 DNS 域名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>--sshKeyType is ed25519 or rsa.</source>
        <translation>--sshKeyType 只能是 ed25519 或 rsa。</translation>
    </message>
    <message>
        <source>ktdesk-cli connect: takes no arguments, only flags (got &quot;%1&quot;).</source>
        <translation>ktdesk-cli connect：不接受参数，只接受选项（收到了“%1”）。</translation>
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
        <source>ktdesk-cli contexts: unexpected argument &quot;%1&quot;.</source>
        <translation>ktdesk-cli contexts：意外的参数 &quot;%1&quot;。</translation>
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
    <message>
        <source>unknown output format &quot;%1&quot;; use json.</source>
        <translation>未知的输出格式“%1”；请使用 json。</translation>
    </message>
</context>
<context>
    <name>ExchangeVerb</name>
    <message>
        <source>ktdesk-cli exchange: one Service or deployment at a time (got &quot;%1&quot; too).</source>
        <translation>ktdesk-cli exchange：一次只能指定一个 Service 或 Deployment（还指定了 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: name the Service or deploy/NAME to exchange.</source>
        <translation>ktdesk-cli exchange：请指定要交换的 Service 或 deploy/NAME。</translation>
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
        <translation>用法：ktdesk-cli exchange &lt;service | deploy/NAME&gt; --expose LOCAL[:REMOTE][,...] [参数]

通过影子 Pod 将该 Service 的流量转到本机端口。

参数：
      --expose PORTS            本地端口，或 local:remote（remote 为该 Service 的目标端口）
      --mode MODE               selector（默认）：让 Service 指向影子 Pod；
                                scale：将 Deployment 缩容到 0，由带有其 Pod 标签的影子 Pod
                                提供服务（kt-connect 最初的模式）；不支持 ephemeral
      --recoverWaitTime S       scale：恢复时等待副本就绪的秒数（默认 120）

全局参数（-n、-c、--context、-i、-l、--podCreationTimeout 等）：见 ktdesk-cli --help。
按 Ctrl-C 恢复该 Service（scale：恢复 Deployment 的副本数）并删除影子 Pod。
</translation>
    </message>
    <message>
        <source>ktdesk-cli exchange: --mode ephemeral is not supported by KtDesk; use --mode selector or --mode scale.</source>
        <translation>ktdesk-cli exchange：KtDesk 不支持 --mode ephemeral；请使用 --mode selector 或 --mode scale。</translation>
    </message>
    <message>
        <source>Exchanged. Deployment %1 is scaled to 0; requests to its pods now come to local port(s) %2.</source>
        <translation>已交换。Deployment %1 已缩容到 0；发往其 Pod 的请求现在会转到本地端口 %2。</translation>
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
        <translation>用法：ktdesk-cli forward &lt;service&gt; [LOCAL[:REMOTE]] [参数]

通过该 Service 后面一个就绪的 Pod，将本地端口转发到该 Service 的端口。
该 Pod 消失后，新连接会转到另一个就绪的 Pod。

  LOCAL      本地端口（默认：与 Service 端口号相同；0：任意空闲端口）
  REMOTE     Service 的端口（默认：其唯一端口，或与 LOCAL 相同的端口，
             否则为第一个端口）

参数：
      --address ADDR            监听地址（默认 127.0.0.1）

全局参数（-n、-c、--context、--portForwardTimeout 等）：见 ktdesk-cli --help。
按 Ctrl-C 关闭转发；集群中不会有任何更改。
</translation>
    </message>
    <message>
        <source>ktdesk-cli forward: name one Service, optionally followed by LOCAL[:REMOTE].</source>
        <translation>ktdesk-cli forward：请指定一个 Service，后面可跟 LOCAL[:REMOTE]。</translation>
    </message>
    <message>
        <source>ktdesk-cli forward: &quot;%1&quot; is not LOCAL[:REMOTE] (ports 1 to 65535; LOCAL may be 0).</source>
        <translation>ktdesk-cli forward：“%1”不是 LOCAL[:REMOTE] 格式（端口 1 到 65535；LOCAL 可以为 0）。</translation>
    </message>
    <message>
        <source>Forwarding %1:%2 to Service %3 (pod %4).</source>
        <translation>正在将 %1:%2 转发到 Service %3（Pod %4）。</translation>
    </message>
    <message>
        <source>--address wants an IP address, not &quot;%1&quot;.</source>
        <translation>--address 需要 IP 地址，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
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
        <source>Shadow image (default: kt-connect&apos;s shadow v0.3.7)</source>
        <translation>影子镜像（默认：kt-connect 的 shadow v0.3.7）</translation>
    </message>
    <message>
        <source>Verbose logging</source>
        <translation>输出详细日志</translation>
    </message>
    <message>
        <source>Extra labels on the shadow pod</source>
        <translation>影子 Pod 的额外标签</translation>
    </message>
    <message>
        <source>Extra annotations on the shadow pod</source>
        <translation>影子 Pod 的额外注解</translation>
    </message>
    <message>
        <source>Seconds to wait for a port-forward (default 10)</source>
        <translation>等待端口转发的秒数（默认 10）</translation>
    </message>
    <message>
        <source>Seconds to wait for the shadow pod (default 60)</source>
        <translation>等待影子 Pod 的秒数（默认 60）</translation>
    </message>
    <message>
        <source>Not supported: KtDesk&apos;s shadows are always plain pods</source>
        <translation>不支持：KtDesk 的影子始终是普通 Pod</translation>
    </message>
    <message>
        <source>Heartbeats in local time (KtDesk always does)</source>
        <translation>心跳使用本地时间（KtDesk 始终如此）</translation>
    </message>
    <message>
        <source>%1 is a switch: true or false, not &quot;%2&quot;.</source>
        <translation>%1 是开关：应为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation>%1 需要一个秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 wants key=value[,key=value], not &quot;%2&quot;.</source>
        <translation>%1 需要 key=value[,key=value] 格式，而不是“%2”。</translation>
    </message>
    <message>
        <source>Pull secret for the shadow image</source>
        <translation>影子镜像的拉取凭据</translation>
    </message>
    <message>
        <source>Service account of the shadow pod</source>
        <translation>影子 Pod 的服务账号</translation>
    </message>
    <message>
        <source>Node selector of the shadow pod</source>
        <translation>影子 Pod 的节点选择器</translation>
    </message>
    <message>
        <source>Shadow pod&apos;s CPU and memory limits</source>
        <translation>影子 Pod 的 CPU 和内存限制</translation>
    </message>
    <message>
        <source>Always pull the shadow image</source>
        <translation>总是拉取影子镜像</translation>
    </message>
    <message>
        <source>%1 wants CPU cores and memory like 0.5c,512m (m: MiB, g: GiB), not &quot;%2&quot;.</source>
        <translation>%1 需要形如 0.5c,512m 的 CPU 核数和内存（m：MiB，g：GiB），而不是“%2”。</translation>
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
    <name>Kt::App::DemoClusterLauncher</name>
    <message>
        <source>The demo cluster comes with KtDesk&apos;s source code: run ./installer/dev.sh demo there.</source>
        <translation>演示集群随 KtDesk 源码提供：请在源码目录中运行 ./installer/dev.sh demo。</translation>
    </message>
    <message>
        <source>The demo cluster started but named no kubeconfig.</source>
        <translation>演示集群已启动，但没有给出 kubeconfig。</translation>
    </message>
    <message>
        <source>Starting the demo cluster (the first time builds it, which takes a few minutes)…</source>
        <translation>正在启动演示集群（首次启动需要构建，需几分钟）…</translation>
    </message>
    <message>
        <source>Creating the demo workloads…</source>
        <translation>正在创建演示工作负载…</translation>
    </message>
    <message>
        <source>Connecting to the demo cluster…</source>
        <translation>正在连接演示集群…</translation>
    </message>
    <message>
        <source>ktcluster %1 failed: %2</source>
        <translation>ktcluster %1 失败：%2</translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>无法运行 %1。</translation>
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
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed more than %2 KiB; stopped it.</source>
        <translation>exec 凭据插件“%1”输出超过 %2 KiB；已将其停止。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::HttpUpgrade</name>
    <message>
        <source>the %1 upgrade at %2 did not finish within %3 s</source>
        <translation>%2 处的 %1 升级未在 %3 秒内完成</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the %2 upgrade</source>
        <translation>%1 在 %2 升级期间关闭了连接</translation>
    </message>
    <message>
        <source>%1 answered the %2 upgrade with an overlong header line</source>
        <translation>%1 对 %2 升级的应答中有过长的头部行</translation>
    </message>
    <message>
        <source>%1 did not answer the %2 upgrade with HTTP</source>
        <translation>%1 未以 HTTP 应答 %2 升级</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
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
    <message>
        <source>No pod to forward port %1 to in namespace %2.</source>
        <translation>命名空间 %2 中没有可将端口 %1 转发到的 Pod。</translation>
    </message>
    <message>
        <source>Wait until a pod is ready.</source>
        <translation>请等待 Pod 就绪。</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::SpdyPortForward</name>
    <message>
        <source>%1 accepted the SPDY upgrade but not the protocol %2 (it chose &quot;%3&quot;)</source>
        <translation>%1 接受了 SPDY 升级，但不接受协议 %2（它选择了“%3”）</translation>
    </message>
    <message>
        <source>%1 sent a SPDY frame of %2 bytes, more than the limit of %3</source>
        <translation>%1 发送了 %2 字节的 SPDY 帧，超过了 %3 的上限</translation>
    </message>
    <message>
        <source>%1 broke the SPDY protocol: %2</source>
        <translation>%1 违反了 SPDY 协议：%2</translation>
    </message>
    <message>
        <source>%1 refused the port-forward stream for port %2 (SPDY status %3)</source>
        <translation>%1 拒绝了端口 %2 的端口转发流（SPDY 状态 %3）</translation>
    </message>
    <message>
        <source>%1 ended the SPDY connection before the port-forward streams were set up</source>
        <translation>%1 在端口转发流建立之前结束了 SPDY 连接</translation>
    </message>
</context>
<context>
    <name>Kt::Kube::StreamWebSocket</name>
    <message>
        <source>%1 answered the WebSocket upgrade with a wrong Sec-WebSocket-Accept</source>
        <translation>%1 对 WebSocket 升级的应答中 Sec-WebSocket-Accept 错误</translation>
    </message>
    <message>
        <source>%1 accepted none of the WebSocket protocols %2 (it chose &quot;%3&quot;)</source>
        <translation>%1 不接受任何 WebSocket 协议 %2（它选择了 &quot;%3&quot;）</translation>
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
    <name>Kt::Kube::UpgradedConnection</name>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <source>%1 closed the %2 connection before it was ready</source>
        <translation>%1 在 %2 连接就绪之前关闭了它</translation>
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
    <name>Kt::Platform::NetnsScope</name>
    <message>
        <source>&quot;%1&quot; is not a network namespace name.</source>
        <translation>“%1”不是网络命名空间名称。</translation>
    </message>
    <message>
        <source>Cannot read this thread&apos;s network namespace.</source>
        <translation>无法读取当前线程的网络命名空间。</translation>
    </message>
    <message>
        <source>Cannot enter the network namespace %1.</source>
        <translation>无法进入网络命名空间 %1。</translation>
    </message>
    <message>
        <source>It must exist (ip netns add) and KtDesk must run as root to use it.</source>
        <translation>该命名空间必须存在（ip netns add），且 KtDesk 必须以 root 身份运行才能使用它。</translation>
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
    <name>Kt::Secrets::ThreadedSecretStore</name>
    <message>
        <source>The keychain was closed before secret %1 was handled.</source>
        <translation>在处理密钥 %1 之前，钥匙串已关闭。</translation>
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
        <translation>手动恢复</translation>
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
    <name>Kt::Session::ClusterAccess</name>
    <message>
        <source>TLS verification is OFF for cluster %1 (insecure-skip-tls-verify in the kubeconfig, context %2): the API server&apos;s identity is not checked, so anyone on the network path could read or change what KtDesk sends, credentials included. Set certificate-authority(-data) instead.</source>
        <translation>集群 %1 的 TLS 验证已关闭（kubeconfig 上下文 %2 中设置了 insecure-skip-tls-verify）：不会校验 API 服务器的身份，网络路径上的任何人都可能读取或篡改 KtDesk 发送的内容，包括凭据。请改为设置 certificate-authority(-data)。</translation>
    </message>
    <message>
        <source>Reading the kubeconfig was interrupted.</source>
        <translation>读取 kubeconfig 的过程被中断。</translation>
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
    <message>
        <source>names in the hosts file</source>
        <translation>hosts 文件中的名称</translation>
    </message>
    <message>
        <source>DNS through %1</source>
        <translation>DNS 经由 %1</translation>
    </message>
    <message>
        <source>VPN to %1; %2</source>
        <translation>到 %1 的 VPN；%2</translation>
    </message>
    <message>
        <source>VPN to %1</source>
        <translation>到 %1 的 VPN</translation>
    </message>
    <message>
        <source>Leaving shared shadow pod %1</source>
        <translation>正在离开共享影子 Pod %1</translation>
    </message>
    <message>
        <source>Restoring this machine&apos;s routing and DNS</source>
        <translation>正在恢复本机的路由和 DNS</translation>
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
        <translation>Service %1 已被交换或 Mesh（它带有 kt-selector）。</translation>
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
    <message>
        <source>Reading deployment %1</source>
        <translation>正在读取 Deployment %1</translation>
    </message>
    <message>
        <source>Service %1 of these pods is already exchanged or meshed (it carries kt-selector).</source>
        <translation>这些 Pod 的 Service %1 已被交换或 Mesh（它带有 kt-selector）。</translation>
    </message>
    <message>
        <source>Finding the deployment behind Service %1</source>
        <translation>正在查找 Service %1 背后的 Deployment</translation>
    </message>
    <message>
        <source>No deployment runs the pods of Service %1.</source>
        <translation>没有任何 Deployment 运行 Service %1 的 Pod。</translation>
    </message>
    <message>
        <source>Scale mode needs a Deployment; use --mode selector for other workloads.</source>
        <translation>Scale 模式需要一个 Deployment；其他工作负载请使用 --mode selector。</translation>
    </message>
    <message>
        <source>Service %1 selects the pods of several deployments: %2.</source>
        <translation>Service %1 选中了多个 Deployment 的 Pod：%2。</translation>
    </message>
    <message>
        <source>Name one: ktdesk-cli exchange deploy/NAME --mode scale</source>
        <translation>请指定其中一个：ktdesk-cli exchange deploy/NAME --mode scale</translation>
    </message>
    <message>
        <source>exchange deployment %1 (%2, scale mode)</source>
        <translation>交换 Deployment %1（%2，Scale 模式）</translation>
    </message>
    <message>
        <source>Deployment %1 has no pod labels, so no Service can select a shadow in its place.</source>
        <translation>Deployment %1 的 Pod 没有标签，因此没有 Service 能选中代替它的影子 Pod。</translation>
    </message>
    <message>
        <source>Deployment %1 is being changed by someone else right now (kt-lock).</source>
        <translation>Deployment %1 此刻正被他人修改（kt-lock）。</translation>
    </message>
    <message>
        <source>Deployment %1 is already exchanged in scale mode by %2 (shadow %3).</source>
        <translation>Deployment %1 已被 %2 以 Scale 模式交换（影子 Pod %3）。</translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli clean (or recover the Service).</source>
        <translation>如果已无人使用，请运行：ktdesk-cli clean（或恢复该 Service）。</translation>
    </message>
    <message>
        <source>Locking deployment %1</source>
        <translation>正在锁定 Deployment %1</translation>
    </message>
    <message>
        <source>Scaling deployment %1 to 0</source>
        <translation>正在将 Deployment %1 缩容到 0</translation>
    </message>
    <message numerus="yes">
        <source>Traffic of deployment %1 comes to this machine (scaled to 0 from %n replica(s))</source>
        <translation>
            <numerusform>Deployment %1 的流量转到本机（已从 %n 个副本缩容到 0）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling deployment %1 back to %n replica(s)</source>
        <translation>
            <numerusform>正在将 Deployment %1 恢复到 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment %1 has %2 of %3 replicas ready; removing the shadow anyway</source>
        <translation>Deployment %1 的 %3 个副本中有 %2 个就绪；仍将删除影子 Pod</translation>
    </message>
    <message>
        <source>Waiting for deployment %1: %2 of %3 replicas ready</source>
        <translation>正在等待 Deployment %1：%3 个副本中有 %2 个就绪</translation>
    </message>
    <message>
        <source>Restoring deployment %1</source>
        <translation>正在恢复 Deployment %1</translation>
    </message>
    <message>
        <source>Deployment %1 restored</source>
        <translation>Deployment %1 已恢复</translation>
    </message>
</context>
<context>
    <name>Kt::Session::ForwardSession</name>
    <message>
        <source>Watching the pods of %1 again (%2)</source>
        <translation>重新监视 %1 的 Pod（%2）</translation>
    </message>
    <message>
        <source>Reading the kubeconfig</source>
        <translation>正在读取 kubeconfig</translation>
    </message>
    <message>
        <source>forward %1 (%2)</source>
        <translation>转发 %1（%2）</translation>
    </message>
    <message>
        <source>Reading Service %1</source>
        <translation>正在读取 Service %1</translation>
    </message>
    <message>
        <source>Service %1 has no selector, so it has no pods to forward to.</source>
        <translation>Service %1 没有 selector，因此没有可转发到的 Pod。</translation>
    </message>
    <message>
        <source>Forward a Service that selects pods.</source>
        <translation>请转发一个选中 Pod 的 Service。</translation>
    </message>
    <message>
        <source>Service %1 has no TCP port to forward.</source>
        <translation>Service %1 没有可转发的 TCP 端口。</translation>
    </message>
    <message>
        <source>Service %1 has no port %2 (its ports: %3).</source>
        <translation>Service %1 没有端口 %2（它的端口：%3）。</translation>
    </message>
    <message>
        <source>Give LOCAL:REMOTE with REMOTE one of those.</source>
        <translation>请用 LOCAL:REMOTE 指定，REMOTE 为其中之一。</translation>
    </message>
    <message>
        <source>Service port %1 goes to the pods&apos; port named &quot;%2&quot;</source>
        <translation>Service 端口 %1 指向 Pod 上名为“%2”的端口</translation>
    </message>
    <message>
        <source>Lost the watch on the pods of %1; reconnecting</source>
        <translation>对 %1 的 Pod 的监视已断开；正在重连</translation>
    </message>
    <message>
        <source>Waiting for a ready pod behind Service %1</source>
        <translation>正在等待 Service %1 后面有就绪的 Pod</translation>
    </message>
    <message>
        <source>%1:%2 to Service %3 port %4</source>
        <translation>%1:%2 到 Service %3 的端口 %4</translation>
    </message>
    <message>
        <source>Pod %1 is gone or not ready</source>
        <translation>Pod %1 已消失或未就绪</translation>
    </message>
    <message>
        <source>No ready pod behind Service %1; waiting for one</source>
        <translation>Service %1 后面没有就绪的 Pod；正在等待</translation>
    </message>
    <message>
        <source>Pod %1 is gone or not ready; new connections go to pod %2</source>
        <translation>Pod %1 已消失或未就绪；新连接将转到 Pod %2</translation>
    </message>
    <message>
        <source>Forwarding to pod %1 port %2</source>
        <translation>正在转发到 Pod %1 的端口 %2</translation>
    </message>
    <message>
        <source>%1:%2 goes to Service %3 port %4</source>
        <translation>%1:%2 转到 Service %3 的端口 %4</translation>
    </message>
    <message>
        <source>Closing the forward of %1</source>
        <translation>正在关闭 %1 的转发</translation>
    </message>
    <message>
        <source>Forward of %1 closed</source>
        <translation>%1 的转发已关闭</translation>
    </message>
</context>
<context>
    <name>Kt::Session::LaptopNetwork</name>
    <message>
        <source>Finding the cluster&apos;s pod and service networks</source>
        <translation>正在查找集群的 Pod 和 Service 网络</translation>
    </message>
    <message>
        <source>No pod or service network found in the cluster.</source>
        <translation>在集群中没有找到 Pod 或 Service 网络。</translation>
    </message>
    <message>
        <source>Name the networks with --includeIps.</source>
        <translation>请用 --includeIps 指定这些网络。</translation>
    </message>
    <message>
        <source>Cluster networks: %1</source>
        <translation>集群网络：%1</translation>
    </message>
    <message>
        <source>Asking for administrator rights to change routing and DNS</source>
        <translation>正在请求管理员权限以更改路由和 DNS</translation>
    </message>
    <message>
        <source>Starting KtDesk&apos;s network helper</source>
        <translation>正在启动 KtDesk 的网络辅助程序</translation>
    </message>
    <message>
        <source>Undone what a crashed session left: %1</source>
        <translation>已撤销崩溃会话遗留的更改：%1</translation>
    </message>
    <message>
        <source>Redirecting the cluster&apos;s networks</source>
        <translation>正在重定向集群网络</translation>
    </message>
    <message>
        <source>Writing the cluster&apos;s Service names to the hosts file</source>
        <translation>正在将集群的 Service 名称写入 hosts 文件</translation>
    </message>
    <message>
        <source>Could not add a new Service&apos;s network: %1</source>
        <translation>无法添加新 Service 的网络：%1</translation>
    </message>
    <message>
        <source>Cluster networks now: %1</source>
        <translation>当前集群网络：%1</translation>
    </message>
    <message>
        <source>Pointing the cluster&apos;s DNS names at KtDesk&apos;s DNS server</source>
        <translation>正在将集群的 DNS 名称指向 KtDesk 的 DNS 服务器</translation>
    </message>
</context>
<context>
    <name>Kt::Session::MeshSession</name>
    <message>
        <source>&quot;%1&quot; cannot be a version header: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter.</source>
        <translation>“%1”不能作为版本请求头：请使用小写字母、数字、“-”和“_”，并以字母开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a version: use at most 32 lowercase letters, digits and &apos;-&apos;.</source>
        <translation>“%1”不能作为版本：最多使用 32 个小写字母、数字和“-”。</translation>
    </message>
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
        <translation>请用 --expose 指定本地端口。</translation>
    </message>
    <message>
        <source>mesh works on a Service; &quot;%1&quot; is not one.</source>
        <translation>mesh 作用于 Service；“%1”不是 Service。</translation>
    </message>
    <message>
        <source>Name the Service that selects the deployment&apos;s pods.</source>
        <translation>请指定选中该 Deployment 的 Pod 的 Service。</translation>
    </message>
    <message>
        <source>mesh %1 (%2, %3: %4)</source>
        <translation>Mesh %1（%2，%3: %4）</translation>
    </message>
    <message>
        <source>Reading Service %1</source>
        <translation>正在读取 Service %1</translation>
    </message>
    <message>
        <source>Service %1 is exchanged by someone (it carries kt-selector), so it cannot be meshed.</source>
        <translation>Service %1 已被他人交换（它带有 kt-selector），因此无法 Mesh。</translation>
    </message>
    <message>
        <source>If nobody uses it any more, run: ktdesk-cli recover %1</source>
        <translation>如果已无人使用，请运行：ktdesk-cli recover %1</translation>
    </message>
    <message>
        <source>Service %1 has no selector, so its traffic cannot be routed.</source>
        <translation>Service %1 没有 selector，因此无法路由它的流量。</translation>
    </message>
    <message>
        <source>Service %1 is being changed by someone else (kt-lock).</source>
        <translation>Service %1 正被他人修改（kt-lock）。</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>请过一分钟再试。</translation>
    </message>
    <message>
        <source>Waiting for another user&apos;s change to Service %1 (kt-lock)</source>
        <translation>正在等待其他用户完成对 Service %1 的修改（kt-lock）</translation>
    </message>
    <message>
        <source>Cannot tell which port number &quot;%1&quot; (target port of Service %2) is: no pod of it is ready.</source>
        <translation>无法确定“%1”（Service %2 的目标端口）对应的端口号：它没有任何就绪的 Pod。</translation>
    </message>
    <message>
        <source>Start the workload, or give the Service a numeric target port.</source>
        <translation>请启动该工作负载，或为该 Service 设置数字形式的目标端口。</translation>
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
        <source>%1 already meshes Service %2 as version &quot;%3&quot; (pod %4).</source>
        <translation>%1 已以版本“%3”Mesh 了 Service %2（Pod %4）。</translation>
    </message>
    <message>
        <source>Choose another version with --versionMark %1:NAME.</source>
        <translation>请用 --versionMark %1:NAME 选择另一个版本。</translation>
    </message>
    <message>
        <source>Preparing Service %1</source>
        <translation>正在准备 Service %1</translation>
    </message>
    <message>
        <source>Service %1 exists but was not made by kt.</source>
        <translation>Service %1 已存在，但不是由 kt 创建的。</translation>
    </message>
    <message>
        <source>Rename or remove it before meshing %1.</source>
        <translation>请先重命名或删除它，再 Mesh %1。</translation>
    </message>
    <message>
        <source>Creating Service %1</source>
        <translation>正在创建 Service %1</translation>
    </message>
    <message>
        <source>Service %1 already exists.</source>
        <translation>Service %1 已存在。</translation>
    </message>
    <message>
        <source>Choose another version with --versionMark %1:NAME, or run ktdesk-cli clean.</source>
        <translation>请用 --versionMark %1:NAME 选择另一个版本，或运行 ktdesk-cli clean。</translation>
    </message>
    <message>
        <source>Adding the route for %1: %2</source>
        <translation>正在添加 %1: %2 的路由</translation>
    </message>
    <message>
        <source>The router of Service %1 routes on header &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Service %1 的路由器按请求头“%2”路由，而不是“%3”。</translation>
    </message>
    <message>
        <source>Use --versionMark %1:%2</source>
        <translation>请使用 --versionMark %1:%2</translation>
    </message>
    <message>
        <source>Creating the router %1</source>
        <translation>正在创建路由器 %1</translation>
    </message>
    <message>
        <source>The router %1 did not start within %2 s.</source>
        <translation>路由器 %1 未在 %2 秒内启动。</translation>
    </message>
    <message>
        <source>Check that the image %1 can be pulled (--routerImage).</source>
        <translation>请检查能否拉取镜像 %1（--routerImage）。</translation>
    </message>
    <message>
        <source>Waiting for the router %1</source>
        <translation>正在等待路由器 %1</translation>
    </message>
    <message>
        <source>Pointing Service %1 at the router</source>
        <translation>正在让 Service %1 指向路由器</translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation>正在打开影子 Pod 的端口</translation>
    </message>
    <message>
        <source>Requests to %1 with header &quot;%2: %3&quot; come to this machine</source>
        <translation>发往 %1 且带有请求头“%2: %3”的请求转到本机</translation>
    </message>
    <message>
        <source>Leaving the mesh of Service %1</source>
        <translation>正在退出 Service %1 的 Mesh</translation>
    </message>
    <message>
        <source>Left the mesh of Service %1</source>
        <translation>已退出 Service %1 的 Mesh</translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation>未能全部删除；请运行 ktdesk-cli clean --localOnly</translation>
    </message>
</context>
<context>
    <name>Kt::Session::PreviewSession</name>
    <message>
        <source>Reading the kubeconfig</source>
        <translation>正在读取 kubeconfig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a Service name.</source>
        <translation>“%1”不能用作 Service 名称。</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>请使用小写字母、数字和“-”，以字母开头（最多 63 个字符）。</translation>
    </message>
    <message>
        <source>Nothing to expose.</source>
        <translation>没有要暴露的端口。</translation>
    </message>
    <message>
        <source>Give --expose with the local port.</source>
        <translation>请用 --expose 指定本地端口。</translation>
    </message>
    <message>
        <source>preview %1 (%2)</source>
        <translation>预览 %1（%2）</translation>
    </message>
    <message>
        <source>Creating Service %1</source>
        <translation>正在创建 Service %1</translation>
    </message>
    <message>
        <source>A Service named %1 already exists in %2.</source>
        <translation>%2 中已存在名为 %1 的 Service。</translation>
    </message>
    <message>
        <source>Pick another name for the preview.</source>
        <translation>请为预览换一个名称。</translation>
    </message>
    <message>
        <source>Opening the shadow&apos;s ports</source>
        <translation>正在打开影子 Pod 的端口</translation>
    </message>
    <message>
        <source>Service %1 serves from this machine</source>
        <translation>Service %1 现由本机提供服务</translation>
    </message>
    <message>
        <source>Removing Service %1</source>
        <translation>正在删除 Service %1</translation>
    </message>
    <message>
        <source>Service %1 removed</source>
        <translation>Service %1 已删除</translation>
    </message>
    <message>
        <source>Could not remove everything; run ktdesk-cli clean --localOnly</source>
        <translation>未能全部删除；请运行 ktdesk-cli clean --localOnly</translation>
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
    <message>
        <source>The tunnel to the cluster dropped: %1</source>
        <translation>到集群的隧道已断开：%1</translation>
    </message>
    <message>
        <source>KtDesk reconnects on its own; connections that were open have to be made again.</source>
        <translation>KtDesk 会自动重新连接；之前打开的连接需要重新建立。</translation>
    </message>
</context>
<context>
    <name>Kt::Session::SessionManager</name>
    <message>
        <source>the machine woke up</source>
        <translation>本机已从休眠中唤醒</translation>
    </message>
    <message>
        <source>the network changed</source>
        <translation>网络已变化</translation>
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
    <message>
        <source>The tunnel to %1 is not open.</source>
        <translation>到 %1 的隧道尚未打开。</translation>
    </message>
    <message>
        <source>A request could not reach local port %1: %2</source>
        <translation>请求无法到达本地端口 %1：%2</translation>
    </message>
    <message>
        <source>Shadow pod %1 was deleted</source>
        <translation>影子 Pod %1 已被删除</translation>
    </message>
    <message>
        <source>shadow pod %1 was deleted</source>
        <translation>影子 Pod %1 已被删除</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>Looking for the shared shadow %1</source>
        <translation>正在查找共享影子 %1</translation>
    </message>
    <message>
        <source>Generating the shared shadow&apos;s SSH key</source>
        <translation>正在生成共享影子的 SSH 密钥</translation>
    </message>
    <message>
        <source>Creating shared shadow pod %1</source>
        <translation>正在创建共享影子 Pod %1</translation>
    </message>
    <message>
        <source>Joining shared shadow pod %1</source>
        <translation>正在加入共享影子 Pod %1</translation>
    </message>
    <message>
        <source>The shared shadow is being deleted; connect again in a moment.</source>
        <translation>共享影子正在被删除；请稍后再连接。</translation>
    </message>
    <message>
        <source>Cannot read the key of the shared shadow %1.</source>
        <translation>无法读取共享影子 %1 的密钥。</translation>
    </message>
    <message>
        <source>Reading Secrets in this namespace is needed to share a shadow; or connect without --shareShadow.</source>
        <translation>共享影子需要读取该命名空间中的 Secret；或者不带 --shareShadow 连接。</translation>
    </message>
    <message>
        <source>The tunnel to %1 dropped: %2</source>
        <translation>到 %1 的隧道已断开：%2</translation>
    </message>
    <message>
        <source>no answer from shadow pod %1 for %2 s (the network may be down)</source>
        <translation>影子 Pod %1 已 %2 秒没有应答（网络可能已断开）</translation>
    </message>
</context>
<context>
    <name>Kt::Session::UndoAction</name>
    <message>
        <source>The journal names no usable network helper (&quot;%1&quot;).</source>
        <translation>日志中没有可用的网络辅助程序（“%1”）。</translation>
    </message>
    <message>
        <source>KtDesk did not get administrator rights to undo the network changes a crashed session left on this machine.</source>
        <translation>KtDesk 未获得管理员权限，无法撤销崩溃会话在本机留下的网络更改。</translation>
    </message>
    <message>
        <source>KtDesk&apos;s network helper could not undo the network changes a crashed session left (exit code %1).</source>
        <translation>KtDesk 的网络辅助程序未能撤销崩溃会话留下的网络更改（退出码 %1）。</translation>
    </message>
    <message>
        <source>Run ktdesk-cli clean --localOnly to try again.</source>
        <translation>请运行 ktdesk-cli clean --localOnly 重试。</translation>
    </message>
    <message>
        <source>Cannot start KtDesk&apos;s network helper %1 to undo the network changes a crashed session left.</source>
        <translation>无法启动 KtDesk 的网络辅助程序 %1 来撤销崩溃会话留下的网络更改。</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>restore %1: %2</source>
        <translation>恢复 %1：%2</translation>
    </message>
    <message>
        <source>leave the shared %1 (deleted when no one else uses it)</source>
        <translation>退出共享的 %1（无人再使用时将其删除）</translation>
    </message>
    <message>
        <source>restore this machine&apos;s network settings (nftables table, DNS, hosts file)</source>
        <translation>恢复本机的网络设置（nftables 表、DNS、hosts 文件）</translation>
    </message>
    <message>
        <source>leave the mesh of Service %1/%2 (version %3)</source>
        <translation>退出 Service %1/%2 的 Mesh 路由（版本 %3）</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>未知步骤“%1”</translation>
    </message>
</context>
<context>
    <name>Kt::Settings::AppSettings</name>
    <message>
        <source>Could not write the settings to %1.</source>
        <translation>无法将设置写入 %1。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查该目录是否存在且可写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference.</source>
        <translation>“%1”不是有效的镜像引用。</translation>
    </message>
    <message>
        <source>Use the form registry/name:tag, or leave it empty for the default.</source>
        <translation>请使用 registry/name:tag 的形式，或留空以使用默认镜像。</translation>
    </message>
    <message>
        <source>A port must be from 1 to 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The proxy and the DNS server cannot share port %1.</source>
        <translation>代理和 DNS 服务器不能共用端口 %1。</translation>
    </message>
    <message>
        <source>The heartbeat must be from 10 to 240 seconds.</source>
        <translation>心跳间隔必须在 10 到 240 秒之间。</translation>
    </message>
    <message>
        <source>Sessions count as stale after 5 minutes without one (kt-connect&apos;s rule).</source>
        <translation>超过 5 分钟没有心跳的会话将被视为过期（kt-connect 的规则）。</translation>
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
    <name>Kt::Ui::AppShell</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::Autostart</name>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation>无法删除自启动项 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of that file and its folder.</source>
        <translation>请检查该文件及其所在目录的权限。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the autostart entry.</source>
        <translation>无法为自启动项创建目录 %1。</translation>
    </message>
    <message>
        <source>Check that your configuration folder is writable.</source>
        <translation>请检查你的配置目录是否可写。</translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1.</source>
        <translation>无法写入自启动项 %1。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ContextListModel</name>
    <message>
        <source>%1 (current)</source>
        <comment>kubeconfig current-context</comment>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context</source>
        <translation>kubeconfig 的当前上下文</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::DashboardModel</name>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>mesh router</source>
        <translation>Mesh 路由器</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>stale (%1)</source>
        <translation>已过期（%1）</translation>
    </message>
    <message>
        <source>No heartbeat for over 5 minutes: the session that made this is gone. &quot;Clean stale…&quot; removes it and restores what it changed.</source>
        <translation>超过 5 分钟没有心跳：创建它的会话已不存在。“清理过期项…”会删除它并恢复它所做的更改。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::DashboardWindow</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh now (%1); the list also refreshes on its own</source>
        <translation>立即刷新（%1）；列表也会自动刷新</translation>
    </message>
    <message>
        <source>&amp;Clean stale…</source>
        <translation>清理过期项(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove what crashed or abandoned sessions left in the cluster, and restore what they changed</source>
        <translation>删除崩溃或被遗弃的会话在集群中留下的对象，并恢复它们所做的更改</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>仪表盘 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster refused: %1&lt;/b&gt;&lt;br/&gt;Your account lacks a permission KtDesk needs here. Ask your cluster administrator to grant the Role in &lt;tt&gt;resources/rbac/ktdesk-role.yaml&lt;/tt&gt; (it lists pods, ConfigMaps, Services and Deployments, and may delete what kt sessions left behind) in this namespace.</source>
        <translation>&lt;b&gt;集群拒绝了请求：%1&lt;/b&gt;&lt;br/&gt;你的账号缺少 KtDesk 在此处所需的权限。请联系集群管理员，在该命名空间中授予 &lt;tt&gt;resources/rbac/ktdesk-role.yaml&lt;/tt&gt; 中的 Role（它可以列出 Pod、ConfigMap、Service 和 Deployment，并可删除 kt 会话遗留的对象）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Your credentials were rejected or have expired: log in to the cluster again (e.g. renew the token in your kubeconfig), then Refresh.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;你的凭据被拒绝或已过期：请重新登录集群（例如更新 kubeconfig 中的令牌），然后刷新。</translation>
    </message>
    <message>
        <source>Could not refresh at %1</source>
        <translation>%1 刷新失败</translation>
    </message>
    <message numerus="yes">
        <source>%n session object(s), %1 stale — updated %2</source>
        <translation>
            <numerusform>%n 个会话对象，%1 个已过期 — 更新于 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session object(s), none stale — updated %1</source>
        <translation>
            <numerusform>%n 个会话对象，均未过期 — 更新于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding what is stale…</source>
        <translation>正在查找过期项…</translation>
    </message>
    <message>
        <source>Nothing is stale: every kt session in the cluster has a recent heartbeat.</source>
        <translation>没有过期项：集群中每个 kt 会话都有最近的心跳。</translation>
    </message>
    <message>
        <source>Clean stale sessions</source>
        <translation>清理过期会话</translation>
    </message>
    <message numerus="yes">
        <source>KtDesk will make these %n change(s) in the cluster:</source>
        <translation>
            <numerusform>KtDesk 将在集群中进行以下 %n 项更改：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned: %n change(s) made.</source>
        <translation>
            <numerusform>清理完成：已进行 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s) could not be made:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;有 %n 项更改未能完成：&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kt::Ui::EventListModel</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ExchangeDialog</name>
    <message>
        <source>Exchange %1</source>
        <translation>交换 %1</translation>
    </message>
    <message>
        <source>Port in the cluster:</source>
        <translation>集群中的端口：</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>No Service selects the pods of %1, so there is no traffic to exchange. Expose it with a Service first.</source>
        <translation>没有 Service 选中 %1 的 Pod，因此没有可交换的流量。请先用 Service 暴露它。</translation>
    </message>
    <message>
        <source>Service %1 has no port to exchange.</source>
        <translation>Service %1 没有可交换的端口。</translation>
    </message>
    <message>
        <source>Choose one of the Service&apos;s target ports.</source>
        <translation>请选择该 Service 的一个目标端口。</translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there, or requests will fail.</source>
        <translation>本地端口 %1 上还没有程序在监听：请在该端口启动你的服务，否则请求会失败。</translation>
    </message>
    <message>
        <source>Selector: point the Service at KtDesk</source>
        <translation>Selector：让 Service 指向 KtDesk</translation>
    </message>
    <message>
        <source>Scale: replace the pods</source>
        <translation>Scale：替换 Pod</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Scale: a stand-in pod takes the place of Deployment &lt;b&gt;%1&lt;/b&gt;, which is scaled to 0 until you stop the session; then its pods start again.</source>
        <translation>Scale：一个替身 Pod 取代 Deployment &lt;b&gt;%1&lt;/b&gt;，该 Deployment 会缩容到 0，直到你停止会话；之后它的 Pod 会重新启动。</translation>
    </message>
    <message>
        <source>Scale: a stand-in pod takes the place of the pods of Service &lt;b&gt;%1&lt;/b&gt;, whose Deployment is scaled to 0 until you stop the session.</source>
        <translation>Scale：一个替身 Pod 取代 Service &lt;b&gt;%1&lt;/b&gt; 的 Pod，其 Deployment 会缩容到 0，直到你停止会话。</translation>
    </message>
    <message>
        <source>Selector: every request to the Services of Deployment &lt;b&gt;%1&lt;/b&gt; comes to a port on this computer instead of its pods, until you stop the session.</source>
        <translation>Selector：在你停止会话之前，发往 Deployment &lt;b&gt;%1&lt;/b&gt; 的各个 Service 的所有请求都会转到本机的一个端口，而不是它的 Pod。</translation>
    </message>
    <message>
        <source>Selector: every request to Service &lt;b&gt;%1&lt;/b&gt; comes to a port on this computer instead of its pods, until you stop the session.</source>
        <translation>Selector：在你停止会话之前，发往 Service &lt;b&gt;%1&lt;/b&gt; 的所有请求都会转到本机的一个端口，而不是它的 Pod。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::ForwardDialog</name>
    <message>
        <source>Forward %1</source>
        <translation>转发 %1</translation>
    </message>
    <message>
        <source>A port on this computer leads to a port of the Service, and keeps doing so when its pods restart. Nothing changes in the cluster.</source>
        <translation>本机的一个端口通向该 Service 的一个端口，即使其 Pod 重启也保持有效。集群中不会有任何更改。</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service：</translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation>Service 端口：</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>No Service with a TCP port leads to %1: there is nothing to forward.</source>
        <translation>没有带 TCP 端口的 Service 指向 %1：没有可转发的内容。</translation>
    </message>
    <message>
        <source>Local port %1 is already in use; choose another.</source>
        <translation>本地端口 %1 已被占用；请换一个。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::LogModel</name>
    <message>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainController</name>
    <message>
        <source>Context %1: %2</source>
        <translation>上下文 %1：%2</translation>
    </message>
    <message>
        <source>KtDesk could not undo everything a crash left: %1</source>
        <translation>KtDesk 未能撤销崩溃遗留的全部更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>KtDesk restored %n change(s) left by a crash.</source>
        <translation>
            <numerusform>KtDesk 已恢复崩溃遗留的 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to recover for Deployment %1: no Service of it carries kt changes.</source>
        <translation>Deployment %1 无需恢复：它的 Service 都没有 kt 的更改。</translation>
    </message>
    <message>
        <source>Service %1 needs no recovery.</source>
        <translation>Service %1 无需恢复。</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Recover Service %1? This undoes what kt sessions changed, even if someone still uses it:

%2</source>
        <translation>恢复 Service %1？这会撤销 kt 会话所做的更改，即使仍有人在使用它：

%2</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %1: %n change(s) undone.</source>
        <translation>
            <numerusform>已恢复 %1：撤销了 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 (context %2):</source>
        <translation>会话 %1（上下文 %2）：</translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s current one</source>
        <translation>kubeconfig 的当前上下文</translation>
    </message>
    <message numerus="yes">
        <source>KtDesk restored %n change(s) left by a crash, but could not undo the rest.</source>
        <translation>
            <numerusform>KtDesk 已恢复崩溃遗留的 %n 项更改，但无法撤销其余更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>KtDesk could not undo the changes a crash left.</source>
        <translation>KtDesk 无法撤销崩溃遗留的更改。</translation>
    </message>
    <message>
        <source>Changes Left by a Crash</source>
        <translation>崩溃遗留的更改</translation>
    </message>
    <message numerus="yes">
        <source>%1

Retry when the cluster can be reached again. Keep them to have KtDesk try again at the next start. Forget them only if the cluster is gone or you undid them yourself: %n change(s) then stay as they are.</source>
        <translation>
            <numerusform>%1

集群可以再次访问时，请选择“重试”。选择“保留”，KtDesk 会在下次启动时再试。只有在集群已不存在或您已亲手撤销这些更改时才选择“忘记”：这 %n 项更改将保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation>保留到下次启动(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>忘记这些更改(&amp;F)</translation>
    </message>
    <message>
        <source>Undoing the changes left by a crash…</source>
        <translation>正在撤销崩溃遗留的更改…</translation>
    </message>
    <message numerus="yes">
        <source>KtDesk forgot %n change(s) left by a crash; the cluster keeps them.</source>
        <translation>
            <numerusform>KtDesk 已忘记崩溃遗留的 %n 项更改；它们仍留在集群中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KtDesk keeps %n change(s) left by a crash and tries again at the next start (or run Clean…).</source>
        <translation>
            <numerusform>KtDesk 保留崩溃遗留的 %n 项更改，并将在下次启动时重试（也可运行“清理…”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MainWindow</name>
    <message>
        <source>KtDesk</source>
        <translation>KtDesk</translation>
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
    <message>
        <source>Reading the kubeconfig…</source>
        <translation>正在读取 kubeconfig…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Reach pod and service addresses of this cluster from this computer</source>
        <translation>从本机访问该集群的 Pod 和 Service 地址</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run Local Service…</source>
        <translation>运行本地服务(&amp;R)…</translation>
    </message>
    <message>
        <source>Make a port on this computer a new Service in the cluster</source>
        <translation>将本机的一个端口发布为集群中的新 Service</translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation>清理(&amp;L)…</translation>
    </message>
    <message>
        <source>Restore what crashed or abandoned kt sessions left</source>
        <translation>恢复崩溃或被遗弃的 kt 会话遗留的内容</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>仪表盘(&amp;H)</translation>
    </message>
    <message>
        <source>Every kt session in this cluster</source>
        <translation>该集群中的所有 kt 会话</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>The kubeconfig context to browse; switching stops nothing</source>
        <translation>要浏览的 kubeconfig 上下文；切换不会停止任何会话</translation>
    </message>
    <message>
        <source>&lt;p&gt;KtDesk reads the same kubeconfig as kubectl. To add one:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ask your cluster administrator for a kubeconfig file and save it as &lt;tt&gt;~/.kube/config&lt;/tt&gt;;&lt;/li&gt;&lt;li&gt;or let your cloud&apos;s tool write it, e.g. &lt;tt&gt;gcloud container clusters get-credentials&lt;/tt&gt;, &lt;tt&gt;aws eks update-kubeconfig&lt;/tt&gt;, &lt;tt&gt;az aks get-credentials&lt;/tt&gt;;&lt;/li&gt;&lt;li&gt;or point &lt;tt&gt;KUBECONFIG&lt;/tt&gt; at the files you use.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;No cluster at hand? The local demo cluster runs on this computer only: &lt;tt&gt;./installer/dev.sh demo&lt;/tt&gt; in KtDesk&apos;s source folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KtDesk 读取与 kubectl 相同的 kubeconfig。添加方法：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;向集群管理员索取 kubeconfig 文件，并保存为 &lt;tt&gt;~/.kube/config&lt;/tt&gt;；&lt;/li&gt;&lt;li&gt;或让云厂商的工具写入，例如 &lt;tt&gt;gcloud container clusters get-credentials&lt;/tt&gt;、&lt;tt&gt;aws eks update-kubeconfig&lt;/tt&gt;、&lt;tt&gt;az aks get-credentials&lt;/tt&gt;；&lt;/li&gt;&lt;li&gt;或将 &lt;tt&gt;KUBECONFIG&lt;/tt&gt; 指向你使用的文件。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;手头没有集群？本地演示集群只在本机运行：在 KtDesk 源码目录中执行 &lt;tt&gt;./installer/dev.sh demo&lt;/tt&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start the Local Demo Cluster</source>
        <translation>启动本地演示集群</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Filter by name, namespace, image, port or status (Ctrl+F)</source>
        <translation>按名称、命名空间、镜像、端口或状态筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>交换(&amp;E)…</translation>
    </message>
    <message>
        <source>All traffic to %1 comes to a port on this computer</source>
        <translation>发往 %1 的所有流量都转到本机的一个端口</translation>
    </message>
    <message>
        <source>&amp;Mesh…</source>
        <translation>Mesh(&amp;M)…</translation>
    </message>
    <message>
        <source>Only requests with your version header come to this computer</source>
        <translation>只有带你的版本请求头的请求才会转到本机</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>转发(&amp;F)…</translation>
    </message>
    <message>
        <source>A port of %1 becomes a port on this computer</source>
        <translation>将 %1 的一个端口映射为本机端口</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Undo what kt sessions changed on %1</source>
        <translation>撤销 kt 会话对 %1 所做的更改</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>复制名称(&amp;C)</translation>
    </message>
    <message>
        <source>No kubeconfig</source>
        <translation>没有 kubeconfig</translation>
    </message>
    <message>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig：%1</translation>
    </message>
    <message>
        <source>%1 — KtDesk</source>
        <translation>%1 — KtDesk</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>工作负载(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::MeshDialog</name>
    <message>
        <source>Mesh %1</source>
        <translation>Mesh %1</translation>
    </message>
    <message>
        <source>Automatic: KtDesk routes by the header</source>
        <translation>自动：由 KtDesk 按请求头路由</translation>
    </message>
    <message>
        <source>Manual: I apply the Istio rules</source>
        <translation>手动：我自己应用 Istio 规则</translation>
    </message>
    <message>
        <source>e.g. kt-version:alice (empty: a random version)</source>
        <translation>例如 kt-version:alice（留空：随机版本）</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <source>Version header:</source>
        <translation>版本请求头：</translation>
    </message>
    <message>
        <source>Port in the cluster:</source>
        <translation>集群中的端口：</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>No Service leads to %1, so there are no requests to mesh.</source>
        <translation>没有 Service 指向 %1，因此没有可 Mesh 的请求。</translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there, or requests with your header will fail.</source>
        <translation>本地端口 %1 上还没有程序在监听：请在该端口启动你的服务，否则带你请求头的请求会失败。</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service：</translation>
    </message>
    <message>
        <source>Manual: your version of &lt;b&gt;%1&lt;/b&gt; runs next to its pods with your version&apos;s label; the Istio rules KtDesk shows send requests with your header to it.</source>
        <translation>手动：你的 &lt;b&gt;%1&lt;/b&gt; 版本带着你的版本标签与它的 Pod 并行运行；按 KtDesk 给出的 Istio 规则，带有你的请求头的请求会发往你的版本。</translation>
    </message>
    <message>
        <source>Automatic: only requests to &lt;b&gt;%1&lt;/b&gt; that carry your version header come to a port on this computer; everyone else&apos;s still reach its pods.</source>
        <translation>自动：只有发往 &lt;b&gt;%1&lt;/b&gt; 且带有你的版本请求头的请求才会转到本机的一个端口；其他人的请求仍然到达它的 Pod。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version mark: %2 Write header:version (e.g. kt-version:alice), a version alone, or header: for a random version.</source>
        <translation>“%1”不是版本标记：%2 请写成 请求头:版本（例如 kt-version:alice），或只写版本，或写成 请求头: 以使用随机版本。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::NamespaceListModel</name>
    <message>
        <source>All namespaces</source>
        <translation>所有命名空间</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::PodListModel</name>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::PreviewDialog</name>
    <message>
        <source>Run Local Service</source>
        <translation>运行本地服务</translation>
    </message>
    <message>
        <source>A port on this computer becomes a new Service in namespace &lt;b&gt;%1&lt;/b&gt;, reachable by the cluster&apos;s pods, until you stop the session.</source>
        <translation>在你停止会话之前，本机的一个端口将成为命名空间 &lt;b&gt;%1&lt;/b&gt; 中的一个新 Service，集群中的 Pod 可以访问它。</translation>
    </message>
    <message>
        <source>e.g. my-feature</source>
        <translation>例如 my-feature</translation>
    </message>
    <message>
        <source>Also reachable from outside the cluster (LoadBalancer)</source>
        <translation>也允许从集群外部访问（LoadBalancer）</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Service 名称：</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation>Service 端口：</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Name the new Service.</source>
        <translation>请为新 Service 命名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Service name: lower-case letters, digits and &apos;-&apos;, starting with a letter, at most 63 characters.</source>
        <translation>“%1”不是有效的 Service 名称：只能使用小写字母、数字和“-”，以字母开头，最多 63 个字符。</translation>
    </message>
    <message>
        <source>Namespace %1 already has a Service named %2.</source>
        <translation>命名空间 %1 中已有名为 %2 的 Service。</translation>
    </message>
    <message>
        <source>Nothing listens on local port %1 yet: start your service there.</source>
        <translation>本地端口 %1 上还没有程序在监听：请在该端口启动你的服务。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SessionModel</name>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Creating shadow pod</source>
        <translation>正在创建影子 Pod</translation>
    </message>
    <message>
        <source>Waiting for pod</source>
        <translation>正在等待 Pod</translation>
    </message>
    <message>
        <source>Opening tunnel</source>
        <translation>正在打开隧道</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation>↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SessionsDock</name>
    <message>
        <source>Check input and cluster</source>
        <translation>检查输入和集群</translation>
    </message>
    <message>
        <source>Create the shadow pod</source>
        <translation>创建影子 Pod</translation>
    </message>
    <message>
        <source>Wait for the pod to run</source>
        <translation>等待 Pod 运行</translation>
    </message>
    <message>
        <source>Open the tunnel</source>
        <translation>打开隧道</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No sessions. Connect from the toolbar or the tray, or right-click a workload to exchange it.</source>
        <translation>没有会话。可从工具栏或托盘连接，或右键单击工作负载进行交换。</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the session and undo everything it changed</source>
        <translation>停止会话并撤销它所做的全部更改</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the shown messages (or the selected ones)</source>
        <translation>复制显示的消息（或选中的消息）</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>所有会话</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the session from the list</source>
        <translation>从列表中移除该会话</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::SettingsDialog</name>
    <message>
        <source>KtDesk Settings</source>
        <translation>KtDesk 设置</translation>
    </message>
    <message>
        <source>&amp;Cluster and network</source>
        <translation>集群与网络(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>桌面(&amp;D)</translation>
    </message>
    <message>
        <source>The image of the shadow pods KtDesk creates; kt-connect&apos;s shadow image works as is.</source>
        <translation>KtDesk 创建的影子 Pod 所用的镜像；可直接使用 kt-connect 的影子镜像。</translation>
    </message>
    <message>
        <source>&amp;Shadow image:</source>
        <translation>影子镜像(&amp;S)：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The image of the router pod that mesh puts in front of a Service.</source>
        <translation>Mesh 在 Service 前放置的路由 Pod 所用的镜像。</translation>
    </message>
    <message>
        <source>&amp;Router image:</source>
        <translation>路由镜像(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often KtDesk marks its objects in the cluster as alive. Others may clean them after 5 minutes without a heartbeat.</source>
        <translation>KtDesk 多久将其在集群中的对象标记为存活一次。超过 5 分钟没有心跳，其他人可能会清理它们。</translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation>心跳间隔(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 and HTTP on this machine, no privileges</source>
        <translation>代理：本机上的 SOCKS5 和 HTTP 代理，无需特权</translation>
    </message>
    <message>
        <source>VPN: every program reaches the cluster (asks for privileges once)</source>
        <translation>VPN：所有程序都能访问集群（需授权一次）</translation>
    </message>
    <message>
        <source>Connect &amp;mode:</source>
        <translation>连接模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Proxy port:</source>
        <translation>代理端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Local DNS server for the cluster domains</source>
        <translation>为集群域名提供本地 DNS 服务器</translation>
    </message>
    <message>
        <source>Entries in /etc/hosts</source>
        <translation>写入 /etc/hosts 条目</translation>
    </message>
    <message>
        <source>&amp;DNS (VPN mode):</source>
        <translation>DNS（VPN 模式）(&amp;D)：</translation>
    </message>
    <message>
        <source>DNS server p&amp;ort:</source>
        <translation>DNS 服务器端口(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.0/16, one per line</source>
        <translation>例如 10.0.0.0/16，每行一个</translation>
    </message>
    <message>
        <source>&amp;Include CIDRs:</source>
        <translation>包含的 CIDR(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. 10.1.2.0/24, one per line</source>
        <translation>例如 10.1.2.0/24，每行一个</translation>
    </message>
    <message>
        <source>E&amp;xclude CIDRs:</source>
        <translation>排除的 CIDR(&amp;X)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when KtDesk starts again.</source>
        <translation>新语言将在 KtDesk 下次启动时生效。</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Start KtDesk when I &amp;log in</source>
        <translation>登录时启动 KtDesk(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::TrayController</name>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>%1: the tunnel dropped. KtDesk is reconnecting.</source>
        <translation>%1：隧道已断开，KtDesk 正在重新连接。</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation>%1 已恢复正常。</translation>
    </message>
    <message>
        <source>unknown cause</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>Session failed</source>
        <translation>会话失败</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>KtDesk: not connected</source>
        <translation>KtDesk：未连接</translation>
    </message>
    <message numerus="yes">
        <source>KtDesk: %n session(s), some still starting or reconnecting</source>
        <translation>
            <numerusform>KtDesk：%n 个会话，部分仍在启动或重连</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KtDesk: %n session(s) active</source>
        <translation>
            <numerusform>KtDesk：%n 个会话运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>KtDesk: a session failed; open the window for details</source>
        <translation>KtDesk：有会话失败；打开窗口查看详情</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>连接到 %1(&amp;C)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;window</source>
        <translation>在窗口中显示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>显示窗口(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit KtDesk</source>
        <translation>退出 KtDesk</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n session(s) and quit?</source>
        <translation>
            <numerusform>停止 %n 个会话并退出？</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change these sessions made in the cluster and on this computer is undone first.</source>
        <translation>这些会话在集群和本机上所做的每一项更改都会先被撤销。</translation>
    </message>
    <message>
        <source>Stop and &amp;quit</source>
        <translation>停止并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>KtDesk: stopping every session before quitting</source>
        <translation>KtDesk：正在停止所有会话，随后退出</translation>
    </message>
    <message>
        <source>KtDesk is still running</source>
        <translation>KtDesk 仍在运行</translation>
    </message>
    <message>
        <source>Your sessions keep running. Use the tray icon to show the window or to quit.</source>
        <translation>你的会话仍在运行。可通过托盘图标显示窗口或退出。</translation>
    </message>
</context>
<context>
    <name>Kt::Ui::WorkloadTableModel</name>
    <message>
        <source>Exchanged</source>
        <translation>已交换</translation>
    </message>
    <message>
        <source>Exchanged by %1</source>
        <translation>已被 %1 交换</translation>
    </message>
    <message>
        <source>Meshed</source>
        <translation>已 Mesh</translation>
    </message>
    <message>
        <source>Meshed by %1</source>
        <translation>已被 %1 Mesh</translation>
    </message>
    <message>
        <source>Previewed</source>
        <translation>已预览</translation>
    </message>
    <message>
        <source>Previewed by %1</source>
        <translation>已被 %1 预览</translation>
    </message>
    <message>
        <source>Left by a crashed session</source>
        <translation>崩溃会话遗留</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>kt changed this Service but no session serves it any more. Right-click → Recover restores it.</source>
        <translation>kt 修改过这个 Service，但已没有会话在为它服务。右键单击 → 恢复 可将其还原。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>Images / ports</source>
        <translation>镜像 / 端口</translation>
    </message>
    <message>
        <source>KtDesk</source>
        <translation>KtDesk</translation>
    </message>
</context>
<context>
    <name>Kt::Workspace::ClusterBrowser</name>
    <message>
        <source>The kubeconfig (%1) defines no context.</source>
        <translation>kubeconfig（%1）中没有定义任何上下文。</translation>
    </message>
    <message>
        <source>Add a cluster with kubectl config set-context, or start the demo cluster.</source>
        <translation>请用 kubectl config set-context 添加集群，或启动演示集群。</translation>
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
        <translation>用法：ktdesk-cli mesh &lt;service&gt; --expose LOCAL[:REMOTE][,...] [参数]

只把带有你的版本请求头的请求转到本机端口；其他人的请求仍然到达该 Service 的 Pod。

参数：
      --expose PORTS            本地端口，或 local:remote（remote 为该 Service 的目标端口）
      --mode MODE               auto（默认）：在 Service 前放置一个路由 Pod（标准 nginx），
                                按请求头路由；多个用户共用它。
                                manual：只创建影子 Pod（标签 KEY=VERSION）并给出要应用的 Istio 规则
      --versionMark MARK        VERSION、KEY: 或 KEY:VERSION（默认键为 kt-version，版本为 5 个随机
                                字母）：带有请求头“KEY: VERSION”的请求会转到本机
      --routerImage IMAGE       路由器的 nginx 镜像（默认 %1）
      --istioFile FILE          manual：同时把 Istio 规则写入 FILE

全局参数（-n、-c、--context、-i、-l、--podCreationTimeout 等）：见 ktdesk-cli --help。

名称以 grpc*、http2* 或 h2c* 开头（或 appProtocol 为 grpc/h2c）的端口按 HTTP/2（gRPC）路由；
其他端口按 HTTP/1.1 路由。按 Ctrl-C 撤下你的路由；最后一个退出的用户会恢复该 Service。
</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: one Service at a time (got &quot;%1&quot; too).</source>
        <translation>ktdesk-cli mesh：一次只能指定一个 Service（还指定了“%1”）。</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: name the Service to mesh.</source>
        <translation>ktdesk-cli mesh：请指定要 Mesh 的 Service。</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: unknown --mode &quot;%1&quot; (auto or manual).</source>
        <translation>ktdesk-cli mesh：未知的 --mode“%1”（应为 auto 或 manual）。</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: --istioFile goes with --mode manual.</source>
        <translation>ktdesk-cli mesh：--istioFile 需与 --mode manual 一起使用。</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: %1</source>
        <translation>ktdesk-cli mesh：%1</translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation>必须指定 --expose。</translation>
    </message>
    <message>
        <source>ktdesk-cli mesh: cannot write %1: %2</source>
        <translation>ktdesk-cli mesh：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Meshed (manual). Apply the Istio rules above; then requests to %1 with header &quot;%2: %3&quot; come to local port(s) %4.</source>
        <translation>已 Mesh（手动）。请应用上面的 Istio 规则；之后发往 %1 且带有请求头“%2: %3”的请求会转到本地端口 %4。</translation>
    </message>
    <message>
        <source>Meshed. Requests to %1 with header &quot;%2: %3&quot; now come to local port(s) %4; others still reach its pods.</source>
        <translation>已 Mesh。发往 %1 且带有请求头“%2: %3”的请求现在会转到本地端口 %4；其他请求仍然到达它的 Pod。</translation>
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
        <source>ktdesk-cli preview: one Service name at a time (got &quot;%1&quot; too).</source>
        <translation>ktdesk-cli preview：一次只能指定一个 Service 名称（还收到了“%1”）。</translation>
    </message>
    <message>
        <source>ktdesk-cli preview: name the Service to create.</source>
        <translation>ktdesk-cli preview：请指定要创建的 Service 名称。</translation>
    </message>
    <message>
        <source>ktdesk-cli preview: %1</source>
        <translation>ktdesk-cli preview：%1</translation>
    </message>
    <message>
        <source>--expose is required.</source>
        <translation>必须指定 --expose。</translation>
    </message>
    <message>
        <source>Previewing. Service %1 serves from this machine (%2).</source>
        <translation>预览中。Service %1 现由本机提供服务（%2）。</translation>
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
        <translation>用法：ktdesk-cli preview &lt;name&gt; --expose LOCAL[:REMOTE][,...] [--external]
      ktdesk-cli run &lt;name&gt; --port 8088 --expose

将本地端口发布为集群中的新 Service &lt;name&gt;，由影子 Pod 提供服务。

参数：
      --expose PORTS            本地端口，或 local:remote（Service 的端口）
      --port PORT               旧写法：要发布的端口（与不带值的 --expose 一起使用）
      --external                创建 LoadBalancer 类型的 Service，而不是 ClusterIP

全局参数（-n、-c、--context、-i、-l、--podCreationTimeout 等）：见 ktdesk-cli --help。
按 Ctrl-C 删除该 Service 和影子 Pod。
</translation>
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
    <message>
        <source>ktdesk-cli: warning: %1</source>
        <translation>ktdesk-cli：警告：%1</translation>
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
    <name>VerbFlags</name>
    <message>
        <source>%1 wants a number of seconds, not &quot;%2&quot;.</source>
        <translation>%1 需要一个秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 wants a port from 1 to 65535, not &quot;%2&quot;.</source>
        <translation>%1 需要 1 到 65535 之间的端口，而不是“%2”。</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;. See ktdesk-cli %2 --help.</source>
        <translation>未知参数“%1”。请参阅 ktdesk-cli %2 --help。</translation>
    </message>
    <message>
        <source>%1 is a switch: true or false, not &quot;%2&quot;.</source>
        <translation>%1 是开关：应为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
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
    <message>
        <source>KtDesk: Kubernetes development tunnels on the desktop.</source>
        <translation>KtDesk：桌面上的 Kubernetes 开发隧道。</translation>
    </message>
    <message>
        <source>Start hidden in the tray when the desktop has one (the autostart entry uses this).</source>
        <translation>如果桌面有系统托盘，则启动时隐藏到托盘（自启动项使用此选项）。</translation>
    </message>
</context>
</TS>
