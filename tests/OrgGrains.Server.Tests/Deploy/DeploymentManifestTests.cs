using System.Text.RegularExpressions;
using static OrgGrains.Server.Tests.Deploy.Kustomization;

namespace OrgGrains.Server.Tests.Deploy;

/// <summary>deploy/ checked without a cluster: every YAML parses, each overlay renders (see
/// <see cref="Kustomization"/>), and the rendered objects hold together — required fields, selectors
/// that select the pods, probes and ports the server really serves, config that exists, non-root.
/// The Dockerfile is read, not built (no container runtime here).</summary>
public sealed class DeploymentManifestTests
{
    /// <summary>The HTTP port the image's Urls sets and EXPOSE publishes.</summary>
    private const int HttpPort = 8080;

    public static TheoryData<string> Overlays => new() { "dev", "prod" };

    [Fact]
    public void Every_yaml_file_parses_to_objects_with_api_version_kind_and_name()
    {
        var files = Directory.GetFiles(DeployFolder, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
            foreach (var document in ReadDocuments(file))
            {
                Assert.True(document.ContainsKey("apiVersion"), $"{file}: apiVersion missing");
                Assert.True(document.ContainsKey("kind"), $"{file}: kind missing");
                if ((string)document["kind"] != "Kustomization")
                    Assert.False(string.IsNullOrEmpty(Name(document)), $"{file}: metadata.name missing");
            }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_renders_a_consistent_deployment(string overlay)
    {
        var objects = Build(Path.Combine(DeployFolder, "overlays", overlay));
        Dictionary<object, object> One(string kind) => Assert.Single(objects, o => (string)o["kind"] == kind);

        var deployment = One("Deployment");
        var spec = Map(deployment, "spec");
        var template = Map(spec, "template");
        var podLabels = Map(Map(template, "metadata"), "labels");
        AssertSelects(Map(Map(spec, "selector"), "matchLabels"), podLabels, "Deployment selector");
        AssertSelects(Map(Map(One("Service"), "spec"), "selector"), podLabels, "Service selector");
        AssertSelects(Map(Map(Map(One("PodDisruptionBudget"), "spec"), "selector"), "matchLabels"), podLabels, "PodDisruptionBudget selector");
        Assert.Equal("orggrains", podLabels["orleans/serviceId"]);

        var pod = Map(template, "spec");
        Assert.Equal("true", Map(pod, "securityContext")["runAsNonRoot"]); // YAML scalars read as strings
        var account = (string)pod["serviceAccountName"];
        Assert.Contains(objects, o => (string)o["kind"] == "ServiceAccount" && Name(o) == account);
        var binding = One("RoleBinding");
        Assert.Contains(List(binding, "subjects").Cast<Dictionary<object, object>>(), s => (string)s["name"] == account);
        var role = One("Role");
        Assert.Equal(Name(role), Map(binding, "roleRef")["name"]);
        var rule = Assert.Single(List(role, "rules").Cast<Dictionary<object, object>>());
        Assert.Equal(["pods"], List(rule, "resources"));
        foreach (var verb in new[] { "get", "list", "watch", "delete" })
            Assert.Contains(verb, List(rule, "verbs"));

        var container = Assert.Single(List(pod, "containers").Cast<Dictionary<object, object>>());
        var ports = List(container, "ports").Cast<Dictionary<object, object>>().ToDictionary(p => (string)p["name"], p => int.Parse((string)p["containerPort"]));
        Assert.Equal(HttpPort, ports["http"]);
        Assert.Equal(11111, ports["silo"]);
        Assert.Equal(30000, ports["gateway"]);
        AssertProbe(container, "readinessProbe", "/health/ready", ports);
        AssertProbe(container, "livenessProbe", "/health/live", ports);
        AssertProbe(container, "startupProbe", "/health/live", ports);

        var service = Map(One("Service"), "spec");
        foreach (Dictionary<object, object> port in List(service, "ports"))
            Assert.True(ports.ContainsKey((string)port["targetPort"]), $"Service targets port '{port["targetPort"]}', which the container does not name");

        var requests = Map(Map(container, "resources"), "requests");
        Assert.True(requests.ContainsKey("cpu") && requests.ContainsKey("memory"), "cpu and memory requests");

        // Every envFrom names a ConfigMap or Secret of the overlay; the settings it needs are there.
        var env = new Dictionary<string, string>();
        foreach (Dictionary<object, object> from in List(container, "envFrom"))
        {
            var (kind, reference) = from.ContainsKey("configMapRef") ? ("ConfigMap", Map(from, "configMapRef")) : ("Secret", Map(from, "secretRef"));
            var source = objects.SingleOrDefault(o => (string)o["kind"] == kind && Name(o) == (string)reference["name"]);
            Assert.True(source is not null, $"envFrom {kind} '{reference["name"]}' is not in the overlay");
            foreach (var (key, value) in Map(source!, kind == "ConfigMap" ? "data" : "stringData"))
                env[(string)key] = (string)value;
        }
        foreach (Dictionary<object, object> variable in List(container, "env"))
            env[(string)variable["name"]] = variable.TryGetValue("value", out var v) ? (string)v : "(from the pod)";
        Assert.Equal("AzureBlob", env["Storage__Provider"]);
        Assert.Equal("AzureStorage", env["Cluster__Provider"]);
        Assert.Equal("true", env["Cluster__Kubernetes"]);
        Assert.Contains("Storage__AzureBlob__ConnectionString", env.Keys);
        Assert.Equal($"http://+:{HttpPort}", env["Urls"]);
        foreach (var fromPod in new[] { "POD_NAME", "POD_NAMESPACE", "POD_IP", "ORLEANS_SERVICE_ID", "ORLEANS_CLUSTER_ID" })
            Assert.Equal("(from the pod)", env[fromPod]);
        Assert.True(env.ContainsKey("Auth__AllowAnonymousRead") || env.ContainsKey("Auth__Authority"), "production sign-in is configured");

        // Kubernetes must not SIGKILL a silo still draining and handing its grains over.
        var drain = TimeSpan.Parse(env["Shutdown__DrainDelay"]);
        var grace = TimeSpan.FromSeconds(int.Parse((string)pod["terminationGracePeriodSeconds"]));
        Assert.True(grace > drain + TimeSpan.FromSeconds(30), $"terminationGracePeriodSeconds {grace} leaves the silo too little time after a drain of {drain}");
    }

    [Fact]
    public void Overlays_size_the_cluster_for_their_environment()
    {
        int Replicas(string overlay) => int.Parse((string)Map(Assert.Single(Build(Path.Combine(DeployFolder, "overlays", overlay)), o => (string)o["kind"] == "Deployment"), "spec")["replicas"]);
        Assert.Equal(1, Replicas("dev"));
        // With maxUnavailable 1 in the PodDisruptionBudget, two or more silos keep serving during a drain.
        Assert.True(Replicas("prod") >= 3);
    }

    [Fact]
    public void Dockerfile_builds_the_server_in_stages_and_runs_it_as_non_root_with_a_health_check()
    {
        var dockerfile = File.ReadAllText(Path.Combine(DeployFolder, "Dockerfile"));
        var from = Regex.Matches(dockerfile, @"^FROM\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["node:22-bookworm-slim", "mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"], from);

        var user = Regex.Matches(dockerfile, @"^USER\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Last();
        Assert.DoesNotContain(user, new[] { "root", "0" });
        Assert.Matches(@"^\d+$", user); // numeric, so runAsNonRoot can verify it
        Assert.Contains(user, File.ReadAllText(Path.Combine(DeployFolder, "base", "deployment.yaml")));

        Assert.Matches(@"(?m)^HEALTHCHECK\s.*\\\n\s+CMD .*/health/live", dockerfile);
        Assert.Contains(HttpPort.ToString(), Regex.Match(dockerfile, @"(?m)^EXPOSE\s+(.+)$").Groups[1].Value.Split(' '));
        Assert.Contains($"Urls=http://+:{HttpPort}", dockerfile);

        // Every path the build copies or publishes exists in the repository.
        foreach (Match copy in Regex.Matches(dockerfile, @"(?m)^COPY (?!--from)(.+) \S+$"))
            foreach (var source in copy.Groups[1].Value.Split(' '))
                Assert.True(File.Exists(Path.Combine(RepositoryRoot, source)) || Directory.Exists(Path.Combine(RepositoryRoot, source)), $"COPY {source}: not in the repository");
        var project = Regex.Match(dockerfile, @"dotnet publish (\S+)").Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, project)), $"dotnet publish {project}: not in the repository");
        Assert.Contains("-p:BundleWithNpm=false", dockerfile);
        foreach (var csproj in new[] { "src/OrgGrains.Server/OrgGrains.Server.csproj", "src/OrgGrains.GraphQL.AspNetCore/OrgGrains.GraphQL.AspNetCore.csproj" })
            Assert.Contains("'$(BundleWithNpm)' != 'false'", File.ReadAllText(Path.Combine(RepositoryRoot, csproj)));
    }

    private static void AssertSelects(Dictionary<object, object> selector, Dictionary<object, object> labels, string what)
    {
        Assert.NotEmpty(selector);
        foreach (var (key, value) in selector)
            Assert.True(labels.TryGetValue(key, out var label) && Equals(label, value), $"{what} {key}={value} does not match the pod template's labels");
    }

    private static void AssertProbe(Dictionary<object, object> container, string probe, string path, Dictionary<string, int> ports)
    {
        var get = Map(Map(container, probe), "httpGet");
        Assert.Equal(path, get["path"]);
        var port = (string)get["port"];
        Assert.True(ports.ContainsKey(port) || ports.ContainsValue(int.Parse(port)), $"{probe} port {port} is not a container port");
        Assert.Equal(HttpPort, ports.TryGetValue(port, out var named) ? named : int.Parse(port));
    }
}
