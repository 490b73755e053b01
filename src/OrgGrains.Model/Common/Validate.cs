using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Collects the errors of one command, so a mutation reports all of them at once.</summary>
internal sealed class Validate
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    private ImmutableArray<UserError>.Builder? _errors;

    public bool Ok => _errors is null;

    public ImmutableArray<UserError> Errors => _errors?.ToImmutable() ?? [];

    public Validate Add(string code, string message, params string[] path)
    {
        (_errors ??= ImmutableArray.CreateBuilder<UserError>()).Add(UserError.At(code, message, path));
        return this;
    }

    public Validate Require(bool condition, string code, string message, params string[] path)
        => condition ? this : Add(code, message, path);

    public Validate Text(string? value, string field, int max = MaxNameLength, bool required = true)
    {
        if (value is null || value.Trim().Length == 0)
            return required ? Add(ErrorCodes.Invalid, $"{field} is required.", "input", field) : this;
        return value.Length > max ? Add(ErrorCodes.Invalid, $"{field} is longer than {max} characters.", "input", field) : this;
    }

    public Validate Actor(string? actor) => Text(actor, "actor");

    /// <summary>Ids are 1–64 characters of letters, digits, '-', '_', '.', ':'.</summary>
    public Validate Id(string? id, string field)
    {
        if (!IsValidId(id))
            Add(ErrorCodes.Invalid, $"{field} '{id}' is not a valid id (1–{MaxIdLength} letters, digits, '-', '_', '.', ':').", "input", field);
        return this;
    }

    public static bool IsValidId(string? id)
        => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength
           && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public Validate Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum
        => Enum.IsDefined(value) ? this : Add(ErrorCodes.Invalid, $"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.", "input", field);
}
