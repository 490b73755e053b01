using System.Text.Json.Nodes;
using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>A person as a SCIM User (RFC 7643 §4.1, enterprise extension §4.3) and back. The SCIM
/// id is the person id; displayName is the person's name; the work e-mail is the person's e-mail;
/// active false is an archived person; department and manager are the enterprise extension's.</summary>
internal static class ScimUsers
{
    public static JsonObject ToResource(PersonView p, string baseUrl) =>
        ToResource(new PersonIdentityEntry(p.Id, p.Identity, p.Name, p.Email, !p.Archived, p.Version, p.CreatedAt, p.UpdatedAt), baseUrl);

    public static JsonObject ToResource(PersonIdentityEntry p, string baseUrl)
    {
        var identity = p.Identity!;
        var name = new JsonObject { ["formatted"] = p.Name };
        if (identity.GivenName is not null) name["givenName"] = identity.GivenName;
        if (identity.FamilyName is not null) name["familyName"] = identity.FamilyName;
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimJson.UserSchema, ScimJson.EnterpriseUser),
            ["id"] = p.PersonId,
            ["userName"] = identity.UserName,
            ["name"] = name,
            ["displayName"] = p.Name,
            ["emails"] = new JsonArray(new JsonObject { ["value"] = p.Email, ["type"] = "work", ["primary"] = true }),
            ["active"] = p.Active,
        };
        if (identity.ExternalId is not null)
            user["externalId"] = identity.ExternalId;
        var enterprise = new JsonObject();
        if (identity.Department is not null)
            enterprise["department"] = identity.Department;
        if (identity.ManagerId is not null)
            enterprise["manager"] = new JsonObject { ["value"] = identity.ManagerId, ["$ref"] = $"{baseUrl}/Users/{identity.ManagerId}" };
        user[ScimJson.EnterpriseUser] = enterprise;
        user["meta"] = new JsonObject
        {
            ["resourceType"] = "User",
            ["created"] = p.CreatedAt.ToString("O"),
            ["lastModified"] = p.UpdatedAt.ToString("O"),
            ["version"] = ScimJson.ETag(p.Version),
            ["location"] = $"{baseUrl}/Users/{p.PersonId}",
        };
        return user;
    }

    /// <summary>The provisioning command a User resource asks for. Read-only attributes (id, meta)
    /// are ignored (RFC 7643 §2.2: mutability readOnly).</summary>
    public static ProvisionPerson ToCommand(JsonObject user, string actor, Discipline discipline, long? expectedVersion)
    {
        string userName = ScimJson.Text(ScimJson.Member(user, "userName"))
            ?? throw ScimError.InvalidValue("userName is required (RFC 7643 §4.1.1).");
        var name = ScimJson.Member(user, "name") as JsonObject;
        string? given = name is null ? null : ScimJson.Text(ScimJson.Member(name, "givenName"));
        string? family = name is null ? null : ScimJson.Text(ScimJson.Member(name, "familyName"));
        string? joined = given is null && family is null ? null : string.Join(' ', new[] { given, family }.OfType<string>());
        string displayName = ScimJson.Text(ScimJson.Member(user, "displayName"))
            ?? joined ?? (name is null ? null : ScimJson.Text(ScimJson.Member(name, "formatted"))) ?? userName;
        string email = WorkEmail(user) ?? (userName.Contains('@') ? userName
            : throw ScimError.InvalidValue("A person needs an e-mail address: send emails (a work or primary one) or a userName that is one."));
        var activeNode = ScimJson.Member(user, "active");
        bool active = activeNode is null || (ScimJson.Boolean(activeNode) ?? throw ScimError.InvalidValue("active must be true or false."));
        var enterprise = ScimJson.Member(user, ScimJson.EnterpriseUser) as JsonObject;
        string? department = enterprise is null ? null : ScimJson.Text(ScimJson.Member(enterprise, "department"));
        string? manager = enterprise is null ? null : ScimJson.Member(enterprise, "manager") switch
        {
            JsonObject m => ScimJson.Text(ScimJson.Member(m, "value")),
            var m => ScimJson.Text(m), // Entra ID sends the manager's id as a bare string
        };
        var identity = new PersonIdentity(userName, ScimJson.Text(ScimJson.Member(user, "externalId")), given, family, department, manager);
        return new ProvisionPerson(actor, identity, displayName, email, active, discipline, expectedVersion);
    }

    /// <summary>The primary e-mail, else the work one, else the first (RFC 7643 §4.1.2).</summary>
    private static string? WorkEmail(JsonObject user)
    {
        if (ScimJson.Member(user, "emails") is not JsonArray emails)
            return null;
        var all = emails.OfType<JsonObject>().Where(e => ScimJson.Text(ScimJson.Member(e, "value")) is not null).ToList();
        var chosen = all.FirstOrDefault(e => ScimJson.Boolean(ScimJson.Member(e, "primary")) == true)
            ?? all.FirstOrDefault(e => string.Equals(ScimJson.Text(ScimJson.Member(e, "type")), "work", StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault();
        return chosen is null ? null : ScimJson.Text(ScimJson.Member(chosen, "value"));
    }
}
