using System.Collections.Immutable;

namespace OrgGrains.Model.Demo;

/// <summary>Generates a demo organisation, deterministically from a seed: domains by business area
/// and region, pods of about ten people composed from the AI disciplines (a few deliberately
/// missing MLOps, a few people over-allocated), capability networks and labs with members,
/// dependencies raised over the last five months with their status histories (so some are
/// overdue and each status ages), and six weeks of delivery and MLOps events per pod, all dated
/// in the past relative to <c>now</c>.</summary>
public static class DemoOrganisationGenerator
{
    public const string Actor = "demo-generator";

    /// <summary>The disciplines of a pod's members in order of seat; a pod of ten covers every core discipline.</summary>
    private static readonly Discipline[] Seats =
    [
        Discipline.MachineLearningEngineering, Discipline.DataScience, Discipline.DataEngineering, Discipline.Product, Discipline.MlOps,
        Discipline.DomainExpertise, Discipline.MachineLearningEngineering, Discipline.DataScience, Discipline.UxDesign, Discipline.BackendEngineering,
    ];

    public static DemoPlan Generate(DemoSize size, int seed, DateTimeOffset now)
    {
        var r = new Random(seed);
        var domains = Domains(size, r);
        var pods = Pods(size, r, domains);
        var networks = Enumerable.Range(0, size.Networks).Select(i =>
        {
            var (name, discipline) = DemoNames.NetworkThemes[i % DemoNames.NetworkThemes.Length];
            int round = i / DemoNames.NetworkThemes.Length;
            string suffix = round == 0 ? "" : " " + DemoNames.Regions[(round - 1) % DemoNames.Regions.Length] + (round > DemoNames.Regions.Length ? $" {round}" : "");
            return ($"net-{i + 1:D3}", new CreateNetwork(Actor, $"{name} Network{suffix}", discipline));
        }).ToImmutableArray();
        var labs = Enumerable.Range(0, size.Labs).Select(i =>
        {
            string theme = DemoNames.LabThemes[i % DemoNames.LabThemes.Length];
            int round = i / DemoNames.LabThemes.Length;
            return ($"lab-{i + 1:D3}", new CreateLab(Actor, $"{theme} Lab{(round == 0 ? "" : " " + (round + 1))}", theme));
        }).ToImmutableArray();
        var people = People(size, r, pods, networks);
        var dependencies = Dependencies(size, r, now, domains, pods, networks, labs);
        var events = pods.Select(p => new DemoPodEvents(p.Id, PodHistory(p.Id, r, now, size.EventDays))).ToImmutableArray();
        var initiatives = Enumerable.Range(0, Math.Max(5, size.Domains / 10)).Select(i => new Initiative(
            $"init-{i + 1:D3}", $"{DemoNames.PodProducts[r.Next(DemoNames.PodProducts.Length)]} at scale ({DemoNames.Regions[r.Next(DemoNames.Regions.Length)]})",
            Fib(r), Fib(r), Fib(r), Fib(r), [domains[r.Next(domains.Length)].Id])).ToImmutableArray();
        ImmutableArray<GovernancePolicy> policies =
        [
            new("transparency", "Model transparency", GovernanceArea.Transparency, "Every deployed model has a model card and explains its decisions to the people they affect."),
            new("fairness", "Fairness assessment", GovernanceArea.Fairness, "Every deployed model is assessed for disparate impact before release and at each review."),
            new("bias-review", "Bias review", GovernanceArea.BiasReview, "Every deployed model has a responsible-AI bias review within the last 180 days."),
        ];
        return new DemoPlan(domains, pods, networks, labs, people, dependencies, events, initiatives, policies);
    }

    private static int Fib(Random r) => new[] { 1, 2, 3, 5, 8, 13, 20 }[r.Next(7)];

