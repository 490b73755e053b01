using OrgGrains.Runtime;

// Grain interfaces the generator must handle however they are declared: in the global namespace
// and nested in a type.

public interface IGlobalNamespaceGrain : IGrainWithStringKey
{
    Task<string> Name(string @class);
}

public sealed class GlobalNamespaceGrain : Grain, IGlobalNamespaceGrain
{
    public Task<string> Name(string @class) => Task.FromResult(@class + ":" + GrainId.Type);
}

namespace OrgGrains.Runtime.Tests
{
    public static class Enclosing
    {
        public interface INestedGrain : IGrainWithGuidKey
        {
            Task<Guid> Key();
        }
    }

    public sealed class NestedGrain : Grain, Enclosing.INestedGrain
    {
        public Task<Guid> Key() => Task.FromResult(this.GetPrimaryKey());
    }
}
