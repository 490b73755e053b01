using System.Collections.Concurrent;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// A parsed and validated document as the executor caches it: its operations and fragments by name,
/// its validation errors, and the field plans built while executing it (reused by later requests).
/// </summary>
public sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<(OperationDefinitionNode, ObjectType), SelectionPlan> _rootPlans = new();

    internal PreparedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
                case OperationDefinitionNode operation:
                    operations.Add(operation);
                    break;
            }
        }

        Fragments = fragments;
        Operations = operations;
    }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>The request limits' measure of each operation whose measure does not depend on variables.</summary>
    internal ConcurrentDictionary<OperationDefinitionNode, OperationSize> OperationSizes { get; } = new();

    /// <summary>§6.1.1 GetOperation: the named operation, or the only one; throws <see cref="GraphQLError"/> otherwise.</summary>
    public OperationDefinitionNode GetOperation(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return Operations.Count switch
            {
                1 => Operations[0],
                0 => throw new GraphQLError("Must provide an operation."),
                _ => throw new GraphQLError("Must provide operation name if query contains multiple operations."),
            };
        }

        foreach (var operation in Operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        throw new GraphQLError($"Unknown operation named \"{operationName}\".");
    }

    internal SelectionPlan GetRootPlan(GraphQLSchema schema, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (_rootPlans.TryGetValue((operation, rootType), out var plan))
        {
            return plan;
        }

        plan = FieldCollector.Collect(schema, Fragments, variables, rootType, operation.SelectionSet);
        if (plan.IsStatic)
        {
            _rootPlans.TryAdd((operation, rootType), plan);
        }

        return plan;
    }
}
