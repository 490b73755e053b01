using System.Collections.Immutable;

namespace OrgGrains.Model;

[GrainType("domain")]
public sealed class DomainGrain : OrgUnitGrain<DomainState>, IDomainGrain
{
    private readonly WriteBehind<DomainState> _rollupWrites;
    private DomainContribution? _lastContribution;

    public DomainGrain([PersistentState("domain")] IPersistentState<DomainState> state, OrgModelOptions options)
        : base(state, options)
        => _rollupWrites = new WriteBehind<DomainState>(state, (cb, due) => this.RegisterGrainTimer(cb, due, Timeout.InfiniteTimeSpan), options.RollupWriteDelay);

    protected override UnitRef Self => UnitRef.Domain(Key);

    protected override string? DomainKey => Key;

    protected override UnitSummary? Summary()
        => S.Exists ? new UnitSummary(Self, S.Name, null, S.Status.ToString(), null, S.Version) : null;

    public Task<DomainView?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public Task<DomainContribution?> GetContributionAsync() => Task.FromResult(S.Exists ? Contribution() : null);

    public async Task<MutationResult<DomainView>> CreateAsync(CreateDomain c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Text(c.Description, "description", Validate.MaxTextLength, required: false)
            .Require(c.Funding >= 0, ErrorCodes.Invalid, "funding must not be negative.", "input", "funding")
            .Require(c.TalentTarget >= 0, ErrorCodes.Invalid, "talentTarget must not be negative.", "input", "talentTarget");
        CheckObjectives(v, c.Objectives.IsDefault ? [] : c.Objectives);
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"A domain with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid domain id.", "input", "id");
        if (!v.Ok)
            return MutationResult<DomainView>.Fail(v.Errors);
        S.Exists = true;
        S.Name = c.Name.Trim();
        S.Description = c.Description?.Trim() ?? "";
        S.Objectives = c.Objectives.IsDefault ? [] : [.. c.Objectives];
        S.Funding = c.Funding;
        S.TalentTarget = c.TalentTarget;
        S.CreatedAt = Now;
        await CommitAsync("created", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<DomainView>> UpdateAsync(UpdateDomain c)
    {
        var v = Existing(c.Actor);
        if (c.Name is not null) v.Text(c.Name, "name");
        if (c.Description is not null) v.Text(c.Description, "description", Validate.MaxTextLength, required: false);
        if (c.Objectives is { } objectives) CheckObjectives(v, objectives);
        if (!v.Ok)
            return MutationResult<DomainView>.Fail(v.Errors);
        S.Name = c.Name?.Trim() ?? S.Name;
        S.Description = c.Description?.Trim() ?? S.Description;
        if (c.Objectives is { } o)
            S.Objectives = [.. o];
        await CommitAsync("updated", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<DomainView>> AllocateAsync(AllocateToDomain c)
    {
        var v = Existing(c.Actor)
            .Require(c.Funding >= 0, ErrorCodes.Invalid, "funding must not be negative.", "input", "funding")
            .Require(c.TalentTarget >= 0, ErrorCodes.Invalid, "talentTarget must not be negative.", "input", "talentTarget");
        if (!v.Ok)
            return MutationResult<DomainView>.Fail(v.Errors);
        string detail = $"funding {S.Funding} → {c.Funding}, talent target {S.TalentTarget} → {c.TalentTarget}";
        S.Funding = c.Funding;
        S.TalentTarget = c.TalentTarget;
        await CommitAsync("allocated", c.Actor, detail);
        return Ok();
    }

    public async Task<MutationResult<DomainView>> ArchiveAsync(ArchiveUnit c)
    {
        var v = Existing(c.Actor);
        if (v.Ok && S.Status == DomainStatus.Archived)
            v.Add(ErrorCodes.InvalidTransition, $"Domain '{Key}' is already archived.", "domainId");
        if (v.Ok && S.Rollup.NonArchivedPods() > 0)
            v.Add(ErrorCodes.HasPods, $"Domain '{Key}' still has {S.Rollup.NonArchivedPods()} pods that are not archived; move or archive them first.", "domainId");
        if (v.Ok && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "domainId");
        if (!v.Ok)
            return MutationResult<DomainView>.Fail(v.Errors);
        S.Status = DomainStatus.Archived;
        await CommitAsync("archived", c.Actor);
        return Ok();
    }

    public async Task ApplyPodContributionAsync(PodContribution contribution)
    {
        if (!S.Rollup.Apply(contribution))
            return;
        await RollupChangedAsync();
    }

    public async Task RemovePodAsync(string podId, long podVersion)
    {
        if (!S.Rollup.Remove(podId, podVersion))
        {
            _rollupWrites.MarkDirty(); // the departure mark itself must persist
            return;
        }
        await RollupChangedAsync();
    }

    public async Task RebuildRollupAsync()
    {
        var pods = S.Rollup.Pods.Keys.ToList();
        var contributions = await Task.WhenAll(pods.Select(id => GrainFactory.GetGrain<IPodGrain>(id).GetContributionAsync()));
        var rebuilt = new DomainRollup { Departed = S.Rollup.Departed };
        foreach (var c in contributions)
            if (c is not null && c.DomainId == Key)
                rebuilt.Apply(c);
        S.Rollup = rebuilt;
        await RollupChangedAsync();
    }

    private async Task RollupChangedAsync()
    {
        _rollupWrites.MarkDirty();
        if (S.Exists)
            await ProjectOrScheduleRepairAsync();
    }

    protected override async Task ProjectMoreAsync()
    {
        var contribution = Contribution();
        if (contribution != _lastContribution)
        {
            await GrainFactory.SteeringGroup().ApplyDomainContributionAsync(contribution);
            _lastContribution = contribution;
        }
    }

    /// <summary>Links onto a domain are projections the dependency grains repair: written behind.</summary>
    protected override Task PersistProjectionAsync()
    {
        _rollupWrites.MarkDirty();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _rollupWrites.FlushAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>Versioned by the domain's own version plus the roll-up's changes, so the steering
    /// group can order contributions even when only the roll-up moved.</summary>
    private DomainContribution Contribution()
        => new(Key, S.Name, S.Status, S.Rollup.CurrentHealth(), S.Rollup.Pods.Count, S.Rollup.ActivePods(), S.Rollup.RedPods(),
            S.Funding, S.TalentTarget, S.Rollup.Totals, S.Rollup.LastHypothesisConcludedAt(), S.CreatedAt, S.Version + S.Rollup.Version);

    private DomainView View()
        => new(Key, S.Name, S.Description, S.Status, [.. S.Objectives], S.Funding, S.TalentTarget,
            [.. S.Rollup.Pods.Values.OrderBy(p => p.PodId, StringComparer.Ordinal)],
            RolledUpMetrics.From(S.Rollup.Totals), S.Rollup.CurrentHealth(), S.Rollup.LastHypothesisConcludedAt(),
            S.Dependencies.OpenLinks(), S.Version, S.CreatedAt, S.UpdatedAt);

    private static void CheckObjectives(Validate v, ImmutableArray<Objective> objectives)
    {
        for (int i = 0; i < objectives.Length; i++)
        {
            var o = objectives[i];
            if (!Validate.IsValidId(o.Id))
                v.Add(ErrorCodes.Invalid, $"Objective id '{o.Id}' is not a valid id.", "input", "objectives", $"{i}", "id");
            if (string.IsNullOrWhiteSpace(o.Title))
                v.Add(ErrorCodes.Invalid, "An objective needs a title.", "input", "objectives", $"{i}", "title");
            if (string.IsNullOrWhiteSpace(o.OutcomeMeasure))
                v.Add(ErrorCodes.Invalid, "An objective needs an outcome measure.", "input", "objectives", $"{i}", "outcomeMeasure");
        }
        if (objectives.Select(o => o.Id).Distinct().Count() != objectives.Length)
            v.Add(ErrorCodes.Invalid, "Objective ids must be unique.", "input", "objectives");
    }

    private Validate Existing(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"Domain '{Key}' does not exist.", "domainId");
        return v;
    }

    private MutationResult<DomainView> Ok() => MutationResult<DomainView>.Ok(View());
}
