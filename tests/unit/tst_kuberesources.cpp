#include "kube/resources/configmap.h"
#include "kube/resources/deployment.h"
#include "kube/resources/endpoints.h"
#include "kube/resources/endpointslice.h"
#include "kube/resources/event.h"
#include "kube/resources/namespace.h"
#include "kube/resources/node.h"
#include "kube/resources/pod.h"
#include "kube/resources/replicaset.h"
#include "kube/resources/secret.h"
#include "kube/resources/service.h"

#include <QJsonDocument>
#include <QTest>

using namespace Kt::Kube;

namespace {

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

QString mapText(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1Char(','));
}

QString metaText(const ObjectMeta &meta)
{
    QString text
        = QStringLiteral("key=%1 uid=%2 rv=%3").arg(meta.key(), meta.uid, meta.resourceVersion);
    if (!meta.labels.isEmpty())
        text += QStringLiteral(" labels=") + mapText(meta.labels);
    if (meta.creationTimestamp.isValid())
        text += QStringLiteral(" created=") + meta.creationTimestamp.toString(Qt::ISODate);
    if (const auto owner = meta.controller())
        text += QStringLiteral(" owner=%1/%2").arg(owner->kind, owner->name);
    return text;
}

QString containersText(const QList<Container> &containers)
{
    QStringList parts;
    for (const Container &container : containers) {
        QStringList ports;
        for (const Container::Port &port : container.ports)
            ports.append(QStringLiteral("%1:%2/%3")
                             .arg(port.name)
                             .arg(port.containerPort)
                             .arg(port.protocol));
        parts.append(container.name + QLatin1Char('=') + container.image
            + (ports.isEmpty()
                    ? QString()
                    : QLatin1Char('[') + ports.join(QLatin1Char(' ')) + QLatin1Char(']')));
    }
    return parts.join(QLatin1Char(','));
}

template<typename T>
Kt::Result<QString> summarize(const QJsonObject &json, QString (*text)(const T &))
{
    const Kt::Result<T> parsed = T::fromJson(json);
    if (!parsed)
        return parsed.error();
    if (parsed->raw != json)
        return Kt::Error {Kt::ErrorCode::Internal, QStringLiteral("raw differs"), {}, {}};
    return text(parsed.value());
}

QString namespaceText(const Namespace &ns)
{
    return metaText(ns.metadata) + QStringLiteral(" phase=") + ns.phase;
}

QString nodeText(const Node &node)
{
    return metaText(node.metadata)
        + QStringLiteral(" ready=%1 ip=%2 cidrs=%3 kubelet=%4")
              .arg(node.isReady())
              .arg(node.address(QStringLiteral("InternalIP")), joined(node.podCidrs),
                  node.kubeletVersion);
}

QString deploymentText(const Deployment &deployment)
{
    return metaText(deployment.metadata)
        + QStringLiteral(
            " replicas=%1 ready=%2 available=%3 selector=%4 template=%5 containers=%6 rolledOut=%7")
              .arg(deployment.replicas)
              .arg(deployment.readyReplicas)
              .arg(deployment.availableReplicas)
              .arg(deployment.selector.toString(), mapText(deployment.podTemplate.labels),
                  containersText(deployment.podTemplate.containers))
              .arg(deployment.isRolledOut());
}

QString replicaSetText(const ReplicaSet &replicaSet)
{
    return metaText(replicaSet.metadata)
        + QStringLiteral(" replicas=%1 ready=%2 revision=%3 containers=%4")
              .arg(replicaSet.replicas)
              .arg(replicaSet.readyReplicas)
              .arg(replicaSet.revision())
              .arg(containersText(replicaSet.podTemplate.containers));
}

QString podText(const Pod &pod)
{
    QStringList statuses;
    for (const Pod::ContainerStatus &status : pod.containerStatuses) {
        statuses.append(QStringLiteral("%1:%2:%3:%4")
                            .arg(status.name)
                            .arg(int(status.state))
                            .arg(status.reason)
                            .arg(status.restartCount));
    }
    return metaText(pod.metadata)
        + QStringLiteral(" phase=%1 ip=%2 node=%3 ready=%4 waiting=%5 statuses=%6 containers=%7")
              .arg(pod.phase, pod.podIp, pod.nodeName)
              .arg(pod.isReady())
              .arg(joined(pod.waitingReasons()), statuses.join(QLatin1Char(' ')),
                  containersText(pod.containers));
}

