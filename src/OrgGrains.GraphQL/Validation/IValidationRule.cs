namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// One rule of spec §5 (or of SDL validation): makes the visitor that checks one document. A rule
/// with no per-document state can be its own visitor (see <see cref="StatelessValidationRule"/>).
/// </summary>
public interface IValidationRule
{
    /// <summary>The address of the rule in the GraphQL specification; every error it reports carries it.</summary>
    string SpecifiedBy { get; }

    ValidationVisitor CreateVisitor(ValidationContext context);
}

/// <summary>A rule whose visitor keeps no state between nodes, so one instance serves every document.</summary>
public abstract class StatelessValidationRule : ValidationVisitor, IValidationRule
{
    public abstract string SpecifiedBy { get; }

    public ValidationVisitor CreateVisitor(ValidationContext context) => this;
}
