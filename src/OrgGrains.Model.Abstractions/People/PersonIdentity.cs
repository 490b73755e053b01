namespace OrgGrains.Model;

/// <summary>How an identity provider (Entra ID, Okta, through SCIM) knows a person. The person
/// grain holds it; <see cref="UserName"/> is unique across the organisation (case-insensitively,
/// kept by <see cref="IUserNameGrain"/>), <see cref="ExternalId"/> is the provider's own id.</summary>
/// <param name="ManagerId">The person id of the person's manager.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.PersonIdentity")]
public sealed record PersonIdentity(
    string UserName,
    string? ExternalId = null,
    string? GivenName = null,
    string? FamilyName = null,
    string? Department = null,
    string? ManagerId = null)
{
    /// <summary>The form user names are compared and claimed in.</summary>
    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();
}

/// <summary>Creates the person when they do not exist, otherwise replaces their name, e-mail and
/// identity, and archives (<paramref name="Active"/> false) or restores them, in one change.</summary>
/// <param name="Discipline">Used when the person is created; an existing person keeps theirs.</param>
/// <param name="ExpectedVersion">When set, refused with VERSION_MISMATCH unless the person is at this
/// version (0: does not exist yet).</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.ProvisionPerson")]
public sealed record ProvisionPerson(
    string Actor, PersonIdentity Identity, string Name, string Email, bool Active, Discipline Discipline, long? ExpectedVersion = null);

/// <summary>The identity provider no longer knows the person: they are archived (leaving every pod,
/// network and lab) and their identity is dropped, so the user name is free again. The person and
/// their history stay readable.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.DeprovisionPerson")]
public sealed record DeprovisionPerson(string Actor, long? ExpectedVersion = null);

/// <summary>What the identity index holds about a provisioned person: enough to filter and list
/// SCIM users without calling every person.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.PersonIdentityEntry")]
public sealed record PersonIdentityEntry(
    string PersonId, PersonIdentity? Identity, string Name, string Email, bool Active, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
