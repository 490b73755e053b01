
namespace OrgGrains.Model;

/// <summary>A need of one unit on another (key: dependency id). The source of truth for the
/// dependency: it writes its own state first, then projects it (idempotently, by version) onto the
/// consumer, the provider, the graph index and the directory, and repeats the projection on
/// activation and after a failed projection until every projection has succeeded.</summary>
[Alias("OrgGrains.IDependencyGrain")]
public interface IDependencyGrain : IBulkTargetGrain
{
    [ReadOnly] [Alias("GetAsync")] Task<DependencyView?> GetAsync();

    /// <summary>Consumer and provider must exist, differ, and not be archived.</summary>
    [Alias("CreateAsync")] Task<MutationResult<DependencyView>> CreateAsync(CreateDependency command);

    [Alias("TransitionAsync")] Task<MutationResult<DependencyView>> TransitionAsync(TransitionDependency command);

    [Alias("ReassignAsync")] Task<MutationResult<DependencyView>> ReassignAsync(ReassignDependency command);

    [Alias("UpdateAsync")] Task<MutationResult<DependencyView>> UpdateAsync(UpdateDependency command);
}
