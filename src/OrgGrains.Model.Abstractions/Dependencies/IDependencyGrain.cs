using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>A need of one unit on another (key: dependency id). The source of truth for the
/// dependency: it writes its own state first, then projects it (idempotently, by version) onto the
/// consumer, the provider, the graph index and the directory, and repeats the projection on
/// activation and after a failed projection until every projection has succeeded.</summary>
public interface IDependencyGrain : IGrainWithStringKey
{
    [ReadOnly] Task<DependencyView?> GetAsync();

    /// <summary>Consumer and provider must exist, differ, and not be archived.</summary>
    Task<MutationResult<DependencyView>> CreateAsync(CreateDependency command);

    Task<MutationResult<DependencyView>> TransitionAsync(TransitionDependency command);

    Task<MutationResult<DependencyView>> ReassignAsync(ReassignDependency command);

    Task<MutationResult<DependencyView>> UpdateAsync(UpdateDependency command);
}
