using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The outcome of a mutation: the changed unit's view, or the errors that refused it.
/// A refused mutation changed nothing.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.MutationResult`1")]
public sealed record MutationResult<T>(T? Value, ImmutableArray<UserError> Errors) where T : class
{
    public bool Succeeded => Errors.IsDefaultOrEmpty;

    public static MutationResult<T> Ok(T value) => new(value, []);

    public static MutationResult<T> Fail(params UserError[] errors) => new(null, [.. errors]);

    public static MutationResult<T> Fail(ImmutableArray<UserError> errors) => new(null, errors);
}
