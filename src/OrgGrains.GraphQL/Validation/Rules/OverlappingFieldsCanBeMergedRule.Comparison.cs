using System.Text;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>The comparisons of one document, with the caches that keep them from repeating work.</summary>
    private sealed class Comparison(ValidationContext context)
    {
        private readonly PairSet _comparedFragmentPairs = new();
        private readonly Dictionary<(NamedType?, SelectionSetNode), CollectFieldsResult> _cachedCollectFieldsResults = [];
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingComplexityBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);

            // (A) Conflicts among the fields of this selection set; the only place this is asked.
            CollectConflictsWithin(conflicts, collected.GroupedFieldSet);

            // Fragments are compared only with fields, or with other fragments.
            var fragmentNames = collected.FragmentNames;
            if (fragmentNames.Count != 0 && (collected.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    // (B) Conflicts between these fields and each fragment spread here.
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);

                    // (C) Conflicts between the fragments spread together here.
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        // Conflicts between a collection of fields and a fragment, including the fragments it spreads.
        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult collected, string fragmentName)
        {
            // Callers can enumerate more pairs than the document has nodes: count every attempt.
            SpendComplexityBudget(1);
            if (collected.GroupedFieldSet.Count == 0)
            {
                return;
            }

            var comparedFragments = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (comparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
            {
                // Only a comparison as possibly overlapping answers for overlapping parents.
                return;
            }

            comparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragmentFields(fragment);

            // A fragment's fields are not compared with themselves.
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }

            // (D) Conflicts between the fields and the fragment's fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);

            // (E) Conflicts between the fields and the fragments the fragment spreads.
            foreach (var referencedFragmentName in fragmentFields.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedFragmentName);
            }
        }

        // Conflicts between two fragments, including the fragments they spread.
        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            // Count every attempted pair, including identical names and cache hits.
            SpendComplexityBudget(2);
            if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);

            // (F) Conflicts between the two fragments' own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);

            // (G) Conflicts between the first fragment and the fragments the second spreads, and the other way round.
            foreach (var referencedFragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
            }

            foreach (var referencedFragmentName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
            }
        }

        // Conflicts between the sub-selections of two overlapping fields, fragments included.
        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);

            // (H) Conflicts between the two collections of fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);

            // (I) Conflicts between each collection and the fragments the other spreads.
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            }

            // (J) Conflicts between each fragment the first spreads and each fragment the second spreads.
            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        // Every pair of fields answering under one response name within one collection.
        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
        {
            foreach (var (responseName, fields) in groupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        // Every pair of fields answering under one response name, one from each collection
        // (each collection's own pairs were compared when its selection set was visited).
        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            if (fields1.GroupedFieldSet.Count == 0 || fields2.GroupedFieldSet.Count == 0)
            {
                return;
            }

            foreach (var (responseName, group1, group2) in GetOverlappingFields(fields1, fields2))
            {
                foreach (var field1 in group1)
                {
                    foreach (var field2 in group2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> GetOverlappingFields(CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            // The shared response names are kept for when the same collections meet again.
            var byCollection = fields1.OverlappingFields ??= new(ReferenceEqualityComparer.Instance);
            if (byCollection.TryGetValue(fields2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, group1) in fields1.GroupedFieldSet)
            {
                // One collection can take part in many comparisons.
                SpendComplexityBudget(1);
                if (fields2.GroupedFieldSet.TryGetValue(responseName, out var group2))
                {
                    overlapping.Add((responseName, group1, group2));
                }
            }

            byCollection[fields2] = overlapping;
            return overlapping;
        }

        // Whether two fields answering under one response name conflict, their sub-fields included.
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            // Fields on two different object types never both apply, so they may differ in name and
            // arguments; interfaces and unions might overlap, now or in a later schema.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive ||
                (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

            // Count every attempted pair, also those that exclusivity settles.
            SpendComplexityBudget(2);
            var node1 = field1.Node;
            var node2 = field2.Node;
            var def1 = field1.Definition;
            var def2 = field2.Definition;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(def1?.Type, def2?.Type) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                var info1 = GetFieldInfo(field1);
                var info2 = GetFieldInfo(field2);
                var comparisons = info1.Comparisons ??= new Dictionary<FieldInfo, string?>(ReferenceEqualityComparer.Instance);
                if (!comparisons.TryGetValue(info2, out var reason))
                {
                    // Two aliases must name the same field with the same arguments.
                    var name1 = node1.Name.Value;
                    var name2 = node2.Name.Value;
                    reason = name1 != name2
                        ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                        : SameArguments(info1, info2) ? null : "they have differing arguments";
                    comparisons[info2] = reason;
                }

                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            var type1 = def1?.Type;
            var type2 = def2?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = GetFieldInfo(field1);
                var info2 = GetFieldInfo(field2);
                var type1String = info1.TypeString ??= type1.ToString();
                var type2String = info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{type1String}\" and \"{type2String}\"", [node1], [node2]);
            }

            // Compare the sub-fields; both collections share the fragments already visited, so a
            // fragment is never compared with itself.
            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive, GetFieldInfo(field1).NamedType, selectionSet1, GetFieldInfo(field2).NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private static FieldInfo GetFieldInfo(FieldDetails details) => details.Info ??= new FieldInfo(details);

        private bool SameArguments(FieldInfo info1, FieldInfo info2)
        {
            if (info1.Arguments is null)
            {
                return info2.Arguments is null;
            }

            if (info2.Arguments is null || info1.Arguments.Count != info2.Arguments.Count)
            {
                return false;
            }

            foreach (var argument1 in info1.Arguments)
            {
                // One argument list can take part in many comparisons.
                SpendComplexityBudget(1);
                if (!info2.ArgumentValues!.TryGetValue(argument1.Name.Value, out var value2) ||
                    StringifyValue(argument1.Value) != StringifyValue(value2))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A canonical text of a value: equal for values that are the same, object fields in name order.</summary>
        private string StringifyValue(ValueNode value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached))
            {
                return cached;
            }

            var builder = new StringBuilder();
            Write(builder, value);
            var text = builder.ToString();
            _stringifiedValues[value] = text;
            return text;

            static void Write(StringBuilder builder, ValueNode value)
            {
                switch (value)
                {
                    case VariableNode variable:
                        builder.Append("$");
                        WriteString(builder, variable.Name.Value);
                        break;
                    case ObjectValueNode obj:
                        builder.Append('{');
                        foreach (var field in obj.Fields.OrderBy(static f => f.Name.Value, StringComparer.Ordinal))
                        {
                            WriteString(builder, field.Name.Value);
                            builder.Append(':');
                            Write(builder, field.Value);
                            builder.Append(',');
                        }

                        builder.Append('}');
                        break;
                    case ListValueNode list:
                        builder.Append('[');
                        foreach (var item in list.Values)
                        {
                            Write(builder, item);
                            builder.Append(',');
                        }

                        builder.Append(']');
                        break;
                    case StringValueNode text:
                        builder.Append(text.Block ? "B" : "S");
                        WriteString(builder, text.Value);
                        break;
                    case IntValueNode number:
                        builder.Append('I').Append(number.Value);
                        break;
                    case FloatValueNode number:
                        builder.Append('F').Append(number.Value);
                        break;
                    case BooleanValueNode boolean:
                        builder.Append(boolean.Value ? "true" : "false");
                        break;
                    case EnumValueNode enumValue:
                        builder.Append('E').Append(enumValue.Value);
                        break;
                    case NullValueNode:
                        builder.Append("null");
                        break;
                }
            }

            static void WriteString(StringBuilder builder, string text) =>
                builder.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        // Two types conflict if no value could be of both: lists and non-nulls must match, leaf types
        // must be the same; composite types are left to the comparison of their fields.
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendComplexityBudget(1);
            if (type1 is ListType list1)
            {
                return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (TypePredicates.IsLeafType(type1) || TypePredicates.IsLeafType(type2))
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }

        private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            // A document built in code may share a selection set between parent types: key by both.
            if (_cachedCollectFieldsResults.TryGetValue((parentType, selectionSet), out var cached))
            {
                return cached;
            }

            var result = new CollectFieldsResult();
            CollectFieldsImpl(parentType, selectionSet, result);
            _cachedCollectFieldsResults[(parentType, selectionSet)] = result;
            return result;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeFromAst.Get(context.Schema, fragment.TypeCondition), fragment.SelectionSet);

        private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                    {
                        var definition = parentType is ComplexType complex ? complex.Fields[field.Name.Value] : null;
                        var responseName = field.ResponseKey;
                        if (!result.GroupedFieldSet.TryGetValue(responseName, out var list))
                        {
                            list = [];
                            result.GroupedFieldSet.Add(responseName, list);
                        }

                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    }

                    case FragmentSpreadNode spread:
                        result.AddFragmentName(spread.Name.Value);

                        break;
                    case InlineFragmentNode inlineFragment:
                    {
                        var inlineFragmentType = inlineFragment.TypeCondition is { } typeCondition
                            ? TypeFromAst.Get(context.Schema, typeCondition)
                            : parentType;
                        CollectFieldsImpl(inlineFragmentType, inlineFragment.SelectionSet, result);
                        break;
                    }
                }
            }
        }

        // The conflicts between two fields' sub-fields, as one conflict of the fields.
        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0)
                {
                    message.Append(" and ");
                }

                message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                CollectConflictNodes(node1, conflicts, static c => c.Fields1),
                CollectConflictNodes(node2, conflicts, static c => c.Fields2));
        }

        private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                // The enclosing field comes first; keep the last nodes, so truncation keeps the deepest fields.
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                var skip = Math.Max(0, fields.Count - remaining);
                for (var i = skip; i < fields.Count; i++)
                {
                    nodes.Add(fields[i]);
                }

                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private void SpendComplexityBudget(int cost)
        {
            _remainingComplexityBudget -= cost;
            if (_remainingComplexityBudget < 0)
            {
                throw new ValidationAbortedException(tooMuchWork: true);
            }
        }
    }
}