QString serviceText(const Service &service)
{
    QStringList ports;
    for (const Service::Port &port : service.ports) {
        ports.append(
            QStringLiteral("%1:%2->%3(%4)/%5")
                .arg(port.name)
                .arg(port.port)
                .arg(service.targetPortOf(port).toString())
                .arg(port.targetPort.isInt ? QStringLiteral("int") : QStringLiteral("name"))
                .arg(port.protocol));
    }
    return metaText(service.metadata)
        + QStringLiteral(" type=%1 clusterIP=%2 selector=%3 ports=%4")
              .arg(service.type, service.clusterIp, mapText(service.selector),
                  ports.join(QLatin1Char(' ')));
}

QString endpointsText(const Endpoints &endpoints)
{
    QStringList parts;
    for (const Endpoints::Subset &subset : endpoints.subsets) {
        QStringList ready;
        for (const Endpoints::Address &address : subset.addresses)
            ready.append(address.ip + QLatin1Char('@') + address.targetRef.name);
        QStringList notReady;
        for (const Endpoints::Address &address : subset.notReadyAddresses)
            notReady.append(address.ip);
        QStringList ports;
        for (const Endpoints::Port &port : subset.ports)
            ports.append(QStringLiteral("%1:%2").arg(port.name).arg(port.port));
        parts.append(QStringLiteral("[ready=%1 notReady=%2 ports=%3]")
                         .arg(joined(ready), joined(notReady), joined(ports)));
    }
    return metaText(endpoints.metadata) + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

QString endpointSliceText(const EndpointSlice &slice)
{
    QStringList endpoints;
    for (const EndpointSlice::Endpoint &endpoint : slice.endpoints) {
        endpoints.append(QStringLiteral("%1(ready=%2,terminating=%3,%4)")
                             .arg(joined(endpoint.addresses))
                             .arg(endpoint.ready)
                             .arg(endpoint.terminating)
                             .arg(endpoint.targetRef.name));
    }
    QStringList ports;
    for (const EndpointSlice::Port &port : slice.ports)
        ports.append(QStringLiteral("%1:%2").arg(port.name).arg(port.port));
    return metaText(slice.metadata)
        + QStringLiteral(" service=%1 type=%2 endpoints=%3 ports=%4 readyAddresses=%5")
              .arg(slice.serviceName, slice.addressType, endpoints.join(QLatin1Char(' ')),
                  joined(ports), joined(slice.readyAddresses()));
}

QString configMapText(const ConfigMap &configMap)
{
    QStringList binary;
    for (auto it = configMap.binaryData.cbegin(); it != configMap.binaryData.cend(); ++it)
        binary.append(it.key() + QLatin1Char('=') + QString::fromLatin1(it.value().toHex()));
    return metaText(configMap.metadata) + QStringLiteral(" data=") + mapText(configMap.data)
        + QStringLiteral(" binary=") + joined(binary);
}

QString secretText(const Secret &secret)
{
    QStringList data;
    for (auto it = secret.data.cbegin(); it != secret.data.cend(); ++it)
        data.append(it.key() + QLatin1Char('=') + QString::fromUtf8(it.value()));
    return metaText(secret.metadata) + QStringLiteral(" type=") + secret.type
        + QStringLiteral(" data=") + joined(data);
}

QString eventText(const Event &event)
{
    return metaText(event.metadata)
        + QStringLiteral(" type=%1 reason=%2 message=%3 object=%4/%5/%6 count=%7 last=%8 source=%9")
              .arg(event.type, event.reason, event.message, event.involvedObject.kind,
                  event.involvedObject.namespaceName, event.involvedObject.name)
              .arg(event.count)
              .arg(event.lastSeen().toString(Qt::ISODate), event.source);
}

Kt::Result<QString> summarizeKind(const QString &kind, const QJsonObject &json)
{
    if (kind == QLatin1String("Namespace"))
        return summarize<Namespace>(json, namespaceText);
    if (kind == QLatin1String("Node"))
        return summarize<Node>(json, nodeText);
    if (kind == QLatin1String("Deployment"))
        return summarize<Deployment>(json, deploymentText);
    if (kind == QLatin1String("ReplicaSet"))
        return summarize<ReplicaSet>(json, replicaSetText);
    if (kind == QLatin1String("Pod"))
        return summarize<Pod>(json, podText);
    if (kind == QLatin1String("Service"))
        return summarize<Service>(json, serviceText);
    if (kind == QLatin1String("Endpoints"))
        return summarize<Endpoints>(json, endpointsText);
    if (kind == QLatin1String("EndpointSlice"))
        return summarize<EndpointSlice>(json, endpointSliceText);
    if (kind == QLatin1String("ConfigMap"))
        return summarize<ConfigMap>(json, configMapText);
    if (kind == QLatin1String("Secret"))
        return summarize<Secret>(json, secretText);
    if (kind == QLatin1String("Event"))
        return summarize<Event>(json, eventText);
    return Kt::Error {Kt::ErrorCode::Internal, QStringLiteral("no such kind"), {}, {}};
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON: %s at %d: %s", qPrintable(error.errorString()), error.offset, json);
    return document.object();
}

} // namespace

class TestKubeResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void malformed_data();
    void malformed();
    void labelSelector_data();
    void labelSelector();
};

void TestKubeResources::parses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Namespace")
        << QStringLiteral("Namespace")
        << parse(R"({"kind":"Namespace","apiVersion":"v1","metadata":{"name":"shop","uid":"u1",
            "resourceVersion":"5","creationTimestamp":"2024-05-01T10:00:00Z",
            "labels":{"kubernetes.io/metadata.name":"shop"}},"spec":{"finalizers":["kubernetes"]},
            "status":{"phase":"Active"}})")
        << QStringLiteral("key=shop uid=u1 rv=5 labels=kubernetes.io/metadata.name=shop "
                          "created=2024-05-01T10:00:00Z phase=Active");
    QTest::newRow("Node")
        << QStringLiteral("Node")
        << parse(R"({"kind":"Node","apiVersion":"v1","metadata":{"name":"kwok-node-0","uid":"n0",
            "resourceVersion":"9","labels":{"type":"kwok"}},"spec":{"podCIDR":"10.244.0.0/24"},
            "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.4"},
            {"type":"Hostname","address":"kwok-node-0"}],"conditions":[{"type":"Ready",
            "status":"True","reason":"KubeletReady"}],"nodeInfo":{"kubeletVersion":"v1.34.4"}}})")
        << QStringLiteral("key=kwok-node-0 uid=n0 rv=9 labels=type=kwok ready=1 ip=10.0.0.4 "
                          "cidrs=10.244.0.0/24 kubelet=v1.34.4");
    QTest::newRow("Deployment")
        << QStringLiteral("Deployment")
        << parse(R"({"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web",
            "namespace":"shop","uid":"d1","resourceVersion":"100","generation":2},
            "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
            "template":{"metadata":{"labels":{"app":"web","tier":"front"}},
            "spec":{"containers":[{"name":"nginx","image":"nginx:1.25","ports":[{"name":"http",
            "containerPort":80,"protocol":"TCP"}]},{"name":"sidecar","image":"envoy:1"}]}}},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"readyReplicas":2,
            "availableReplicas":2}})")
        << QStringLiteral("key=shop/web uid=d1 rv=100 replicas=3 ready=2 available=2 "
                          "selector=app=web template=app=web,tier=front "
                          "containers=nginx=nginx:1.25[http:80/TCP],sidecar=envoy:1 rolledOut=0");
    QTest::newRow("Deployment with defaults and no status")
        << QStringLiteral("Deployment")
        << parse(R"({"metadata":{"name":"w","namespace":"a"},"spec":{"selector":{
            "matchExpressions":[{"key":"app","operator":"In","values":["w","v"]}]},
            "template":{"spec":{"containers":[{"name":"c","image":"i","ports":[{"containerPort":8080}]}]}}}})")
        << QStringLiteral("key=a/w uid= rv= replicas=1 ready=0 available=0 selector=app in (w,v) "
                          "template= containers=c=i[:8080/TCP] rolledOut=0");
    QTest::newRow("ReplicaSet")
        << QStringLiteral("ReplicaSet")
        << parse(R"({"kind":"ReplicaSet","apiVersion":"apps/v1","metadata":{"name":"web-5d8f",
            "namespace":"shop","uid":"r1","resourceVersion":"101","annotations":{
            "deployment.kubernetes.io/revision":"4"},"ownerReferences":[{"apiVersion":"apps/v1",
            "kind":"Deployment","name":"web","uid":"d1","controller":true}]},"spec":{"replicas":2,
            "selector":{"matchLabels":{"app":"web"}},"template":{"spec":{"containers":[{"name":"nginx",
            "image":"nginx:1.25"}]}}},"status":{"replicas":2,"readyReplicas":1}})")
        << QStringLiteral("key=shop/web-5d8f uid=r1 rv=101 owner=Deployment/web replicas=2 ready=1 "
                          "revision=4 containers=nginx=nginx:1.25");
    QTest::newRow("Pod running and ready")
        << QStringLiteral("Pod")
        << parse(R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-5d8f-abc",
            "namespace":"shop","uid":"p1","resourceVersion":"200","labels":{"app":"web"},
            "ownerReferences":[{"kind":"ReplicaSet","name":"web-5d8f","uid":"r1","controller":true}]},
            "spec":{"nodeName":"kwok-node-1","containers":[{"name":"nginx","image":"nginx:1.25",
            "ports":[{"name":"http","containerPort":80}]}]},"status":{"phase":"Running",
            "podIP":"10.244.0.7","podIPs":[{"ip":"10.244.0.7"}],"conditions":[{"type":"Ready",
            "status":"True"},{"type":"PodScheduled","status":"True"}],"containerStatuses":[{
            "name":"nginx","ready":true,"restartCount":1,"image":"nginx:1.25",
            "state":{"running":{"startedAt":"2024-05-01T10:00:00Z"}}}]}})")
        << QStringLiteral(
               "key=shop/web-5d8f-abc uid=p1 rv=200 labels=app=web owner=ReplicaSet/web-5d8f "
               "phase=Running ip=10.244.0.7 node=kwok-node-1 ready=1 waiting= "
               "statuses=nginx:2::1 containers=nginx=nginx:1.25[http:80/TCP]");
    QTest::newRow("Pod waiting on ImagePullBackOff")
        << QStringLiteral("Pod")
        << parse(R"({"kind":"Pod","metadata":{"name":"p","namespace":"a"},"spec":{"containers":[
            {"name":"app","image":"nope:1"},{"name":"log","image":"busybox"}],"initContainers":[
            {"name":"init","image":"busybox"}]},"status":{"phase":"Pending","conditions":[{
            "type":"Ready","status":"False","reason":"ContainersNotReady"}],
            "initContainerStatuses":[{"name":"init","ready":true,"restartCount":0,"state":{
            "terminated":{"exitCode":0,"reason":"Completed"}}}],"containerStatuses":[{"name":"app",
            "ready":false,"restartCount":0,"state":{"waiting":{"reason":"ImagePullBackOff",
            "message":"Back-off pulling image \"nope:1\""}}},{"name":"log","ready":false,
            "restartCount":3,"state":{"waiting":{"reason":"CrashLoopBackOff"}},"lastState":{
            "terminated":{"reason":"Error","exitCode":1}}}]}})")
        << QStringLiteral("key=a/p uid= rv= phase=Pending ip= node= ready=0 "
                          "waiting=ImagePullBackOff,CrashLoopBackOff "
                          "statuses=app:1:ImagePullBackOff:0 log:1:CrashLoopBackOff:3 "
                          "containers=app=nope:1,log=busybox");
    QTest::newRow("Pod with null creationTimestamp and no status")
        << QStringLiteral("Pod")
        << parse(R"({"metadata":{"name":"p","namespace":"a","creationTimestamp":null},"spec":{}})")
        << QStringLiteral(
               "key=a/p uid= rv= phase= ip= node= ready=0 waiting= statuses= containers=");
    QTest::newRow("Service with int and named targetPorts")
        << QStringLiteral("Service")
        << parse(R"({"kind":"Service","apiVersion":"v1","metadata":{"name":"api","namespace":"shop",
            "uid":"s1","resourceVersion":"300"},"spec":{"type":"ClusterIP","clusterIP":"10.96.4.2",
            "clusterIPs":["10.96.4.2"],"selector":{"app":"api"},"ports":[{"name":"http","port":80,
            "targetPort":8080,"protocol":"TCP"},{"name":"grpc","port":9090,"targetPort":"grpc-port",
            "protocol":"TCP"},{"name":"dns","port":53,"protocol":"UDP"}]}})")
        << QStringLiteral(
               "key=shop/api uid=s1 rv=300 type=ClusterIP clusterIP=10.96.4.2 "
               "selector=app=api ports=http:80->8080(int)/TCP grpc:9090->grpc-port(name)/TCP "
               "dns:53->53(int)/UDP");
    QTest::newRow("Service headless, no type")
        << QStringLiteral("Service")
        << parse(R"({"metadata":{"name":"db","namespace":"a"},"spec":{"clusterIP":"None",
            "ports":[{"port":5432}]}})")
        << QStringLiteral("key=a/db uid= rv= type=ClusterIP clusterIP=None selector= "
                          "ports=:5432->5432(int)/TCP");
    QTest::newRow("Endpoints")
        << QStringLiteral("Endpoints")
        << parse(
               R"({"kind":"Endpoints","apiVersion":"v1","metadata":{"name":"api","namespace":"shop"},
            "subsets":[{"addresses":[{"ip":"10.244.0.7","nodeName":"n1","targetRef":{"kind":"Pod",
            "name":"api-1","namespace":"shop"}},{"ip":"10.244.0.8","targetRef":{"kind":"Pod",
            "name":"api-2"}}],"notReadyAddresses":[{"ip":"10.244.0.9"}],"ports":[{"name":"http",
            "port":8080,"protocol":"TCP"}]}]})")
        << QStringLiteral("key=shop/api uid= rv= [ready=10.244.0.7@api-1,10.244.0.8@api-2 "
                          "notReady=10.244.0.9 ports=http:8080]");
    QTest::newRow("Endpoints without subsets")
        << QStringLiteral("Endpoints")
        << parse(R"({"kind":"Endpoints","metadata":{"name":"e","namespace":"a"}})")
        << QStringLiteral("key=a/e uid= rv= ");
    QTest::newRow("EndpointSlice")
        << QStringLiteral("EndpointSlice")
        << parse(R"({"kind":"EndpointSlice","apiVersion":"discovery.k8s.io/v1","metadata":{
            "name":"api-x7k2","namespace":"shop","labels":{"kubernetes.io/service-name":"api"}},
            "addressType":"IPv4","endpoints":[{"addresses":["10.244.0.7"],"conditions":{"ready":true,
            "serving":true,"terminating":false},"targetRef":{"kind":"Pod","name":"api-1"}},
            {"addresses":["10.244.0.8"],"conditions":{"ready":false,"terminating":true},
            "targetRef":{"kind":"Pod","name":"api-2"}},{"addresses":["10.244.0.9"]}],
            "ports":[{"name":"http","port":8080,"protocol":"TCP"}]})")
        << QStringLiteral(
               "key=shop/api-x7k2 uid= rv= labels=kubernetes.io/service-name=api "
               "service=api type=IPv4 endpoints=10.244.0.7(ready=1,terminating=0,api-1) "
               "10.244.0.8(ready=0,terminating=1,api-2) 10.244.0.9(ready=1,terminating=0,) "
               "ports=http:8080 readyAddresses=10.244.0.7,10.244.0.9");
    QTest::newRow("ConfigMap")
        << QStringLiteral("ConfigMap")
        << parse(R"({"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"kt-shadow",
            "namespace":"a","labels":{"control-by":"kt"}},"data":{"authorized":"ssh-ed25519 AAA",
            "b":""},"binaryData":{"blob":"AAEC"}})")
        << QStringLiteral("key=a/kt-shadow uid= rv= labels=control-by=kt "
                          "data=authorized=ssh-ed25519 AAA,b= binary=blob=000102");
    QTest::newRow("Secret")
        << QStringLiteral("Secret")
        << parse(R"({"kind":"Secret","apiVersion":"v1","metadata":{"name":"s","namespace":"a"},
            "type":"kubernetes.io/basic-auth","data":{"username":"YWRtaW4=","password":"czNjcjN0"}})")
        << QStringLiteral("key=a/s uid= rv= type=kubernetes.io/basic-auth "
                          "data=password=s3cr3t,username=admin");
    QTest::newRow("Event, classic")
        << QStringLiteral("Event")
        << parse(R"({"kind":"Event","apiVersion":"v1","metadata":{"name":"p.17a","namespace":"a"},
            "involvedObject":{"kind":"Pod","namespace":"a","name":"p","uid":"p1",
            "fieldPath":"spec.containers{app}"},"reason":"BackOff","message":"Back-off pulling image",
            "source":{"component":"kubelet","host":"n1"},"firstTimestamp":"2024-05-01T10:00:00Z",
            "lastTimestamp":"2024-05-01T10:05:00Z","count":7,"type":"Warning","eventTime":null})")
        << QStringLiteral("key=a/p.17a uid= rv= type=Warning reason=BackOff "
                          "message=Back-off pulling image object=Pod/a/p count=7 "
                          "last=2024-05-01T10:05:00Z source=kubelet");
    QTest::newRow("Event, new style with series")
        << QStringLiteral("Event")
        << parse(R"({"kind":"Event","metadata":{"name":"e","namespace":"a"},"involvedObject":{
            "kind":"Deployment","namespace":"a","name":"web"},"reason":"ScalingReplicaSet",
            "message":"Scaled up","type":"Normal","eventTime":"2024-05-01T10:00:00.123456Z",
            "series":{"count":3,"lastObservedTime":"2024-05-01T11:00:00.000000Z"},
            "reportingController":"deployment-controller","firstTimestamp":null,"lastTimestamp":null})")
        << QStringLiteral("key=a/e uid= rv= type=Normal reason=ScalingReplicaSet message=Scaled up "
                          "object=Deployment/a/web count=3 last=2024-05-01T11:00:00Z "
                          "source=deployment-controller");
}

