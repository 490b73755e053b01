using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace OrgGrains.Server.Tests.Deploy;

/// <summary>Renders a kustomization of deploy/ as <c>kustomize build</c> would for the parts ours
/// use (no cluster or kustomize binary here): <c>resources</c> (files and other kustomizations),
/// <c>patches</c> as strategic merges matched by kind and name, <c>namespace</c> and <c>labels</c>.
/// Anything else in a kustomization fails the render, so a feature the test does not know is not
/// silently skipped.</summary>
internal static class Kustomization
{
    private static readonly HashSet<string> Known = ["apiVersion", "kind", "resources", "patches", "namespace", "labels"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DeployFolder => Path.Combine(RepositoryRoot, "deploy");

    public static List<Dictionary<object, object>> Build(string folder)
    {
        var path = Path.Combine(folder, "kustomization.yaml");
        Assert.True(File.Exists(path), $"{path} is missing");
        var kustomization = ReadDocuments(path).Single();
        foreach (var key in kustomization.Keys)
            Assert.True(Known.Contains((string)key), $"{path}: '{key}' is not rendered by this test");
        Assert.Equal("Kustomization", kustomization["kind"]);

        var objects = new List<Dictionary<object, object>>();
        foreach (string resource in List(kustomization, "resources"))
        {
            var target = Path.GetFullPath(Path.Combine(folder, resource));
            if (Directory.Exists(target))
                objects.AddRange(Build(target));
            else
            {
                Assert.True(File.Exists(target), $"{path}: resource {resource} does not exist");
                objects.AddRange(ReadDocuments(target));
            }
        }

        foreach (Dictionary<object, object> patch in List(kustomization, "patches"))
        {
            var file = Path.Combine(folder, (string)patch["path"]);
            Assert.True(File.Exists(file), $"{path}: patch {file} does not exist");
            foreach (var change in ReadDocuments(file))
            {
                var target = objects.SingleOrDefault(o => Equals(o["kind"], change["kind"]) && Name(o) == Name(change));
                Assert.True(target is not null, $"{file}: patches {change["kind"]}/{Name(change)}, which no resource defines");
                Merge(target!, change);
            }
        }

        if (kustomization.TryGetValue("namespace", out var ns))
            foreach (var o in objects)
                Map(o, "metadata")["namespace"] = ns;
        foreach (Dictionary<object, object> label in List(kustomization, "labels"))
            foreach (var o in objects)
            {
                var metadata = Map(o, "metadata");
                metadata.TryAdd("labels", new Dictionary<object, object>());
                foreach (var (key, value) in Map(label, "pairs"))
                    Map(metadata, "labels")[key] = value;
            }
        return objects;
    }

    public static List<Dictionary<object, object>> ReadDocuments(string path)
    {
        var parser = new Parser(new StringReader(File.ReadAllText(path)));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (deserializer.Deserialize(parser) is Dictionary<object, object> document)
                documents.Add(document);
        }
        return documents;
    }

    public static string? Name(Dictionary<object, object> o)
        => o.TryGetValue("metadata", out var m) && m is Dictionary<object, object> metadata && metadata.TryGetValue("name", out var n) ? n as string : null;

    public static Dictionary<object, object> Map(Dictionary<object, object> o, string key)
        => o.TryGetValue(key, out var value) && value is Dictionary<object, object> map ? map : throw new Xunit.Sdk.XunitException($"'{key}' is missing or not a map in {Name(o) ?? "(unnamed)"}");

    public static List<object> List(Dictionary<object, object> o, string key)
        => o.TryGetValue(key, out var value) && value is List<object> list ? list : [];

    /// <summary>Strategic merge as kustomize applies it to what our patches touch: maps merge key by
    /// key; lists of maps with a <c>name</c> (containers, env, ports) merge by name; other lists are replaced.</summary>
    private static void Merge(Dictionary<object, object> target, Dictionary<object, object> change)
    {
        foreach (var (key, value) in change)
        {
            if (value is Dictionary<object, object> map && target.TryGetValue(key, out var existing) && existing is Dictionary<object, object> existingMap)
                Merge(existingMap, map);
            else if (value is List<object> list && target.TryGetValue(key, out var old) && old is List<object> oldList && list.All(i => i is Dictionary<object, object> d && d.ContainsKey("name")))
            {
                foreach (Dictionary<object, object> item in list)
                {
                    var match = oldList.OfType<Dictionary<object, object>>().FirstOrDefault(i => Equals(i["name"], item["name"]));
                    if (match is null)
                        oldList.Add(item);
                    else
                        Merge(match, item);
                }
            }
            else
                target[key] = value;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "OrgGrains.sln")))
                return folder.FullName;
        throw new DirectoryNotFoundException("The repository root (OrgGrains.sln) is not above the test's folder.");
    }
}
