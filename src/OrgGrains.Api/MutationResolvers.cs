using System.Collections.Immutable;
using System.Text.Json;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>The Mutation root. Each mutation calls one grain method, which applies the change
/// whole or refuses it with user errors (the model guarantees nothing is half-applied); the
/// payload carries the changed unit or the errors, with the model's field paths renamed to this
/// API's input fields. The actor is the signed-in caller (<see cref="Caller.Actor"/>).</summary>
internal sealed class MutationResolvers(Loaders loaders)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Model command fields whose input field is named differently here.</summary>
    private static readonly Dictionary<string, string> InputNames = new(StringComparer.Ordinal)
    {
        ["id"] = "key",
        ["podId"] = "podKey",
        ["domainId"] = "domainKey",
        ["toDomainId"] = "toDomainKey",
        ["consumer"] = "consumerId",
        ["provider"] = "providerId",
        ["newProvider"] = "newProviderId",
        ["community"] = "communityId",
        ["domainIds"] = "domainKeys",
    };

    private GuardedFields _b = null!;

    public void Bind(GuardedFields builder)
    {
        _b = builder;
        var g = loaders.Grains;

        Unit<PodView>("createPod", "pod", UnitKind.Pod, (i, key, actor) => g.GetGrain<IPodGrain>(key)
            .CreateAsync(new CreatePod(actor, Str(i, "name")!, Str(i, "mission")!, Str(i, "domainKey")!, Int(i, "wipLimit") ?? 5)));
        Unit<PodView>("updatePod", "pod", UnitKind.Pod, (i, key, actor) => g.GetGrain<IPodGrain>(key)
            .UpdateAsync(new UpdatePod(actor, Str(i, "name"), Str(i, "mission"), Int(i, "wipLimit"))));
        Unit<PodView>("movePod", "pod", UnitKind.Pod, (i, key, actor) => g.GetGrain<IPodGrain>(key).MoveToDomainAsync(new MovePod(actor, Str(i, "toDomainKey")!)));
        Unit<PodView>("transitionPod", "pod", UnitKind.Pod, (i, key, actor) => g.GetGrain<IPodGrain>(key).TransitionAsync(new TransitionPod(actor, Enum<PodLifecycle>(i, "to"))));

        Unit<DomainView>("createDomain", "domain", UnitKind.Domain, (i, key, actor) => g.GetGrain<IDomainGrain>(key).CreateAsync(new CreateDomain(
            actor, Str(i, "name")!, Str(i, "description")!, Objectives(i) ?? [], (decimal)(Dbl(i, "funding") ?? 0), Int(i, "talentTarget") ?? 0)));
        Unit<DomainView>("updateDomain", "domain", UnitKind.Domain, (i, key, actor) => g.GetGrain<IDomainGrain>(key)
            .UpdateAsync(new UpdateDomain(actor, Str(i, "name"), Str(i, "description"), Objectives(i))));
        Unit<DomainView>("allocateToDomain", "domain", UnitKind.Domain, (i, key, actor) => g.GetGrain<IDomainGrain>(key)
            .AllocateAsync(new AllocateToDomain(actor, (decimal)Dbl(i, "funding")!.Value, Int(i, "talentTarget")!.Value)));
        Unit<DomainView>("archiveDomain", "domain", UnitKind.Domain, (_, key, actor) => g.GetGrain<IDomainGrain>(key).ArchiveAsync(new ArchiveUnit(actor)));

        Unit<PersonView>("createPerson", "person", UnitKind.Person, (i, key, actor) => g.GetGrain<IPersonGrain>(key)
            .CreateAsync(new CreatePerson(actor, Str(i, "name")!, Str(i, "email")!, Enum<Discipline>(i, "discipline"), Strings(i, "skills") ?? [])));
        Unit<PersonView>("updatePerson", "person", UnitKind.Person, (i, key, actor) => g.GetGrain<IPersonGrain>(key).UpdateAsync(new UpdatePerson(
            actor, Str(i, "name"), Str(i, "email"), i.ContainsKey("discipline") && i["discipline"] is not null ? Enum<Discipline>(i, "discipline") : null, Strings(i, "skills"))));
        Unit<PersonView>("assignToPod", "person", UnitKind.Person, (i, _, actor) => g.GetGrain<IPersonGrain>(Str(i, "personKey")!)
            .AssignToPodAsync(new AssignToPod(actor, Str(i, "podKey")!, Str(i, "role")!, Int(i, "allocationPercent")!.Value, (bool)i["primary"]!)), keyField: "personKey");
        Unit<PersonView>("unassignFromPod", "person", UnitKind.Person, (i, _, actor) => g.GetGrain<IPersonGrain>(Str(i, "personKey")!)
            .UnassignFromPodAsync(new UnassignFromPod(actor, Str(i, "podKey")!)), keyField: "personKey");
        Unit<PersonView>("archivePerson", "person", UnitKind.Person, (_, key, actor) => g.GetGrain<IPersonGrain>(key).ArchiveAsync(new ArchiveUnit(actor)));
        Unit<PersonView>("joinCommunity", "person", UnitKind.Person, (i, _, actor) => Community(i) is { } c
            ? g.GetGrain<IPersonGrain>(Str(i, "personKey")!).JoinCommunityAsync(new CommunityMembershipChange(actor, c))
            : Task.FromResult(BadId<PersonView>("communityId")), keyField: "personKey");
        Unit<PersonView>("leaveCommunity", "person", UnitKind.Person, (i, _, actor) => Community(i) is { } c
            ? g.GetGrain<IPersonGrain>(Str(i, "personKey")!).LeaveCommunityAsync(new CommunityMembershipChange(actor, c))
            : Task.FromResult(BadId<PersonView>("communityId")), keyField: "personKey");

        Unit<CapabilityNetworkView>("createCapabilityNetwork", "capabilityNetwork", UnitKind.CapabilityNetwork, (i, key, actor) => g.GetGrain<ICapabilityNetworkGrain>(key)
            .CreateAsync(new CreateNetwork(actor, Str(i, "name")!, Enum<Discipline>(i, "discipline"))));
        Unit<CapabilityNetworkView>("updateCapabilityNetwork", "capabilityNetwork", UnitKind.CapabilityNetwork, (i, key, actor) => g.GetGrain<ICapabilityNetworkGrain>(key)
            .UpdateAsync(new UpdateNetwork(actor, Str(i, "name"))));
        Unit<CapabilityNetworkView>("publishStandard", "capabilityNetwork", UnitKind.CapabilityNetwork, (i, _, actor) => g.GetGrain<ICapabilityNetworkGrain>(Str(i, "networkKey")!)
            .PublishStandardAsync(new PublishStandard(actor, Str(i, "standardId")!, Str(i, "title")!, Str(i, "body")!)), keyField: "networkKey");
        Unit<CapabilityNetworkView>("archiveCapabilityNetwork", "capabilityNetwork", UnitKind.CapabilityNetwork, (_, key, actor) => g.GetGrain<ICapabilityNetworkGrain>(key).ArchiveAsync(new ArchiveUnit(actor)));
        Unit<InnovationLabView>("createInnovationLab", "innovationLab", UnitKind.InnovationLab, (i, key, actor) => g.GetGrain<IInnovationLabGrain>(key)
            .CreateAsync(new CreateLab(actor, Str(i, "name")!, Str(i, "theme")!)));
        Unit<InnovationLabView>("updateInnovationLab", "innovationLab", UnitKind.InnovationLab, (i, key, actor) => g.GetGrain<IInnovationLabGrain>(key)
            .UpdateAsync(new UpdateLab(actor, Str(i, "name"), Str(i, "theme"))));
        Unit<InnovationLabView>("startExploration", "innovationLab", UnitKind.InnovationLab, (i, key, actor) => g.GetGrain<IInnovationLabGrain>(key)
            .StartExplorationAsync(new StartExploration(actor, Str(i, "explorationId")!, Str(i, "title")!)), keyField: "labKey");
        Unit<InnovationLabView>("concludeExploration", "innovationLab", UnitKind.InnovationLab, (i, key, actor) =>
            Parse<ExplorationOutcome>(i, "outcome") is { } outcome
                ? g.GetGrain<IInnovationLabGrain>(key).ConcludeExplorationAsync(new ConcludeExploration(actor, Str(i, "explorationId")!, outcome, Str(i, "podKey")))
                : Task.FromResult(NotOneOf<InnovationLabView, ExplorationOutcome>(i, "outcome")), keyField: "labKey");
        Unit<InnovationLabView>("setRadarEntry", "innovationLab", UnitKind.InnovationLab, (i, key, actor) =>
            Parse<RadarRing>(i, "ring") is { } ring
                ? g.GetGrain<IInnovationLabGrain>(key).SetRadarEntryAsync(new SetRadarEntry(actor, Str(i, "technology")!, ring, Str(i, "rationale")!))
                : Task.FromResult(NotOneOf<InnovationLabView, RadarRing>(i, "ring")), keyField: "labKey");
        _b.Resolve("Mutation", "recordCommunityEvent", RecordCommunityEventAsync);
        Unit<InnovationLabView>("archiveInnovationLab", "innovationLab", UnitKind.InnovationLab, (_, key, actor) => g.GetGrain<IInnovationLabGrain>(key).ArchiveAsync(new ArchiveUnit(actor)));

        Unit<DependencyView>("createDependency", "dependency", UnitKind.Dependency, (i, key, actor) =>
            GlobalId.TryDecode(Str(i, "consumerId")) is not { } consumer ? Task.FromResult(BadId<DependencyView>("consumerId"))
            : GlobalId.TryDecode(Str(i, "providerId")) is not { } provider ? Task.FromResult(BadId<DependencyView>("providerId"))
            : g.GetGrain<IDependencyGrain>(key).CreateAsync(new CreateDependency(actor, consumer, provider, Enum<DependencyKind>(i, "kind"), Str(i, "description")!, Date(i, "neededBy"))));
        Unit<DependencyView>("transitionDependency", "dependency", UnitKind.Dependency, (i, key, actor) => g.GetGrain<IDependencyGrain>(key)
            .TransitionAsync(new TransitionDependency(actor, Enum<DependencyStatus>(i, "to"), Str(i, "reason"))));
        Unit<DependencyView>("reassignDependency", "dependency", UnitKind.Dependency, (i, key, actor) =>
            GlobalId.TryDecode(Str(i, "newProviderId")) is { } provider
                ? g.GetGrain<IDependencyGrain>(key).ReassignAsync(new ReassignDependency(actor, provider))
                : Task.FromResult(BadId<DependencyView>("newProviderId")));

        Unit<DependencyView>("updateDependency", "dependency", UnitKind.Dependency, (i, key, actor) => g.GetGrain<IDependencyGrain>(key)
            .UpdateAsync(new UpdateDependency(actor, Str(i, "description"), Date(i, "neededBy"))));

        Steering("upsertInitiative", (ctx, actor) =>
        {
            var i = Input(ctx);
            var initiative = new Initiative(Str(i, "id")!, Str(i, "title")!, Int(i, "businessValue")!.Value, Int(i, "timeCriticality")!.Value,
                Int(i, "riskReduction")!.Value, Int(i, "jobSize")!.Value, Strings(i, "domainKeys") ?? []);
            return loaders.Steering.UpsertInitiativeAsync(new UpsertInitiative(actor, initiative));
        });
        Steering("removeInitiative", (ctx, actor) => loaders.Steering.RemoveInitiativeAsync(ctx.GetArgument<string>("id")!, actor));
        Steering("setGovernancePolicy", (ctx, actor) =>
        {
            var i = Input(ctx);
            if (!System.Enum.TryParse<GovernanceArea>(Str(i, "area")!.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var area) || !System.Enum.IsDefined(area))
            {
                return Task.FromResult(MutationResult<OrgState>.Fail(UserError.At(ErrorCodes.Invalid,
                    $"area '{Str(i, "area")}' is not one of TRANSPARENCY, FAIRNESS, BIAS_REVIEW.", "input", "area")));
            }

            return loaders.Steering.SetGovernancePolicyAsync(new SetGovernancePolicy(actor, new GovernancePolicy(Str(i, "id")!, Str(i, "title")!, area, Str(i, "statement")!)));
        });

        _b.Resolve("Mutation", "recordPodEvents", RecordPodEventsAsync);
        _b.Resolve("Mutation", "recordPodEvent", RecordPodEventAsync);
        _b.Resolve("Mutation", "recordResponsibleAiReview", RecordResponsibleAiReviewAsync);
    }

    private static IReadOnlyDictionary<string, object?> Input(ResolveContext ctx) => (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;

    private static string? Str(IReadOnlyDictionary<string, object?> i, string name) => i.TryGetValue(name, out var v) ? v as string : null;

    private static int? Int(IReadOnlyDictionary<string, object?> i, string name) => i.TryGetValue(name, out var v) && v is not null ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static double? Dbl(IReadOnlyDictionary<string, object?> i, string name) => i.TryGetValue(name, out var v) && v is not null ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static DateTimeOffset? Date(IReadOnlyDictionary<string, object?> i, string name) => i.TryGetValue(name, out var v) ? v as DateTimeOffset? : null;

    /// <summary>Enum input values arrive as the internal values BindEnum gave them.</summary>
    private static T Enum<T>(IReadOnlyDictionary<string, object?> i, string name)
        where T : struct, Enum => (T)i[name]!;

    private static ImmutableArray<string>? Strings(IReadOnlyDictionary<string, object?> i, string name) =>
        i.TryGetValue(name, out var v) && v is IEnumerable<object?> list ? [.. list.Cast<string>()] : null;

    private static ImmutableArray<Objective>? Objectives(IReadOnlyDictionary<string, object?> i) =>
        i.TryGetValue("objectives", out var v) && v is not null ? JsonSerializer.SerializeToElement(v, Web).Deserialize<ImmutableArray<Objective>>(Web) : null;

    private static UnitRef? Community(IReadOnlyDictionary<string, object?> i) => GlobalId.TryDecode(Str(i, "communityId"));

    /// <summary>An enum given as text (GRAPHQL_CASE or PascalCase); null when it names no member.</summary>
    private static TEnum? Parse<TEnum>(IReadOnlyDictionary<string, object?> i, string name)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(Str(i, name)?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value : null;

    private static MutationResult<T> NotOneOf<T, TEnum>(IReadOnlyDictionary<string, object?> i, string name)
        where T : class
        where TEnum : struct, Enum => MutationResult<T>.Fail(UserError.At(ErrorCodes.Invalid,
            $"{name} '{Str(i, name)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.", "input", name));

    private async ValueTask<object?> RecordCommunityEventAsync(ResolveContext ctx)
    {
        var i = Input(ctx);
        var command = new RecordCommunityEvent(Caller.Of(ctx).Actor, Str(i, "eventId")!, Str(i, "title")!, Str(i, "kind")!, Date(i, "at")!.Value);
        var unit = GlobalId.TryDecode(Str(i, "unitId"));
        var errors = unit?.Kind switch
        {
            UnitKind.CapabilityNetwork => (await loaders.Grains.GetGrain<ICapabilityNetworkGrain>(unit.Value.Id).RecordEventAsync(command).ConfigureAwait(false)).Errors,
            UnitKind.InnovationLab => (await loaders.Grains.GetGrain<IInnovationLabGrain>(unit.Value.Id).RecordEventAsync(command).ConfigureAwait(false)).Errors,
            _ => [UserError.At("INVALID_ID", "`unitId` is not the global id of a capability network or innovation lab.", "input", "unitId")],
        };
        return Payload("unit", errors.IsDefaultOrEmpty ? new UnitNode(unit!.Value) : null, errors, "unitId");
    }

    private static MutationResult<T> BadId<T>(string field)
        where T : class => MutationResult<T>.Fail(UserError.At("INVALID_ID", $"`{field}` is not a global id of this API.", "input", field));

    /// <summary>A mutation of one unit, keyed by the input field <paramref name="keyField"/>.</summary>
    private void Unit<TView>(string mutation, string payloadField, UnitKind kind, Func<IReadOnlyDictionary<string, object?>, string, string, Task<MutationResult<TView>>> apply, string keyField = "key")
        where TView : class =>
        _b.Resolve("Mutation", mutation, async ctx =>
        {
            var input = Input(ctx);
            var key = Str(input, keyField)!;
            var result = await apply(input, key, Caller.Of(ctx).Actor).ConfigureAwait(false);
            var node = result.Value is { } view ? new UnitNode(new UnitRef(kind, key), View: view) : null;
            return Payload(payloadField, node, result.Errors, keyField);
        });

    private void Steering(string mutation, Func<ResolveContext, string, Task<MutationResult<OrgState>>> apply) =>
        _b.Resolve("Mutation", mutation, async ctx =>
        {
            var result = await apply(ctx, Caller.Of(ctx).Actor).ConfigureAwait(false);
            return Payload("organisation", result.Succeeded ? UnitNode.Organisation : null, result.Errors.IsDefault ? [] : [.. result.Errors.Select(SteeringPath)], "id");
        });

    /// <summary>The model nests an initiative's or policy's fields (["input", "initiative", "jobSize"]);
    /// this API's inputs are flat, and removeInitiative takes the id as its argument.</summary>
    private static UserError SteeringPath(UserError error) => error.Path.IsDefaultOrEmpty ? error : error with
    {
        Path = error.Path is ["input", "initiativeId"] ? ["id"] : [.. error.Path.Where(p => p is not ("initiative" or "policy"))],
    };

    private static Dictionary<string, object?> Payload(string field, object? value, ImmutableArray<UserError> errors, string keyField) => new()
    {
        [field] = value,
        ["userErrors"] = errors.IsDefault ? [] : errors.Select(e => Rename(e, keyField)).ToImmutableArray(),
    };

    /// <summary>A path of one "…Id" segment (the model's "personId", "domainId", …) is the unit the
    /// mutation is about: its key input field.</summary>
    private static UserError Rename(UserError error, string keyField) =>
        error.Path.IsDefaultOrEmpty ? error : error with
        {
            Path = error.Path is [var only] && only.EndsWith("Id", StringComparison.Ordinal)
                ? ["input", keyField]
                : [.. error.Path.Select(p => p == "id" ? keyField : InputNames.GetValueOrDefault(p, p))],
        };

    private static PodEvent ReadEvent(IReadOnlyDictionary<string, object?> e) => new(
        Str(e, "eventId")!, Enum<PodEventKind>(e, "kind"), Date(e, "occurredAt")!.Value, Str(e, "subjectId")!, Str(e, "title"),
        e.TryGetValue("outcome", out var o) && o is HypothesisOutcome outcome ? outcome : null, Dbl(e, "quality"),
        e.TryGetValue("driftAlert", out var d) && d is true, Str(e, "replacesModelId"), Int(e, "tokens") ?? 0, (decimal)(Dbl(e, "cost") ?? 0));

    private ValueTask<object?> RecordPodEventsAsync(ResolveContext ctx)
    {
        var input = Input(ctx);
        var events = ((IEnumerable<object?>)input["events"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(ReadEvent).ToImmutableArray();
        return RecordAsync(Caller.Of(ctx).Actor, Str(input, "podKey")!, events, (index, field) => ["input", "events", index.ToString(System.Globalization.CultureInfo.InvariantCulture), .. field]);
    }

    private ValueTask<object?> RecordPodEventAsync(ResolveContext ctx)
    {
        var input = Input(ctx);
        var pod = Str(input, "podKey")!;
        return RecordAsync(Caller.Of(ctx).Actor, pod, [ReadEvent((IReadOnlyDictionary<string, object?>)input["event"]!)], (_, field) => ["input", "event", .. field]);
    }

    /// <summary>A governance review is the pod event integrations report as RESPONSIBLE_AI_REVIEWED,
    /// idempotent by the review's id.</summary>
    private ValueTask<object?> RecordResponsibleAiReviewAsync(ResolveContext ctx)
    {
        var i = Input(ctx);
        var review = new PodEvent(Str(i, "reviewId")!, PodEventKind.ResponsibleAiReviewed, Date(i, "reviewedAt")!.Value, Str(i, "modelId")!);
        return RecordAsync(Caller.Of(ctx).Actor, Str(i, "podKey")!, [review], (_, field) => ["input", .. field.Select(f => f switch
        {
            "eventId" => "reviewId",
            "occurredAt" => "reviewedAt",
            "subjectId" => "modelId",
            _ => f,
        })]);
    }

    /// <param name="path">The input path of an event's field, from the event's index in the batch
    /// and the model's field path within the event.</param>
    private async ValueTask<object?> RecordAsync(string actor, string podKey, ImmutableArray<PodEvent> events, Func<int, IEnumerable<string>, ImmutableArray<string>> path)
    {
        var pod = loaders.Grains.GetGrain<IPodGrain>(podKey);
        if (await pod.GetAsync().ConfigureAwait(false) is null)
        {
            return new Dictionary<string, object?>
            {
                ["pod"] = null, ["accepted"] = 0, ["duplicates"] = 0,
                ["userErrors"] = ImmutableArray.Create(UserError.At(ErrorCodes.NotFound, $"Pod '{podKey}' does not exist.", "input", "podKey")),
            };
        }

        var result = await pod.RecordEventsAsync(events, actor).ConfigureAwait(false);
        return new Dictionary<string, object?>
        {
            ["pod"] = new UnitNode(UnitRef.Pod(podKey)),
            ["accepted"] = result.Accepted,
            ["duplicates"] = result.Duplicates,
            ["userErrors"] = result.Errors.Select(e => e.Error with { Path = path(e.Index, e.Error.Path.SkipWhile(p => p is "events" || p.All(char.IsAsciiDigit))) }).ToImmutableArray(),
        };
    }
}
