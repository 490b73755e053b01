
namespace OrgGrains.Model;

[GrainType("innovationlab")]
public sealed class InnovationLabGrain(
    [PersistentState("lab")] IPersistentState<LabState> state,
    OrgModelOptions options)
    : CommunityGrain<LabState, InnovationLabView>(state, options), IInnovationLabGrain
{
    protected override string UnitName => "Innovation lab";

    protected override string IdField => "labId";

    protected override UnitRef Self => UnitRef.Lab(Key);

    protected override UnitSummary? Summary()
        => S.Exists ? new UnitSummary(Self, S.Name, null, S.Status.ToString(), S.Theme, S.Version) : null;

    public Task<InnovationLabView?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public async Task<MutationResult<InnovationLabView>> CreateAsync(CreateLab c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Text(c.Theme, "theme");
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"An innovation lab with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid lab id.", "input", "id");
        if (!v.Ok)
            return MutationResult<InnovationLabView>.Fail(v.Errors);
        S.Exists = true;
        S.Name = c.Name.Trim();
        S.Theme = c.Theme.Trim();
        S.CreatedAt = Now;
        await CommitAsync("created", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<InnovationLabView>> UpdateAsync(UpdateLab c)
    {
        var v = Active(c.Actor);
        if (c.Name is not null) v.Text(c.Name, "name");
        if (c.Theme is not null) v.Text(c.Theme, "theme");
        if (!v.Ok)
            return MutationResult<InnovationLabView>.Fail(v.Errors);
        S.Name = c.Name?.Trim() ?? S.Name;
        S.Theme = c.Theme?.Trim() ?? S.Theme;
        await CommitAsync("updated", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<InnovationLabView>> StartExplorationAsync(StartExploration c)
    {
        var v = Active(c.Actor).Id(c.ExplorationId, "explorationId").Text(c.Title, "title");
        if (v.Ok && S.Explorations.Any(e => e.Id == c.ExplorationId))
            v.Add(ErrorCodes.AlreadyExists, $"Exploration '{c.ExplorationId}' already exists.", "input", "explorationId");
        if (!v.Ok)
            return MutationResult<InnovationLabView>.Fail(v.Errors);
        S.Explorations.Add(new Exploration(c.ExplorationId, c.Title.Trim(), Now, null, null, null));
        await CommitAsync("exploration started", c.Actor, c.Title);
        return Ok();
    }

    public async Task<MutationResult<InnovationLabView>> ConcludeExplorationAsync(ConcludeExploration c)
    {
        var v = Active(c.Actor).Defined(c.Outcome, "outcome");
        int index = S.Explorations.FindIndex(e => e.Id == c.ExplorationId);
        if (v.Ok && index < 0)
            v.Add(ErrorCodes.NotFound, $"Exploration '{c.ExplorationId}' does not exist.", "input", "explorationId");
        else if (v.Ok && S.Explorations[index].Outcome is { } outcome)
            v.Add(ErrorCodes.InvalidTransition, $"Exploration '{c.ExplorationId}' is already concluded ({outcome}).", "input", "explorationId");
        if (v.Ok && c.Outcome == ExplorationOutcome.PromotedToPod)
        {
            if (c.PodId is null)
                v.Add(ErrorCodes.Invalid, "podId is required when an exploration is promoted to a pod.", "input", "podId");
            else if (await GrainFactory.GetGrain<IPodGrain>(c.PodId).GetSummaryAsync() is null)
                v.Add(ErrorCodes.NotFound, $"Pod '{c.PodId}' does not exist.", "input", "podId");
        }
        else if (v.Ok && c.PodId is not null)
            v.Add(ErrorCodes.Invalid, "podId applies only when the outcome is PromotedToPod.", "input", "podId");
        if (!v.Ok)
            return MutationResult<InnovationLabView>.Fail(v.Errors);
        S.Explorations[index] = S.Explorations[index] with { Outcome = c.Outcome, PromotedToPodId = c.PodId, ConcludedAt = Now };
        await CommitAsync("exploration concluded", c.Actor, $"{c.ExplorationId}: {c.Outcome}");
        return Ok();
    }

    public async Task<MutationResult<InnovationLabView>> SetRadarEntryAsync(SetRadarEntry c)
    {
        var v = Active(c.Actor).Text(c.Technology, "technology").Defined(c.Ring, "ring").Text(c.Rationale, "rationale", Validate.MaxTextLength);
        if (!v.Ok)
            return MutationResult<InnovationLabView>.Fail(v.Errors);
        string technology = c.Technology.Trim();
        string? before = S.Radar.TryGetValue(technology, out var old) ? old.Ring.ToString() : null;
        S.Radar[technology] = new RadarEntry(technology, c.Ring, c.Rationale, Now, c.Actor);
        await CommitAsync("radar", c.Actor, $"{technology}: {before ?? "new"} → {c.Ring}");
        return Ok();
    }

    protected override InnovationLabView View()
        => new(Key, S.Name, S.Theme, S.Status, S.Members.Sorted(), [.. S.Events.OrderBy(e => e.At)], [.. S.Explorations],
            [.. S.Radar.Values.OrderBy(r => r.Technology, StringComparer.Ordinal)], S.Dependencies.OpenLinks(), S.Version, S.CreatedAt, S.UpdatedAt);
}
