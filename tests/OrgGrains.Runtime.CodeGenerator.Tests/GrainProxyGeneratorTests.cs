using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OrgGrains.Runtime.CodeGenerator.Tests;

public sealed class GrainProxyGeneratorTests
{
    [Fact]
    public void A_grain_interface_gets_a_proxy_that_compiles_and_a_registration()
    {
        var (compilation, diagnostics) = Run("""
            using System.Threading.Tasks;
            using OrgGrains.Runtime;
            namespace Org.Pods;
            public interface IPodGrain : IGrainWithStringKey
            {
                [ReadOnly] Task<string> GetName();
                Task Rename(string name, int version);
                [OneWay] ValueTask Ping();
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var proxy = compilation.GetTypeByMetadataName("OrgGrains.Runtime.Generated.Org.Pods.IPodGrainProxy");
        Assert.NotNull(proxy);
        Assert.Contains(proxy.AllInterfaces, i => i.Name == "IPodGrain");
        Assert.NotNull(compilation.GetTypeByMetadataName("OrgGrains.Runtime.Generated.GrainProxyRegistrations_Tested"));
    }

    [Fact]
    public void An_interface_that_is_not_a_grain_interface_gets_nothing()
    {
        var (compilation, diagnostics) = Run("""
            using System.Threading.Tasks;
            public interface IRepository : System.IDisposable { Task Save(); }
            """);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(compilation.SyntaxTrees, tree => tree.FilePath.Contains("Proxy"));
    }

    [Theory]
    [InlineData("int Count();", "returns int; grain methods return Task, Task<T>, ValueTask or ValueTask<T>")]
    [InlineData("Task<T> Get<T>();", "method Get is generic")]
    [InlineData("Task Load(out int value);", "method Load has a ref, in or out parameter")]
    [InlineData("string Name { get; }", "member Name is not a method")]
    [InlineData("[OneWay] Task<int> Fire();", "method Fire is [OneWay] but returns a value")]
    public void An_unsupported_member_is_a_compile_error_naming_interface_and_member(string member, string expected)
    {
        var (_, diagnostics) = Run($$"""
            using System.Threading.Tasks;
            using OrgGrains.Runtime;
            public interface IBadGrain : IGrainWithGuidKey
            {
                {{member}}
            }
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("OGR001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("IBadGrain", error.GetMessage());
        Assert.Contains(expected, error.GetMessage());
    }

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Run(string source)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Append(typeof(IGrain).Assembly)
            .Select(a => MetadataReference.CreateFromFile(a.Location));
        var compilation = CSharpCompilation.Create(
            "Tested",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new GrainProxyGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }
}
