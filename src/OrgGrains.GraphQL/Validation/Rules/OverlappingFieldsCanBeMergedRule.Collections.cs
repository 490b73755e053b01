using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>One field of a collection: the node, the type it was selected on, and its definition there.</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Prepared only when the field overlaps another.</summary>
        public FieldInfo? Info { get; set; }
    }

    /// <summary>What comparing a field needs: its named type, its arguments by name, and the results of earlier comparisons.</summary>
    private sealed class FieldInfo
    {
        public FieldInfo(FieldDetails details)
        {
            NamedType = details.Definition is { } definition ? TypePredicates.GetNamedType(definition.Type) : null;
            var arguments = details.Node.Arguments;
            if (arguments.Count > 0)
            {
                Arguments = arguments;
                ArgumentValues = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
                foreach (var argument in arguments)
                {
                    ArgumentValues[argument.Name.Value] = argument.Value;
                }
            }
        }

        public NamedType? NamedType { get; }

        public IReadOnlyList<ArgumentNode>? Arguments { get; }

        public Dictionary<string, ValueNode>? ArgumentValues { get; }

        /// <summary>For each field compared with this one: why they conflict, or null when they do not (created at the first comparison).</summary>
        public Dictionary<FieldInfo, string?>? Comparisons { get; set; }

        public string? TypeString { get; set; }
    }

    /// <summary>The fields of a selection set by response name (inline fragments flattened in) and the fragments it spreads.</summary>
    private sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        // Most selection sets spread few fragments, found again by a scan; many get a set.
        private HashSet<string>? _fragmentNameSet;

        public void AddFragmentName(string name)
        {
            if (_fragmentNameSet is null && FragmentNames.Count >= 16)
            {
                _fragmentNameSet = new HashSet<string>(FragmentNames, StringComparer.Ordinal);
            }

            if (_fragmentNameSet is not null ? _fragmentNameSet.Add(name) : !FragmentNames.Contains(name))
            {
                FragmentNames.Add(name);
            }
        }

        /// <summary>Fragments already compared with these fields: false when compared as possibly overlapping (which also covers exclusive).</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        /// <summary>The response names shared with other collections, by collection.</summary>
        public Dictionary<CollectFieldsResult, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? OverlappingFields { get; set; }
    }

    /// <summary>
    /// Fragment pairs already compared. A pair compared as possibly overlapping also answers for the
    /// mutually exclusive comparison, not the other way round.
    /// </summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                map = new Dictionary<string, bool>(StringComparer.Ordinal);
                _data[a] = map;
            }

            map[b] = areMutuallyExclusive;
        }

        private bool Has1(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map) || !map.TryGetValue(b, out var result))
            {
                return false;
            }

            return areMutuallyExclusive || result == areMutuallyExclusive;
        }
    }
}
