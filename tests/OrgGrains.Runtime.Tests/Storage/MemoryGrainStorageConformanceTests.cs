using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Runtime.Tests.Storage;

public sealed class MemoryGrainStorageConformanceTests : GrainStorageConformanceTests
{
    protected override IGrainStorage CreateStorage() => new MemoryGrainStorage("Default", new JsonGrainStorageSerializer());
}
