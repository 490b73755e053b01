using static OrgGrains.Api.OrgRoles;

namespace OrgGrains.Api;

/// <summary>
/// Who may resolve which field: every field of Query, Mutation and Subscription has a row (the
/// schema is not built otherwise, see <see cref="GuardedFields.VerifyEveryRootField"/>), plus the
/// private fields of other types. Fields not listed here are readable wherever their parent is.
/// The authorization matrix test (tests/OrgGrains.Api.Tests/Authorization) checks this table,
/// role by role, against a table of its own.
/// </summary>
internal static class FieldPolicies
{
    private static readonly FieldPolicy Read = FieldPolicy.Read;
    private static readonly FieldPolicy Steer = new(Steering | Admin);
    private static readonly FieldPolicy People = new(Integration | Admin);
    private static readonly FieldPolicy Events = new(Integration | Admin);
    private static readonly FieldPolicy Administer = new(Admin);
    private static readonly FieldPolicy Webhooks = new(Integration | Admin);

    private static readonly FieldPolicy PodByKey = new(Admin, ContributorScopes.PodOf("key"));
    private static readonly FieldPolicy Membership = new(Integration | Admin, ContributorScopes.PodOf("podKey"));
    private static readonly FieldPolicy ExistingDependency = new(Integration | Admin, ContributorScopes.DependencyOf("key"));

    private static readonly Dictionary<string, FieldPolicy> Table = new(StringComparer.Ordinal)
    {
        ["Query.viewer"] = FieldPolicy.Everyone,
        ["Query.node"] = Read,
        ["Query.nodes"] = Read,
        ["Query.organisation"] = Read,
        ["Query.person"] = Read,
        ["Query.pod"] = Read,
        ["Query.domain"] = Read,
        ["Query.capabilityNetwork"] = Read,
        ["Query.innovationLab"] = Read,
        ["Query.dependency"] = Read,
        ["Query.people"] = Read,
        ["Query.pods"] = Read,
        ["Query.domains"] = Read,
        ["Query.capabilityNetworks"] = Read,
        ["Query.innovationLabs"] = Read,
        ["Query.alerts"] = Read,
        ["Query.dependencies"] = Read,
        ["Query.dependencyGraph"] = Read,
        ["Query.dependencyCycles"] = Read,
        ["Query.bottlenecks"] = Read,
        ["Query.apiKeys"] = Administer,
        // Integrations are what receive webhooks, so they may manage their own subscriptions.
        ["Query.webhookSubscriptions"] = Webhooks,

        // A person's contact details are personal data: HR integrations, the steering group and
        // admins need them; portals (reader) and domain contributors do not.
        ["Person.email"] = new(Integration | Steering | Admin),

        ["Mutation.createPod"] = new(Admin, ContributorScopes.Domain("domainKey")),
        ["Mutation.updatePod"] = PodByKey,
        ["Mutation.movePod"] = new(Steering | Admin, ContributorScopes.PodAndDomain("key", "toDomainKey")),
        ["Mutation.transitionPod"] = PodByKey,
        ["Mutation.recordPodEvents"] = Events,
        ["Mutation.recordPodEvent"] = Events,
        ["Mutation.recordResponsibleAiReview"] = Steer,
        ["Mutation.createDomain"] = Steer,
        ["Mutation.updateDomain"] = Steer,
        ["Mutation.allocateToDomain"] = Steer,
        ["Mutation.archiveDomain"] = Steer,
        ["Mutation.createPerson"] = People,
        ["Mutation.updatePerson"] = People,
        ["Mutation.archivePerson"] = People,
        ["Mutation.assignToPod"] = Membership,
        ["Mutation.unassignFromPod"] = Membership,
        ["Mutation.joinCommunity"] = People,
        ["Mutation.leaveCommunity"] = People,
        ["Mutation.createCapabilityNetwork"] = Steer,
        ["Mutation.updateCapabilityNetwork"] = Steer,
        ["Mutation.publishStandard"] = Steer,
        ["Mutation.archiveCapabilityNetwork"] = Steer,
        ["Mutation.createInnovationLab"] = Steer,
        ["Mutation.updateInnovationLab"] = Steer,
        ["Mutation.startExploration"] = Steer,
        ["Mutation.concludeExploration"] = Steer,
        ["Mutation.setRadarEntry"] = Steer,
        ["Mutation.recordCommunityEvent"] = new(Integration | Steering | Admin),
        ["Mutation.archiveInnovationLab"] = Steer,
        ["Mutation.createDependency"] = new(Integration | Admin, ContributorScopes.EitherEnd("consumerId", "providerId")),
        ["Mutation.transitionDependency"] = ExistingDependency,
        ["Mutation.reassignDependency"] = ExistingDependency,
        ["Mutation.updateDependency"] = ExistingDependency,
        ["Mutation.upsertInitiative"] = Steer,
        ["Mutation.removeInitiative"] = Steer,
        ["Mutation.setGovernancePolicy"] = Steer,
        ["Mutation.createApiKey"] = Administer,
        ["Mutation.revokeApiKey"] = Administer,
        ["Mutation.createWebhookSubscription"] = Webhooks,
        ["Mutation.deleteWebhookSubscription"] = Webhooks,
        ["Mutation.enableWebhookSubscription"] = Webhooks,
        // Bulk is how integrations push; which kinds of item a caller may send is decided per item
        // (BulkRun: pods need admin), as their single mutations decide.
        ["Mutation.bulkUpsert"] = new(Integration | Admin),

        ["Subscription.unitChanged"] = Read,
        ["Subscription.alertChanged"] = Read,
        ["Subscription.organisationChanged"] = Read,
        ["Subscription.dependencyChanged"] = Read,
    };

    /// <summary>The policy of <paramref name="type"/>.<paramref name="field"/>; throws when it has no row.</summary>
    public static FieldPolicy For(string type, string field) =>
        Table.TryGetValue(type + "." + field, out var policy)
            ? policy
            : throw new InvalidOperationException($"{type}.{field} has no row in FieldPolicies: say who may resolve it.");
}
