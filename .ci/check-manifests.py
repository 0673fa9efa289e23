#!/usr/bin/env python3
"""Checks the rendered Kubernetes overlays for the rules the service's operation depends on.

Usage: python3 .ci/check-manifests.py [--jar orders-service.jar] [overlay-dir ...]
(default: every deploy/k8s/overlays/*). With --jar, the service itself also reads each overlay's
ConfigMap (`java -jar ... config`) and must accept it. Also checks the telemetry path (ADR 0035):
the OpenTelemetry Collector configuration, deploy/k8s/observability and the compose stack.
Needs kubectl (for its built-in kustomize) and PyYAML. Exits 1 listing every broken rule.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

REQUIRED_KINDS = {
    "Namespace", "ConfigMap", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler",
    "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "PodMonitor", "Job",
}
PROBES = {
    "startupProbe": "/health/startup",
    "livenessProbe": "/health/live",
    "readinessProbe": "/health/ready",
}


def seconds(duration):
    """Seconds in a duration as the service reads it (500ms, 20s, 2m, 1h)."""
    match = re.fullmatch(r"(\d+)(ms|s|m|h)", duration)
    if not match:
        raise ValueError(f"cannot read duration {duration!r}")
    amount, unit = int(match.group(1)), match.group(2)
    return amount * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit]


def render(overlay):
    output = subprocess.run(
        ["kubectl", "kustomize", str(overlay)], check=True, capture_output=True, text=True
    ).stdout
    return [doc for doc in yaml.safe_load_all(output) if doc]


def selects(selector, labels):
    return all(labels.get(key) == value for key, value in selector.items())


def check_pod(name, pod, problems):
    security = pod.get("securityContext", {})
    if security.get("runAsNonRoot") is not True:
        problems.append(f"{name}: pod securityContext.runAsNonRoot must be true")
    if pod.get("automountServiceAccountToken") is not False:
        problems.append(f"{name}: the service needs no API token: automountServiceAccountToken: false")
    for container in pod["containers"]:
        where = f"{name}/{container['name']}"
        context = container.get("securityContext", {})
        if context.get("readOnlyRootFilesystem") is not True:
            problems.append(f"{where}: readOnlyRootFilesystem must be true")
        if context.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}: allowPrivilegeEscalation must be false")
        if context.get("capabilities", {}).get("drop") != ["ALL"]:
            problems.append(f"{where}: capabilities must drop ALL")
        resources = container.get("resources", {})
        if "memory" not in resources.get("limits", {}) or "cpu" not in resources.get("requests", {}):
            problems.append(f"{where}: needs a memory limit and a CPU request")
        image = container["image"]
        if ":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest"):
            problems.append(f"{where}: image {image!r} must be pinned to a tag other than latest")


def check_accepted_by_service(jar, config, problems):
    """Runs `java -jar JAR config` with the ConfigMap as its environment (the secret as a file)."""
    java = pathlib.Path(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")) / "bin" / "java"
    with tempfile.TemporaryDirectory() as secrets:
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **config}
        for name, path in config.items():
            if name.endswith("_FILE"):
                mounted = pathlib.Path(secrets) / pathlib.Path(path).name
                mounted.write_text("not-a-real-secret\n")
                environment[name] = str(mounted)
        result = subprocess.run(
            [str(java), "-jar", str(jar), "config"], env=environment, capture_output=True, text=True
        )
    if result.returncode != 0:
        problems.append(f"the service refuses the ConfigMap: {result.stderr.strip()}")


def check(overlay, jar):
    problems = []
    docs = render(overlay)
    by_kind = {}
    for doc in docs:
        by_kind.setdefault(doc["kind"], []).append(doc)
    missing = REQUIRED_KINDS - by_kind.keys()
    if missing:
        problems.append(f"missing kinds: {', '.join(sorted(missing))}")
    if "Secret" in by_kind:
        problems.append("a Secret is rendered: secrets are created out of band, never applied from git")
    if problems:
        return problems

    config = by_kind["ConfigMap"][0]["data"]
    if config.get("APP_ENV") != "production":
        problems.append("APP_ENV must be production (it refuses demo mode)")
    if config.get("DATABASE_MIGRATE_ON_START") != "false":
        problems.append("DATABASE_MIGRATE_ON_START must be false: the migrate Job migrates")
    if jar:
        check_accepted_by_service(jar, config, problems)

    deployment = by_kind["Deployment"][0]
    pod = deployment["spec"]["template"]["spec"]
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    check_pod("Deployment", pod, problems)
    shutdown = seconds(config["SHUTDOWN_GRACE_PERIOD"]) + seconds(config["SHUTDOWN_TIMEOUT"])
    if pod.get("terminationGracePeriodSeconds", 30) <= shutdown:
        problems.append(
            f"terminationGracePeriodSeconds must exceed SHUTDOWN_GRACE_PERIOD + SHUTDOWN_TIMEOUT ({shutdown:g}s)"
        )
    container = pod["containers"][0]
    for probe, path in PROBES.items():
        actual = container.get(probe, {}).get("httpGet", {}).get("path")
        if actual != path:
            problems.append(f"{probe} must call {path}, calls {actual}")

    job = by_kind["Job"][0]
    check_pod("Job", job["spec"]["template"]["spec"], problems)
    if job["spec"]["template"]["spec"]["containers"][0].get("args") != ["migrate"]:
        problems.append("the Job must run the migrate command: args: [\"migrate\"]")

    selectors = {
        "Service": by_kind["Service"][0]["spec"]["selector"],
        "PodDisruptionBudget": by_kind["PodDisruptionBudget"][0]["spec"]["selector"]["matchLabels"],
        "NetworkPolicy": by_kind["NetworkPolicy"][0]["spec"]["podSelector"]["matchLabels"],
    }
    for kind, selector in selectors.items():
        if not selects(selector, pod_labels):
            problems.append(f"{kind} selector {selector} does not select the Deployment's pods")
    service_labels = by_kind["Service"][0]["metadata"].get("labels", {})
    monitor_selector = by_kind["ServiceMonitor"][0]["spec"]["selector"]["matchLabels"]
    if not selects(monitor_selector, service_labels):
        problems.append("ServiceMonitor selector does not select the Service")
    problems.extend(check_pod_monitor(by_kind))
    return problems


def check_pod_monitor(by_kind):
    """The PodMonitor scrapes the workers (no Service fronts them) on a port they declare."""
    problems = []
    workers = [d for d in by_kind["Deployment"]
               if d["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/component") == "worker"]
    if not workers:
        return ["no worker Deployment (app.kubernetes.io/component: worker) to scrape"]
    monitor = by_kind["PodMonitor"][0]["spec"]
    template = workers[0]["spec"]["template"]
    if not selects(monitor["selector"]["matchLabels"], template["metadata"]["labels"]):
        problems.append("PodMonitor selector does not select the worker pods")
    ports = {port.get("name") for port in template["spec"]["containers"][0].get("ports", [])}
    for endpoint in monitor["podMetricsEndpoints"]:
        if endpoint.get("port") not in ports:
            problems.append(f"PodMonitor scrapes port {endpoint.get('port')!r}, the workers have {sorted(ports)}")
        if endpoint.get("path") != "/metrics":
            problems.append("PodMonitor must scrape /metrics")
    return problems


OBSERVABILITY_KINDS = {"Namespace", "ConfigMap", "Deployment", "DaemonSet", "Service", "ServiceMonitor"}
COLLECTOR_SIGNALS = {"traces", "metrics", "logs"}


def pinned(image):
    """An image named by a tag other than latest (or by digest)."""
    name = image.rsplit("/", 1)[-1]
    return "@sha256:" in image or (":" in name and not name.endswith(":latest"))


def check_collector(config):
    """Every pipeline uses defined components, starts with memory_limiter and ends with batch."""
    problems = []
    pipelines = config.get("service", {}).get("pipelines", {})
    missing = COLLECTOR_SIGNALS - {name.split("/")[0] for name in pipelines}
    if missing:
        problems.append(f"collector: no pipeline for {', '.join(sorted(missing))}")
    for name, pipeline in pipelines.items():
        for kind in ("receivers", "processors", "exporters"):
            for component in pipeline.get(kind, []):
                if component not in (config.get(kind) or {}):
                    problems.append(f"collector: pipeline {name} uses {kind[:-1]} {component}, which is not defined")
        processors = pipeline.get("processors", [])
        if not processors or processors[0] != "memory_limiter" or processors[-1] != "batch":
            problems.append(f"collector: pipeline {name} must start with memory_limiter and end with batch")
    for extension in config.get("service", {}).get("extensions", []):
        if extension not in (config.get("extensions") or {}):
            problems.append(f"collector: extension {extension} is not defined")
    return problems


def check_observability(root):
    """The collector's configuration, its Kubernetes copy, the manifests and the compose stack."""
    problems = []
    collector_file = root / "deploy/otel/collector.yaml"
    collector = yaml.safe_load(collector_file.read_text())
    problems.extend(check_collector(collector))
    k8s = root / "deploy/k8s/observability"
    if (k8s / "collector.yaml").read_bytes() != collector_file.read_bytes():
        problems.append("deploy/k8s/observability/collector.yaml differs from deploy/otel/collector.yaml: copy it")
    docs = render(k8s)
    kinds = {doc["kind"] for doc in docs}
    if OBSERVABILITY_KINDS - kinds:
        problems.append(f"observability: missing kinds {', '.join(sorted(OBSERVABILITY_KINDS - kinds))}")
    for doc in docs:
        if doc["kind"] in ("Deployment", "DaemonSet"):
            for container in doc["spec"]["template"]["spec"]["containers"]:
                if not pinned(container["image"]):
                    problems.append(f"observability {doc['metadata']['name']}: image {container['image']!r} must be pinned")
                if "memory" not in container.get("resources", {}).get("limits", {}):
                    problems.append(f"observability {doc['metadata']['name']}: needs a memory limit")
    services = {doc["metadata"]["name"]: doc for doc in docs if doc["kind"] == "Service"}
    base = {doc["kind"]: doc for doc in render(root / "deploy/k8s/overlays/production")}
    endpoint = base["ConfigMap"]["data"].get("OTEL_EXPORTER_OTLP_ENDPOINT", "")
    match = re.fullmatch(r"https?://([a-z0-9-]+)\.monitoring\.svc\.cluster\.local:(\d+)", endpoint)
    if not match or match.group(1) not in services or int(match.group(2)) not in {
            port["port"] for port in services[match.group(1)]["spec"]["ports"]}:
        problems.append(f"OTEL_EXPORTER_OTLP_ENDPOINT {endpoint!r} names no port of a Service in deploy/k8s/observability")
    problems.extend(check_compose(root / "deploy", yaml.safe_load((root / "deploy/compose.yaml").read_text())))
    return problems


