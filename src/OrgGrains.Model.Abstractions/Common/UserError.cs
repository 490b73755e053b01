using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Why a mutation was refused, in terms a user can act on. <see cref="Path"/> names the
/// input field at fault (e.g. ["input", "allocationPercent"]), so an API can return per-field errors.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UserError")]
public sealed record UserError(string Code, string Message, ImmutableArray<string> Path)
{
    public static UserError At(string code, string message, params string[] path) => new(code, message, [.. path]);
}

/// <summary>The error codes the model uses; stable, so clients can branch on them.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string Invalid = "INVALID";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string OpenDependencies = "OPEN_DEPENDENCIES";
    public const string Archived = "ARCHIVED";
    public const string PrimaryPodTaken = "PRIMARY_POD_TAKEN";
    public const string NotMember = "NOT_MEMBER";
    public const string HasPods = "HAS_PODS";
    /// <summary>The unit changed since the version the caller read (an ETag that no longer matches).</summary>
    public const string VersionMismatch = "VERSION_MISMATCH";
}