    private static ImmutableArray<(string Id, CreateDomain Create)> Domains(DemoSize size, Random r)
        => [.. Enumerable.Range(0, size.Domains).Select(i =>
        {
            string area = DemoNames.BusinessAreas[i % DemoNames.BusinessAreas.Length];
            int round = i / DemoNames.BusinessAreas.Length;
            string name = round == 0 ? area : $"{area} {DemoNames.Regions[(round - 1) % DemoNames.Regions.Length]}";
            return ($"dom-{i + 1:D4}", new CreateDomain(Actor, name, $"AI products for {area.ToLowerInvariant()}.",
                [new Objective("o1", $"Improve {area.ToLowerInvariant()} outcomes", "Business KPI uplift (%)", 5 + r.Next(10), r.Next(8))],
                Funding: 500_000m + r.Next(40) * 100_000m, TalentTarget: size.People / size.Domains + r.Next(10)));
        })];

    private static ImmutableArray<DemoPod> Pods(DemoSize size, Random r, ImmutableArray<(string Id, CreateDomain Create)> domains)
        => [.. Enumerable.Range(0, size.Pods).Select(i =>
        {
            var (domainId, domain) = domains[i % domains.Length];
            string product = DemoNames.PodProducts[r.Next(DemoNames.PodProducts.Length)];
            double roll = r.NextDouble();
            var lifecycle = roll < 0.03 ? PodLifecycle.Forming : roll < 0.05 ? PodLifecycle.Sunsetting : PodLifecycle.Active;
            return new DemoPod($"pod-{i + 1:D5}",
                new CreatePod(Actor, $"{product} ({domain.Name}) #{i / domains.Length + 1}", $"Own {product.ToLowerInvariant()} end to end for {domain.Name}.", domainId, WipLimit: 4 + r.Next(5)),
                lifecycle);
        })];

    private static ImmutableArray<DemoPerson> People(DemoSize size, Random r, ImmutableArray<DemoPod> pods, ImmutableArray<(string Id, CreateNetwork Create)> networks)
    {
        var byDiscipline = networks.GroupBy(n => n.Create.Discipline).ToDictionary(g => g.Key, g => g.Select(n => n.Id).ToArray());
        // 5 % of pods have no MLOps specialist: their MLOps seat goes to a backend engineer.
        var noMlOps = pods.Select(_ => r.NextDouble() < 0.05).ToArray();
        var people = ImmutableArray.CreateBuilder<DemoPerson>(size.People);
        for (int i = 0; i < size.People; i++)
        {
            int podIndex = i % pods.Length;
            int seat = i / pods.Length;
            var discipline = Seats[seat % Seats.Length];
            if (discipline == Discipline.MlOps && noMlOps[podIndex])
                discipline = Discipline.BackendEngineering;
            string first = DemoNames.FirstNames[r.Next(DemoNames.FirstNames.Length)];
            string last = DemoNames.LastNames[r.Next(DemoNames.LastNames.Length)];
            string id = $"person-{i + 1:D6}";
            string email = $"{Ascii(first)}.{Ascii(last)}.{i + 1}@example.com".ToLowerInvariant();
            var allocations = ImmutableArray.CreateBuilder<AssignToPod>();
            double roll = r.NextDouble();
            string role = seat == 0 ? "lead" : DemoNames.Roles[1 + r.Next(DemoNames.Roles.Length - 1)];
            string other = pods[(podIndex + 1 + r.Next(Math.Max(1, pods.Length - 1))) % pods.Length].Id;
            if (roll < 0.03 && other != pods[podIndex].Id)
            {
                // Over-allocated, as real organisations are.
                allocations.Add(new AssignToPod(Actor, pods[podIndex].Id, role, 100, true));
                allocations.Add(new AssignToPod(Actor, other, "advisor", 20 + r.Next(3) * 10, false));
            }
            else if (roll < 0.13 && other != pods[podIndex].Id)
            {
                int primary = 70 + r.Next(3) * 10;
                allocations.Add(new AssignToPod(Actor, pods[podIndex].Id, role, primary, true));
                allocations.Add(new AssignToPod(Actor, other, "advisor", 100 - primary, false));
            }
            else
                allocations.Add(new AssignToPod(Actor, pods[podIndex].Id, role, 100, true));
            var communities = ImmutableArray.CreateBuilder<UnitRef>();
            if (r.NextDouble() < 0.3 && byDiscipline.TryGetValue(discipline, out var matching))
                communities.Add(UnitRef.Network(matching[r.Next(matching.Length)]));
            if (r.NextDouble() < 0.05 && size.Labs > 0)
                communities.Add(UnitRef.Lab($"lab-{r.Next(size.Labs) + 1:D3}"));
            people.Add(new DemoPerson(id, new CreatePerson(Actor, $"{first} {last}", email, discipline, [discipline.ToString()]), allocations.ToImmutable(), communities.ToImmutable()));
        }
        return people.MoveToImmutable();
    }