def check_compose(deploy, compose):
    """Pinned images, mounted files that exist, dependencies that exist, tracing configured."""
    problems = []
    services = compose["services"]
    volumes = set((compose.get("volumes") or {}).keys())
    for name, service in services.items():
        if "image" in service and "build" not in service and not pinned(service["image"]):
            problems.append(f"compose {name}: image {service['image']!r} must be pinned to a tag")
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                if not (deploy / source).exists():
                    problems.append(f"compose {name}: mounts {source}, which does not exist")
            elif source not in volumes:
                problems.append(f"compose {name}: volume {source} is not declared")
        depends = service.get("depends_on", [])
        for dependency in depends if isinstance(depends, list) else depends.keys():
            if dependency not in services:
                problems.append(f"compose {name}: depends on {dependency}, which is not a service")
    for required in ("otel-collector", "tempo", "loki", "prometheus", "grafana", "fluent-bit"):
        if required not in services:
            problems.append(f"compose: no {required} service")
    environment = services.get("orders", {}).get("environment", {})
    endpoint = environment.get("OTEL_EXPORTER_OTLP_ENDPOINT", "")
    match = re.fullmatch(r"http://([a-z0-9-]+):(\d+)", endpoint)
    if not match or match.group(1) not in services:
        problems.append(f"compose orders: OTEL_EXPORTER_OTLP_ENDPOINT {endpoint!r} names no compose service")
    if environment.get("LOG_FORMAT") != "json":
        problems.append("compose orders: LOG_FORMAT must be json: Fluent Bit parses the lines")
    return problems


def main(arguments):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", type=pathlib.Path, help="the service jar, to check the ConfigMaps with")
    parser.add_argument("overlays", nargs="*", type=pathlib.Path)
    options = parser.parse_args(arguments)
    root = pathlib.Path(__file__).resolve().parent.parent
    overlays = options.overlays or sorted((root / "deploy/k8s/overlays").iterdir())
    if options.jar and not options.jar.is_file():
        parser.error(f"{options.jar} not found: build it with ./mvnw -B -DskipTests package")
    failed = False
    for overlay in overlays:
        problems = check(overlay, options.jar)
        for problem in problems:
            print(f"{overlay}: {problem}")
        print(f"{overlay}: {'FAILED' if problems else 'ok'}")
        failed = failed or bool(problems)
    problems = check_observability(root)
    for problem in problems:
        print(f"observability: {problem}")
    print(f"observability (collector, deploy/k8s/observability, compose): {'FAILED' if problems else 'ok'}")
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
