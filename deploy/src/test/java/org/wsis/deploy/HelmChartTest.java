package org.wsis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Helm chart, linted and rendered by Helm itself (the native library), every rendered manifest
 * mapped onto the Kubernetes API types with no field left over, and the platform's rules checked on
 * the result: probes, non-root, limits, a PDB and an HPA per application, default-deny network
 * policies, topic provisioning.
 */
class HelmChartTest {

    private static final Set<String> APPS = Set.of(
            "submission-service",
            "moderation-service",
            "prize-service",
            "notification-service",
            "convening-service",
            "community-service",
            "portal");

    private static Path chart;
    private static List<HasMetadata> manifests;
    private static List<HasMetadata> hooks;

    @BeforeAll
    static void render() {
        chart = Repository.deploy().resolve("helm/wsis-platform");
        manifests = parse(new Helm(chart)
                .template()
                .withName("wsis")
                .withNamespace("wsis")
                .withKubeVersion("1.31.0")
                .call());
        // The topics Job is a Helm hook, which rendering leaves out: rendered once more as a plain Job.
        hooks = parse(new Helm(chart)
                        .template()
                        .withName("wsis")
                        .withNamespace("wsis")
                        .withKubeVersion("1.31.0")
                        .set("topics.asHook", false)
                        .call())
                .stream()
                .filter(m -> m.getMetadata().getName().equals("wsis-topics"))
                .toList();
    }