    private static string Ascii(string name) => new(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray());

    private static ImmutableArray<DemoDependency> Dependencies(DemoSize size, Random r, DateTimeOffset now,
        ImmutableArray<(string Id, CreateDomain Create)> domains, ImmutableArray<DemoPod> pods,
        ImmutableArray<(string Id, CreateNetwork Create)> networks, ImmutableArray<(string Id, CreateLab Create)> labs)
    {
        var kinds = Enum.GetValues<DependencyKind>();
        var live = pods.Where(p => p.Lifecycle != PodLifecycle.Forming).ToArray();
        var result = ImmutableArray.CreateBuilder<DemoDependency>(size.Dependencies);
        for (int i = 0; i < size.Dependencies; i++)
        {
            var consumer = live[r.Next(live.Length)];
            int consumerIndex = int.Parse(consumer.Id.AsSpan(4)) - 1;
            double roll = r.NextDouble();
            UnitRef provider = roll switch
            {
                // Most needs are on a pod in the same domain.
                < 0.55 => UnitRef.Pod(pods[(consumerIndex + domains.Length * (1 + r.Next(Math.Max(1, pods.Length / domains.Length - 1)))) % pods.Length].Id),
                < 0.75 => UnitRef.Pod(live[r.Next(live.Length)].Id),
                < 0.85 => UnitRef.Domain(domains[r.Next(domains.Length)].Id),
                < 0.93 when networks.Length > 0 => UnitRef.Network(networks[r.Next(networks.Length)].Id),
                < 0.97 when labs.Length > 0 => UnitRef.Lab(labs[r.Next(labs.Length)].Id),
                _ => new UnitRef(UnitKind.SteeringGroup, Organisation.Id),
            };
            if (provider == UnitRef.Pod(consumer.Id))
                provider = UnitRef.Domain(consumer.Create.DomainId);
            var kind = provider.Kind switch
            {
                UnitKind.SteeringGroup => DependencyKind.Decision,
                UnitKind.CapabilityNetwork => DependencyKind.Expertise,
                _ => kinds[r.Next(kinds.Length)],
            };
            // Raised within the last five months, needed two weeks to four months later: the older
            // open ones are overdue, and each status has young and old dependencies in it.
            double age = 1 + r.NextDouble() * 150;
            var raised = now.AddDays(-age);
            var neededBy = new DateTimeOffset(raised.AddDays(14 + r.Next(120)).UtcDateTime.Date, TimeSpan.Zero);
            var steps = new List<(DependencyStatus To, string? Reason)>();
            double s = r.NextDouble();
            if (s >= 0.25) steps.Add((DependencyStatus.Accepted, null));
            if (s >= 0.45) steps.Add((DependencyStatus.InProgress, null));
            if (s >= 0.70 && s < 0.80) steps.Add((DependencyStatus.Blocked, "Waiting on " + (r.Next(2) == 0 ? "data access approval" : "platform capacity")));
            if (s >= 0.80 && s < 0.95) steps.Add((DependencyStatus.Delivered, null));
            if (s >= 0.95) steps.Add((DependencyStatus.Cancelled, null));
            // Each status change happens some way into the time left before now.
            double elapsed = 0;
            var path = ImmutableArray.CreateBuilder<TransitionDependency>(steps.Count);
            foreach (var (to, reason) in steps)
            {
                elapsed += (age - elapsed) * (0.1 + r.NextDouble() * 0.5);
                path.Add(new TransitionDependency(Actor, to, reason, raised.AddDays(elapsed)));
            }
            var description = $"{kind} needed by {consumer.Create.Name}";
            result.Add(new DemoDependency($"dep-{i + 1:D6}",
                new CreateDependency(Actor, UnitRef.Pod(consumer.Id), provider, kind, description, neededBy, raised),
                path.MoveToImmutable()));
        }
        return result.MoveToImmutable();
    }

