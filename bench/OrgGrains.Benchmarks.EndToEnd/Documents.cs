namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>The GraphQL documents of the mixed load: what a portal and the integrations send. The
/// same text every time, with variables, as real clients do (the server caches parsed documents).</summary>
internal static class Documents
{
    /// <summary>A pod's page in the portal: its facts, members, metrics and alerts.</summary>
    public const string PodById = """
        query PodById($key: String!) {
          pod(key: $key) {
            id key name mission lifecycle health wipLimit updatedAt
            domain { key name }
            members { name discipline role allocationPercent isPrimary }
            metrics { asOf experimentationThroughputPerWeek hypothesesConcluded tokensPerDay costPerDay throughputPerWeek wip openDependencies }
            alerts { id kind reason raisedAt }
          }
        }
        """;

    /// <summary>A domain's page: its roll-up and its pods with their health.</summary>
    public const string DomainWithPods = """
        query DomainWithPods($key: String!) {
          domain(key: $key) {
            id key name status funding talentTarget health lastHypothesisConcludedAt
            metrics { experimentationThroughputPerWeek tokensPerDay costPerDay throughputPerWeek wip wipLimit deployedModels members }
            pods { key name lifecycle health metrics { throughputPerWeek wip tokensPerDay } }
          }
        }
        """;

    /// <summary>The steering group's dashboard: org-wide counts, alerts, roll-up and dependency picture.</summary>
    public const string OrgState = """
        query OrgState {
          organisation {
            version updatedAt
            counts { kind total byStatus { status count } }
            alertCount
            alertsByKind { kind count }
            recentAlerts { id kind reason raisedAt }
            initiatives { id title wsjf rank }
            responsibleAi { deployedModels withCurrentReview withoutCurrentReview }
            metrics { experimentationThroughputPerWeek tokensPerDay costPerDay throughputPerWeek wip members deployedModels }
            dependencies { open overdue cycles longestBlockedChain }
          }
        }
        """;

    /// <summary>What a unit depends on, two hops out.</summary>
    public const string DependencyGraph = """
        query DependencyGraph($unitId: ID!) {
          dependencyGraph(unitId: $unitId, direction: UPSTREAM, depth: 2) {
            units { id name }
            dependencies { key kind status }
          }
        }
        """;

    /// <summary>An integration's batch of events about one pod.</summary>
    public const string RecordPodEvents = """
        mutation RecordPodEvents($input: RecordPodEventsInput!) {
          recordPodEvents(input: $input) { accepted duplicates userErrors { code message field } }
        }
        """;

    /// <summary>One page of pods with the counter the run is verified against.</summary>
    public const string PodsPage = """
        query PodsPage($after: String) {
          pods(first: 500, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id key lifecycle metrics { tokensPerDay } }
          }
        }
        """;

    public const string DomainsPage = """
        query DomainsPage($after: String) {
          domains(first: 500, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { key }
          }
        }
        """;

    /// <summary>The org-wide roll-up of the same counter, kept by write-behind from the pods.</summary>
    public const string OrgTokens = "query OrgTokens { organisation { metrics { tokensPerDay } } }";
}
