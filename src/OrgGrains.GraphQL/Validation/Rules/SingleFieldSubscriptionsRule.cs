using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.2.4.1 Single Root Field: a subscription selects exactly one root field, which is not an
/// introspection field, and (as the current specification's CollectSubscriptionFields requires)
/// no selection at its root carries <c>@skip</c> or <c>@include</c>. graphql-js 16 instead evaluates
/// those directives with no variables (and throws when their argument is a variable); for that case
/// the message is graphql-js 17's. Everything else follows graphql-js 16.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public string SpecifiedBy => Spec.SingleRootField;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private bool _chargedForFragments;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitAction.Continue;
            }

            if (!_chargedForFragments)
            {
                context.SpendFragmentWork(context.Document.Definitions.Count);
                _chargedForFragments = true;
            }

            var operationName = node.Name?.Value;
            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Collect(node.SelectionSet);

            if (collector.ForbiddenDirectives is { } forbidden)
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not use `@skip` or `@include` directives in the top level selection."
                        : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                    forbidden);
                return VisitAction.Continue;
            }

            var fields = collector.Fields;
            if (fields.Count > 1)
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    fields.Values.Skip(1).SelectMany(static f => f));
            }

            foreach (var fieldNodes in fields.Values)
            {
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        fieldNodes);
                }
            }

            return VisitAction.Continue;
        }
    }

    /// <summary>CollectSubscriptionFields: the root fields by response name, following fragments that apply to the subscription type.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType subscriptionType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public OrderedDictionary<string, List<FieldNode>> Fields { get; } = new(StringComparer.Ordinal);

        public List<DirectiveNode>? ForbiddenDirectives { get; private set; }

        public void Collect(SelectionSetNode selectionSet)
        {
            ReserveWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        (ForbiddenDirectives ??= []).Add(directive);
                    }
                }

                switch (selection)
                {
                    case FieldNode field:
                    {
                        var key = field.ResponseKey;
                        if (!Fields.TryGetValue(key, out var list))
                        {
                            list = [];
                            Fields.Add(key, list);
                        }

                        list.Add(field);
                        break;
                    }

                    case InlineFragmentNode inlineFragment:
                        if (DoesFragmentConditionMatch(inlineFragment.TypeCondition))
                        {
                            Collect(inlineFragment.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                    {
                        if (!_visitedFragments.Add(spread.Name.Value))
                        {
                            break;
                        }

                        if (context.GetFragment(spread.Name.Value) is { } fragment && DoesFragmentConditionMatch(fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                    }
                }
            }
        }

        private bool DoesFragmentConditionMatch(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionalType = TypeFromAst.Get(context.Schema, typeCondition);
            if (ReferenceEquals(conditionalType, subscriptionType))
            {
                return true;
            }

            return TypePredicates.IsAbstractType(conditionalType) && context.Schema.IsSubType(conditionalType!, subscriptionType);
        }

        // graphql-js 16.15 charges the selections and directives it reads here to the fragment work budget.
        private void ReserveWork(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }
    }
}
