using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The one central steering group of the organisation (key: the organisation id, see
/// <see cref="Organisation.Id"/>). Holds initiatives and policies as source of truth and the
/// org-wide state as a roll-up of what domains, directories, the graph index and units report.</summary>
[Alias("OrgGrains.ISteeringGroupGrain")]
public interface ISteeringGroupGrain : IOrgUnitGrain
{
    [ReadOnly] [Alias("GetOrgStateAsync")] Task<OrgState> GetOrgStateAsync();

    [ReadOnly] [Alias("GetAlertsAsync")] Task<Page<Alert>> GetAlertsAsync(AlertQuery query);

    [ReadOnly] [Alias("GetInitiativesAsync")] Task<ImmutableArray<RankedInitiative>> GetInitiativesAsync();

    /// <summary>Scores must be 1..100 and job size ≥ 1.</summary>
    [Alias("UpsertInitiativeAsync")] Task<MutationResult<OrgState>> UpsertInitiativeAsync(UpsertInitiative command);

    [Alias("RemoveInitiativeAsync")] Task<MutationResult<OrgState>> RemoveInitiativeAsync(string initiativeId, string actor);

    [Alias("SetGovernancePolicyAsync")] Task<MutationResult<OrgState>> SetGovernancePolicyAsync(SetGovernancePolicy command);

    /// <summary>Evaluates the time-based rules it owns (domains that stopped experimenting).
    /// Runs by itself every minute; callable to force it.</summary>
    [Alias("EvaluateTimeRulesAsync")] Task EvaluateTimeRulesAsync();

    /// <summary>Called by domains. Idempotent by domain version. Interleaves (see RebuildRollupAsync).</summary>
    [AlwaysInterleave] [Alias("ApplyDomainContributionAsync")] Task ApplyDomainContributionAsync(DomainContribution contribution);

    /// <summary>Called for units (many sources' sets in one call) and by the graph index: replaces
    /// each source's alert set. Idempotent by version.</summary>
    [Alias("ApplyAlertsAsync")] Task ApplyAlertsAsync(ImmutableArray<AlertSet> sets);

    /// <summary>Called by directories.</summary>
    [Alias("ApplyUnitCountAsync")] Task ApplyUnitCountAsync(UnitCount count);

    /// <summary>Called by the graph index.</summary>
    [Alias("ApplyDependencySummaryAsync")] Task ApplyDependencySummaryAsync(DependencySummary summary);

    /// <summary>Repair: re-reads every domain's contribution and recomputes the roll-up.</summary>
    [Alias("RebuildRollupAsync")] Task RebuildRollupAsync();
}