void TestKubeResources::parses()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);

    const Kt::Result<QString> summary = summarizeKind(kind, json);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QCOMPARE(summary.value(), expected);
}

void TestKubeResources::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no metadata") << QStringLiteral("Pod") << parse(R"({"kind":"Pod"})")
                                 << QStringLiteral("metadata.name is missing");
    QTest::newRow("metadata is a string")
        << QStringLiteral("ConfigMap") << parse(R"({"metadata":"x"})")
        << QStringLiteral("metadata is a string where an object belongs");
    QTest::newRow("wrong kind") << QStringLiteral("Pod")
                                << parse(R"({"kind":"Service","metadata":{"name":"a"}})")
                                << QStringLiteral("kind is \"Service\", not \"Pod\"");
    QTest::newRow("replicas as string")
        << QStringLiteral("Deployment")
        << parse(R"({"metadata":{"name":"w"},"spec":{"replicas":"3"}})")
        << QStringLiteral("spec.replicas is a string where a number belongs");
    QTest::newRow("replicas fractional")
        << QStringLiteral("Deployment")
        << parse(R"({"metadata":{"name":"w"},"spec":{"replicas":2.5}})")
        << QStringLiteral("spec.replicas is not a whole number");
    QTest::newRow("label value a number")
        << QStringLiteral("Namespace") << parse(R"({"metadata":{"name":"n","labels":{"a":1}}})")
        << QStringLiteral("metadata.labels.a is a number where a string belongs");
    QTest::newRow("containers not a list")
        << QStringLiteral("Pod")
        << parse(R"({"metadata":{"name":"p"},"spec":{"containers":{"name":"c"}}})")
        << QStringLiteral("spec.containers is an object where an array belongs");
    QTest::newRow("container entry not an object")
        << QStringLiteral("Pod")
        << parse(R"({"metadata":{"name":"p"},"spec":{"containers":[{"name":"a"},"b"]}})")
        << QStringLiteral("spec.containers[1] is a string where an object belongs");
    QTest::newRow("bad timestamp")
        << QStringLiteral("Event")
        << parse(R"({"metadata":{"name":"e","creationTimestamp":"yesterday"}})")
        << QStringLiteral("metadata.creationTimestamp is not a time (\"yesterday\")");
    QTest::newRow("targetPort a bool")
        << QStringLiteral("Service")
        << parse(R"({"metadata":{"name":"s"},"spec":{"ports":[{"port":80,"targetPort":true}]}})")
        << QStringLiteral("spec.ports[0].targetPort is neither a number nor a string");
    QTest::newRow("secret data not base64")
        << QStringLiteral("Secret") << parse(R"({"metadata":{"name":"s"},"data":{"token":"@@@"}})")
        << QStringLiteral("data.token is not base64");
    QTest::newRow("endpoint addresses not strings")
        << QStringLiteral("EndpointSlice")
        << parse(R"({"metadata":{"name":"e"},"endpoints":[{"addresses":[1]}]})")
        << QStringLiteral("endpoints[0].addresses[0] is a number where a string belongs");
    QTest::newRow("node conditions a string")
        << QStringLiteral("Node")
        << parse(R"({"metadata":{"name":"n"},"status":{"conditions":"x"}})")
        << QStringLiteral("status.conditions is a string where an array belongs");
    QTest::newRow("first problem wins")
        << QStringLiteral("ReplicaSet")
        << parse(R"({"metadata":{"name":"r","uid":5},"spec":{"replicas":"x"}})")
        << QStringLiteral("metadata.uid is a number where a string belongs");
}