    private static List<HasMetadata> parse(String rendered) {
        List<HasMetadata> parsed = new ArrayList<>();
        for (String document : rendered.split("(?m)^---\\s*$")) {
            if (document.lines().anyMatch(l -> l.startsWith("kind:"))) {
                parsed.add(Serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return parsed;
    }

    @Test
    void helmLintsTheChartWithoutAWarning() {
        LintResult lint = new Helm(chart).lint().strict().call();
        assertThat(lint.isFailed()).as("lint: %s", lint.getMessages()).isFalse();
    }

    @Test
    void everyRenderedManifestIsAKnownKubernetesTypeWithNoUnknownField() {
        assertThat(manifests).hasSizeGreaterThan(20);
        List<HasMetadata> all = new ArrayList<>(manifests);
        all.addAll(hooks);
        for (HasMetadata manifest : all) {
            assertThat(manifest.getClass().getPackageName())
                    .as("%s is a Kubernetes API type", manifest.getKind())
                    .startsWith("io.fabric8.kubernetes.api.model");
            assertThat(unknownFields(manifest, manifest.getKind(), new IdentityHashMap<>()))
                    .as(
                            "fields Kubernetes does not know in %s %s",
                            manifest.getKind(), manifest.getMetadata().getName())
                    .isEmpty();
        }
    }

    @Test
    void everyApplicationRunsAsNonRootWithProbesOnTheActuatorAndAMemoryLimit() {
        List<Deployment> deployments = of(Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(APPS);
        for (Deployment deployment : deployments) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            var container = pod.getContainers().getFirst();
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getStartupProbe()).isNotNull();
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(container.getEnvFrom())
                    .as("no application is handed the whole Secret")
                    .allSatisfy(source -> assertThat(source.getSecretRef()).isNull());
        }
    }

    @Test
    void eachApplicationGetsOnlyTheSecretsItUsesKeyByKeyFromTheExistingSecret() {
        Map<String, Map<String, Boolean>> expected = Map.of(
                "portal", Map.of("PORTAL_CLIENT_SECRET", false),
                "notification-service",
                        Map.of(
                                "KAFKA_PASSWORD", false,
                                "MONGODB_PASSWORD", false,
                                "UNSUBSCRIBE_KEYS", false,
                                "UNSUBSCRIBE_SECRET", true,
                                "SMTP_PASSWORD", false),
                "submission-service", Map.of("KAFKA_PASSWORD", false, "MONGODB_PASSWORD", false),
                "moderation-service", Map.of("KAFKA_PASSWORD", false, "MONGODB_PASSWORD", false),
                "prize-service", Map.of("KAFKA_PASSWORD", false, "MONGODB_PASSWORD", false),
                "convening-service", Map.of("KAFKA_PASSWORD", false, "MONGODB_PASSWORD", false),
                "community-service", Map.of("KAFKA_PASSWORD", false, "MONGODB_PASSWORD", false));
        for (Deployment deployment : of(Deployment.class)) {
            Map<String, Boolean> secrets = new java.util.HashMap<>();
            for (var variable : deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .getFirst()
                    .getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    var reference = variable.getValueFrom().getSecretKeyRef();
                    assertThat(reference.getName()).isEqualTo("wsis-platform");
                    assertThat(reference.getKey()).isEqualTo(variable.getName());
                    secrets.put(reference.getKey(), reference.getOptional());
                }
            }
            assertThat(secrets)
                    .as(
                            "%s's secrets, and whether each may be missing",
                            deployment.getMetadata().getName())
                    .isEqualTo(expected.get(deployment.getMetadata().getName()));
        }
    }

    @Test
    void noConfigMapHoldsASecretAndTheApplicationsRunInProductionOverTlsWithCredentials() {
        for (io.fabric8.kubernetes.api.model.ConfigMap map : of(io.fabric8.kubernetes.api.model.ConfigMap.class)) {
            assertThat(map.getData().keySet())
                    .as("ConfigMap %s", map.getMetadata().getName())
                    .noneMatch(key -> key.matches(".*(SECRET|PASSWORD|TOKEN|_KEYS?)"));
        }
        Map<String, String> settings = configMap(manifests);
        assertThat(settings)
                .containsEntry("WSIS_ENVIRONMENT", "production")
                .containsEntry("WSIS_TRUSTED_PROXIES", "10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("MONGODB_USERNAME", "wsis-platform")
                .containsEntry("SMTP_AUTH", "true")
                .containsEntry("SMTP_STARTTLS", "true")
                .containsEntry("SESSION_COOKIE_SECURE", "true");
        for (Deployment deployment : of(Deployment.class)) {
            deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                    .filter(variable -> variable.getName().equals("MONGODB_URI"))
                    .forEach(uri -> assertThat(uri.getValue()).contains("tls=true"));
        }
    }

    @Test
    void aPrivateCertificateAuthorityReachesTheServicesAndTheTopicsJob() {
        List<HasMetadata> rendered = parse(new Helm(chart)
                .template()
                .withName("wsis")
                .withNamespace("wsis")
                .withKubeVersion("1.31.0")
                .set("kafka.caSecret", "kafka-cluster-ca")
                .set("mongodb.caSecret", "mongodb-ca")
                .set("topics.asHook", false)
                .call());

        assertThat(configMap(rendered))
                .containsEntry("KAFKA_TLS_CA_FILE", "/etc/wsis/kafka-ca/ca.crt")
                .containsEntry("MONGODB_TLS_CA_FILE", "/etc/wsis/mongodb-ca/ca.crt");
        for (HasMetadata manifest : rendered) {
            var pod = manifest instanceof Deployment deployment
                    ? deployment.getSpec().getTemplate().getSpec()
                    : manifest instanceof io.fabric8.kubernetes.api.model.batch.v1.Job job
                            ? job.getSpec().getTemplate().getSpec()
                            : null;
            if (pod == null || manifest.getMetadata().getName().equals("portal")) {
                continue;
            }
            assertThat(pod.getVolumes())
                    .as(
                            "%s mounts the brokers' certificate authority",
                            manifest.getMetadata().getName())
                    .anyMatch(volume -> volume.getSecret() != null
                            && volume.getSecret().getSecretName().equals("kafka-cluster-ca"));
            assertThat(pod.getContainers().getFirst().getVolumeMounts())
                    .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/etc/wsis/kafka-ca"));
        }
    }

    @Test
    void spansGoToTheNamedCollectorOnlyAndThePodsMayReachIt() {
        List<HasMetadata> traced = parse(new Helm(chart)
                .template()
                .withName("wsis")
                .withNamespace("wsis")
                .withKubeVersion("1.31.0")
                .set("tracing.endpoint", "http://otel-collector.observability.svc:9411/api/v2/spans")
                .set("tracing.samplingProbability", "0.25")
                .set("topics.asHook", false)
                .call());

        assertThat(configMap(traced))
                .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true")
                .containsEntry(
                        "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT",
                        "http://otel-collector.observability.svc:9411/api/v2/spans")
                .containsEntry("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "0.25");
        NetworkPolicy egress = traced.stream()
                .filter(m ->
                        m instanceof NetworkPolicy && m.getMetadata().getName().equals("wsis-egress"))
                .map(NetworkPolicy.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(egress.getSpec().getEgress()).anySatisfy(rule -> {
            assertThat(rule.getPorts())
                    .singleElement()
                    .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(9411));
            assertThat(rule.getTo().getFirst().getNamespaceSelector().getMatchLabels())
                    .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "observability"));
            assertThat(rule.getTo().getFirst().getPodSelector().getMatchLabels())
                    .containsExactlyEntriesOf(Map.of("app.kubernetes.io/name", "opentelemetry-collector"));
        });
        assertThat(configMap(manifests)).doesNotContainKey("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT");
        NetworkPolicy untraced = of(NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("wsis-egress"))
                .findFirst()
                .orElseThrow();
        assertThat(untraced.getSpec().getEgress())
                .as("no way out to a collector when none is named")
                .noneMatch(rule -> rule.getPorts() != null
                        && rule.getPorts().stream()
                                .anyMatch(port -> port.getPort() != null
                                        && Integer.valueOf(9411)
                                                .equals(port.getPort().getIntVal())));
    }

    @Test
    void theTopicsJobSignsInToKafkaWithThePasswordFromTheSecret() {
        var job = (io.fabric8.kubernetes.api.model.batch.v1.Job) hooks.stream()
                .filter(m -> m.getKind().equals("Job"))
                .findFirst()
                .orElseThrow();
        var environment =
                job.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv();
        assertThat(environment)
                .anySatisfy(variable -> {
                    assertThat(variable.getName()).isEqualTo("KAFKA_SECURITY_PROTOCOL");
                    assertThat(variable.getValue()).isEqualTo("SASL_SSL");
                })
                .anySatisfy(variable -> {
                    assertThat(variable.getName()).isEqualTo("KAFKA_PASSWORD");
                    assertThat(variable.getValueFrom().getSecretKeyRef().getName())
                            .isEqualTo("wsis-platform");
                });
    }

    private static Map<String, String> configMap(List<HasMetadata> rendered) {
        return rendered.stream()
                .filter(m -> m instanceof io.fabric8.kubernetes.api.model.ConfigMap
                        && m.getMetadata().getName().equals("wsis-platform"))
                .map(m -> ((io.fabric8.kubernetes.api.model.ConfigMap) m).getData())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyApplicationHasADisruptionBudgetAndAnAutoscaler() {
        assertThat(of(PodDisruptionBudget.class))
                .extracting(p -> p.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(APPS);
        assertThat(of(HorizontalPodAutoscaler.class))
                .allSatisfy(h -> assertThat(h.getSpec().getMaxReplicas())
                        .isGreaterThan(h.getSpec().getMinReplicas()))
                .extracting(h -> h.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(APPS);
    }

    @Test
    void networkPoliciesDenyByDefaultAndLetOnlyThePortalReachTheServices() {
        Map<String, NetworkPolicy> policies = of(NetworkPolicy.class).stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), p -> p));
        NetworkPolicy deny = policies.get("wsis-default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        NetworkPolicy services = policies.get("wsis-services-from-portal");
        assertThat(services.getSpec()
                        .getIngress()
                        .getFirst()
                        .getFrom()
                        .getFirst()
                        .getPodSelector()
                        .getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "portal");
    }

    @Test
    void browsersStayWithThePortalPodThatHoldsTheirSession() {
        var ingress =
                of(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class).getFirst();
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(ingress.getSpec()
                        .getRules()
                        .getFirst()
                        .getHttp()
                        .getPaths()
                        .getFirst()
                        .getBackend()
                        .getService()
                        .getName())
                .isEqualTo("portal");
    }

    @Test
    void topicsAreProvisionedWithReplicationThreeBeforeTheApplications() throws java.io.IOException {
        assertThat(manifests)
                .as("the topics Job is a hook, not part of the release's manifest")
                .noneMatch(m -> m.getKind().equals("Job"));
        assertThat(java.nio.file.Files.readString(chart.resolve("templates/topics-job.yaml")))
                .contains("helm.sh/hook: pre-install,pre-upgrade");
        assertThat(hooks).anyMatch(m -> m.getKind().equals("ConfigMap"));
        var job = hooks.stream()
                .filter(m -> m.getKind().equals("Job"))
                .findFirst()
                .orElseThrow();
        var batch = (io.fabric8.kubernetes.api.model.batch.v1.Job) job;
        assertThat(batch.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getEnv())
                .anySatisfy(e -> {
                    assertThat(e.getName()).isEqualTo("REPLICATION_FACTOR");
                    assertThat(e.getValue()).isEqualTo("3");
                });
    }

    private static <T> List<T> of(Class<T> type) {
        return manifests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Fields the Kubernetes types did not recognise: the model keeps them in {@code additionalProperties}
     * instead of failing, so they are collected here, with their path, through the whole object graph.
     */
    private static List<String> unknownFields(Object node, String path, Map<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return unknown;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> unknown.addAll(unknownFields(item, path + "[]", seen)));
            return unknown;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknown.addAll(unknownFields(v, path + "." + k, seen)));
            return unknown;
        }
        if (!(node instanceof KubernetesResource)
                && !node.getClass().getPackageName().startsWith("io.fabric8")) {
            return unknown;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(path + "." + k));
                    }
                } else if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
                    unknown.addAll(unknownFields(value, path + "." + property(getter), seen));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return unknown;
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
