using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// What a rule sees while the document is walked (graphql-js's <c>ValidationContext</c>): the schema,
/// the document, the type information at the current node, the node's ancestors, and lookups over
/// fragments and variable usages that are computed once and shared by all rules.
/// </summary>
public sealed partial class ValidationContext
{
    private GraphQLSchema? _schema;
    private TypeInfo? _typeInfo;
    private List<GraphQLError>? _errors;
    private int _maxErrors;
    private AstNode?[] _ancestors = new AstNode?[16];
    private int _ancestorCount;
    private IValidationRule? _reportingRule;

    // Contexts are reused (one per thread, see DocumentValidator): Begin and End bracket each document.
    internal ValidationContext()
    {
    }

    public DocumentNode Document { get; private set; } = null!;

    /// <summary>The schema the document is validated against.</summary>
    /// <exception cref="InvalidOperationException">When an SDL document is validated without a schema to extend.</exception>
    public GraphQLSchema Schema => _schema ?? throw new InvalidOperationException("This SDL document is validated without a schema.");

    /// <summary>The schema, or (for an SDL document that defines a new schema) null.</summary>
    public GraphQLSchema? SchemaOrNull => _schema;

    public TypeInfo TypeInfo => _typeInfo ?? throw new InvalidOperationException("SDL validation keeps no type information.");

    public GraphQLType? Type => _typeInfo?.Type;

    public NamedType? ParentType => _typeInfo?.ParentType;

    public GraphQLType? InputType => _typeInfo?.InputType;

    public GraphQLType? ParentInputType => _typeInfo?.ParentInputType;

    public FieldDefinition? FieldDef => _typeInfo?.FieldDef;

    public DirectiveDefinition? Directive => _typeInfo?.Directive;

    public ArgumentDefinition? Argument => _typeInfo?.Argument;

    public EnumValueDefinition? EnumValue => _typeInfo?.EnumValue;

    /// <summary>The node enclosing the current one (lists are not nodes: the parent of a directive is the node it is applied to).</summary>
    public AstNode? Parent => GetAncestor(0);

    /// <summary>The ancestor <paramref name="generationsUp"/> levels above the parent (0 is the parent).</summary>
    public AstNode? GetAncestor(int generationsUp)
    {
        var index = _ancestorCount - 1 - generationsUp;
        return index >= 0 ? _ancestors[index] : null;
    }

    /// <summary>The definition of the document that contains the current node.</summary>
    public DefinitionNode? CurrentDefinition => _ancestorCount > 1 ? _ancestors[1] as DefinitionNode : null;

    /// <summary>Reports an error located at <paramref name="node"/>.</summary>
    public void ReportError(string message, AstNode node) =>
        Report(new ValidationError(message, Locations.Of(node), _reportingRule?.SpecifiedBy));

    /// <summary>Reports an error located at <paramref name="node"/>, under another section of the specification than the rule's own.</summary>
    internal void ReportError(string message, AstNode node, string specifiedBy) =>
        Report(new ValidationError(message, Locations.Of(node), specifiedBy));

    /// <summary>Reports an error located at two nodes, in this order.</summary>
    public void ReportError(string message, AstNode first, AstNode second) =>
        Report(new ValidationError(message, Locations.Of(first, second), _reportingRule?.SpecifiedBy));

    /// <summary>Reports an error located at each of <paramref name="nodes"/>, in order.</summary>
    public void ReportError<T>(string message, IEnumerable<T> nodes)
        where T : AstNode =>
        Report(new ValidationError(message, Locations.Of(nodes as IReadOnlyList<T> ?? nodes.ToList()), _reportingRule?.SpecifiedBy));

    /// <summary>Reports an error raised elsewhere (a scalar rejecting a literal) under the current rule, located at <paramref name="node"/> when it has no location of its own.</summary>
    public void ReportError(GraphQLError error, AstNode node) =>
        Report(new ValidationError(error.Message, error.Locations is { Count: > 0 } ? error.Locations : Locations.Of(node), _reportingRule?.SpecifiedBy));

    private void Report(GraphQLError error)
    {
        _errors ??= [];
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.", null, null));
            throw new ValidationAbortedException(tooMuchWork: false);
        }

        _errors.Add(error);
    }

    /// <summary>graphql-js's "Validation aborted.": a work budget ran out.</summary>
    internal void AddAbortError() => (_errors ??= []).Add(new ValidationError("Validation aborted.", null, null));

    internal void Begin(GraphQLSchema? schema, DocumentNode document, TypeInfo? typeInfo, int maxErrors)
    {
        _schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _maxErrors = maxErrors;
    }

    /// <summary>Hands over the errors and forgets the document, so that a reused context keeps nothing alive.</summary>
    internal List<GraphQLError>? End()
    {
        var errors = _errors;
        _errors = null;
        _schema = null;
        Document = null!;
        _typeInfo = null;
        _reportingRule = null;
        Array.Clear(_ancestors, 0, _ancestorCount);
        _ancestorCount = 0;
        ForgetFragments();
        ForgetVariableUsages();
        return errors;
    }

    internal void SetReportingRule(IValidationRule rule) => _reportingRule = rule;

    internal void PushAncestor(AstNode node)
    {
        if (_ancestorCount == _ancestors.Length)
        {
            Array.Resize(ref _ancestors, _ancestorCount * 2);
        }

        _ancestors[_ancestorCount++] = node;
    }

    internal void PopAncestor()
    {
        _ancestors[--_ancestorCount] = null;
    }
}

/// <summary>Thrown to end validation early: too many errors, or too much work on a hostile document.</summary>
internal sealed class ValidationAbortedException(bool tooMuchWork) : Exception
{
    /// <summary>True when a work budget ran out (validation then ends with graphql-js's "Validation aborted.").</summary>
    public bool TooMuchWork { get; } = tooMuchWork;
}