void TestKubeResources::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, json);
    QFETCH(QString, problem);

    const Kt::Result<QString> summary = summarizeKind(kind, json);
    QVERIFY2(!summary.ok(), qPrintable(summary.ok() ? summary.value() : QString()));
    QCOMPARE(summary.error().code, Kt::ErrorCode::Protocol);
    QCOMPARE(summary.error().message,
        QStringLiteral("The API server sent a %1 that KtDesk cannot read: %2.").arg(kind, problem));
    // A secret's value never appears in an error.
    QVERIFY(!summary.error().message.contains(QStringLiteral("@@@")));
    QVERIFY(!summary.error().detail.contains(QStringLiteral("@@@")));
}

void TestKubeResources::labelSelector_data()
{
    QTest::addColumn<QJsonObject>("selector");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("query");

    const QJsonObject complex = parse(R"({"matchLabels":{"app":"web"},"matchExpressions":[
        {"key":"tier","operator":"In","values":["front","edge"]},
        {"key":"canary","operator":"DoesNotExist"},{"key":"env","operator":"NotIn","values":["prod"]},
        {"key":"team","operator":"Exists"}]})");
    const QString query
        = QStringLiteral("app=web,tier in (front,edge),!canary,env notin (prod),team");
    QTest::newRow("empty selects all")
        << QJsonObject() << QStringLiteral("a=b") << true << QString();
    QTest::newRow("all met") << complex << QStringLiteral("app=web,tier=edge,team=x,env=dev")
                             << true << query;
    QTest::newRow("wrong app") << complex << QStringLiteral("app=api,tier=edge,team=x") << false
                               << query;
    QTest::newRow("canary present")
        << complex << QStringLiteral("app=web,tier=edge,team=x,canary=1") << false << query;
    QTest::newRow("prod") << complex << QStringLiteral("app=web,tier=edge,team=x,env=prod") << false
                          << query;
    QTest::newRow("no team") << complex << QStringLiteral("app=web,tier=edge") << false << query;
}

void TestKubeResources::labelSelector()
{
    QFETCH(QJsonObject, selector);
    QFETCH(QString, labels);
    QFETCH(bool, matches);
    QFETCH(QString, query);

    const JsonReader reader(selector);
    const LabelSelector parsed = LabelSelector::read(reader);
    QVERIFY(reader.ok());
    QMap<QString, QString> map;
    for (const QString &pair : labels.split(QLatin1Char(','), Qt::SkipEmptyParts))
        map.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    QCOMPARE(parsed.matches(map), matches);
    QCOMPARE(parsed.toString(), query);
}

QTEST_GUILESS_MAIN(TestKubeResources)
#include "tst_kuberesources.moc"