    /// <summary>Six weeks (by default) of a pod's life: experiments, a deployed model drifting and
    /// sometimes retrained, prompts refined, annotation requests, token use and work items.</summary>
    private static ImmutableArray<PodEvent> PodHistory(string podId, Random r, DateTimeOffset now, int days)
    {
        var e = ImmutableArray.CreateBuilder<PodEvent>();
        int n = 0;
        string Id() => $"{podId}-e{++n}";
        DateTimeOffset Ago(double d) => now.AddDays(-d);
        for (int h = 1; h <= 3; h++)
        {
            double started = 5 + r.NextDouble() * (days - 5);
            e.Add(new PodEvent(Id(), PodEventKind.HypothesisStarted, Ago(started), $"h{h}", $"Hypothesis {h}"));
            double concluded = started - 2 - r.NextDouble() * 10;
            if (concluded > 0 && r.NextDouble() < 0.7)
                e.Add(new PodEvent(Id(), PodEventKind.HypothesisConcluded, Ago(concluded), $"h{h}", Outcome: r.Next(3) == 0 ? HypothesisOutcome.Validated : HypothesisOutcome.Invalidated));
        }
        double quality = 0.8 + r.NextDouble() * 0.15;
        e.Add(new PodEvent(Id(), PodEventKind.ModelDeployed, Ago(days - 1), "model-1", "Model v1"));
        if (r.NextDouble() < 0.85)
            e.Add(new PodEvent(Id(), PodEventKind.ResponsibleAiReviewed, Ago(days - 2), "model-1"));
        bool drifted = r.NextDouble() < 0.3;
        for (int w = 5; w >= 1; w--)
        {
            quality -= r.NextDouble() * 0.01;
            e.Add(new PodEvent(Id(), PodEventKind.DriftMeasured, Ago(w * 7), "model-1", Quality: Math.Round(quality, 4), DriftAlert: drifted && w == 2));
        }
        if (drifted)
        {
            e.Add(new PodEvent(Id(), PodEventKind.ModelDeployed, Ago(14 - 1 - r.NextDouble() * 5), "model-2", "Model v2 (retrained)", ReplacesModelId: "model-1"));
            if (r.NextDouble() < 0.8)
                e.Add(new PodEvent(Id(), PodEventKind.ResponsibleAiReviewed, Ago(7), "model-2"));
        }
        for (int p = 1; p <= 1 + r.Next(2); p++)
        {
            double first = 10 + r.NextDouble() * 20;
            int iterations = 2 + r.Next(5);
            for (int i = 0; i < iterations; i++)
                e.Add(new PodEvent(Id(), PodEventKind.PromptIteration, Ago(first - i), $"prompt-{p}"));
            if (r.NextDouble() < 0.6)
                e.Add(new PodEvent(Id(), PodEventKind.PromptPromoted, Ago(first - iterations), $"prompt-{p}"));
        }
        for (int a = 1; a <= 1 + r.Next(2); a++)
        {
            double requested = 3 + r.NextDouble() * 30;
            e.Add(new PodEvent(Id(), PodEventKind.AnnotationRequested, Ago(requested), $"annotation-{a}"));
            if (r.NextDouble() < 0.7)
                e.Add(new PodEvent(Id(), PodEventKind.AnnotationDelivered, Ago(requested - 1 - r.NextDouble() * 2), $"annotation-{a}"));
        }
        for (int d = 0; d < 7; d++)
        {
            long tokens = 10_000 + r.Next(490_000);
            e.Add(new PodEvent(Id(), PodEventKind.TokensUsed, Ago(d + 0.5), "llm-gateway", Tokens: tokens, Cost: Math.Round(tokens * 0.00002m, 2)));
        }
        for (int w = 1; w <= 6; w++)
        {
            double committed = r.NextDouble() * (days - 2);
            e.Add(new PodEvent(Id(), PodEventKind.WorkItemCommitted, Ago(committed), $"item-{w}"));
            double done = committed - 2 - r.NextDouble() * 10;
            if (done > 0)
                e.Add(new PodEvent(Id(), PodEventKind.WorkItemDone, Ago(done), $"item-{w}"));
        }
        return e.ToImmutable();
    }
}
