using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// graphql-js's <c>visitInParallel</c>: runs the visitors of all rules in one walk, in rule order.
/// A visitor that skips a node's children is left out until the walk leaves that node; the others
/// go on. For each kind of node, only the visitors that override its callbacks are called.
/// </summary>
internal sealed class ParallelRuleVisitor
{
    private static readonly int KindCount = Enum.GetValues<Kind>().Max(k => (int)k) + 1;
    private static readonly ConcurrentDictionary<Type, VisitorShape> Shapes = new();

    private readonly ValidationContext _context;
    private IReadOnlyList<IValidationRule> _rules = [];
    private ValidationVisitor[] _visitors = [];
    private AstNode?[] _skipping = [];
    private Plan _plan = null!;

    // Reused (one per thread, see DocumentValidator): Begin and End bracket each document.
    public ParallelRuleVisitor(ValidationContext context)
    {
        _context = context;
    }

    /// <summary>Makes the rules' visitors for the document the context holds.</summary>
    public void Begin(IReadOnlyList<IValidationRule> rules)
    {
        _rules = rules;
        if (_visitors.Length != rules.Count)
        {
            _visitors = new ValidationVisitor[rules.Count];
            _skipping = new AstNode?[rules.Count];
        }

        for (var i = 0; i < rules.Count; i++)
        {
            _context.SetReportingRule(rules[i]);
            _visitors[i] = rules[i].CreateVisitor(_context);
        }

        _plan = Plan.For(rules, _visitors);
    }

    /// <summary>Drops the visitors, so that nothing of the document stays alive.</summary>
    public void End()
    {
        Array.Clear(_visitors);
        Array.Clear(_skipping);
        _rules = [];
    }

    public void Enter(AstNode node)
    {
        foreach (var i in _plan.Enter[(int)node.Kind])
        {
            if (_skipping[i] is null)
            {
                _context.SetReportingRule(_rules[i]);
                if (_visitors[i].Enter(node, _context) == VisitAction.SkipChildren)
                {
                    _skipping[i] = node;
                }
            }
        }
    }

    public void Leave(AstNode node)
    {
        var kind = (int)node.Kind;
        foreach (var i in _plan.Leave[kind])
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_plan.Shapes[i].Leaves[kind])
                {
                    _context.SetReportingRule(_rules[i]);
                    _visitors[i].Leave(node, _context);
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
    }

    /// <summary>Which callbacks a visitor class overrides, found once per class.</summary>
    private sealed class VisitorShape
    {
        public VisitorShape(Type type)
        {
            Enters = new bool[KindCount];
            Leaves = new bool[KindCount];
            var all = typeof(ValidationContext);
            var entersAll = Overrides(type, nameof(ValidationVisitor.Enter), typeof(AstNode), all);
            var leavesAll = Overrides(type, nameof(ValidationVisitor.Leave), typeof(AstNode), all);
            foreach (var kind in Enum.GetValues<Kind>())
            {
                var nodeType = typeof(AstNode).Assembly.GetType($"OrgGrains.GraphQL.Language.{kind}Node");
                if (nodeType is null)
                {
                    continue;
                }

                Enters[(int)kind] = entersAll || Overrides(type, "Enter" + kind, nodeType, all);
                Leaves[(int)kind] = leavesAll || Overrides(type, "Leave" + kind, nodeType, all);
            }
        }

        public bool[] Enters { get; }

        public bool[] Leaves { get; }

        private static bool Overrides(Type type, string name, Type nodeType, Type contextType)
        {
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [nodeType, contextType]);
            return method is not null && method.DeclaringType != typeof(ValidationVisitor);
        }
    }

    /// <summary>For each kind of node, the visitors to call on entering and on leaving; shared by every walk with the same visitor classes.</summary>
    private sealed class Plan
    {
        private static readonly ConditionalWeakTable<IReadOnlyList<IValidationRule>, Plan> Plans = new();

        private readonly Type[] _types;

        private Plan(ValidationVisitor[] visitors)
        {
            var types = visitors.Select(static v => v.GetType()).ToArray();
            _types = types;
            Shapes = types.Select(t => ParallelRuleVisitor.Shapes.GetOrAdd(t, static t => new VisitorShape(t))).ToArray();
            Enter = new int[KindCount][];
            Leave = new int[KindCount][];
            for (var kind = 0; kind < KindCount; kind++)
            {
                var enter = new List<int>();
                var leave = new List<int>();
                for (var i = 0; i < Shapes.Length; i++)
                {
                    if (Shapes[i].Enters[kind])
                    {
                        enter.Add(i);
                    }

                    // Leaving is also where a visitor that skipped this node resumes.
                    if (Shapes[i].Enters[kind] || Shapes[i].Leaves[kind])
                    {
                        leave.Add(i);
                    }
                }

                Enter[kind] = enter.ToArray();
                Leave[kind] = leave.ToArray();
            }
        }

        public VisitorShape[] Shapes { get; }

        public int[][] Enter { get; }

        public int[][] Leave { get; }

        /// <summary>The plan for this rule list, built once per list (and again only if its rules' visitor classes change).</summary>
        public static Plan For(IReadOnlyList<IValidationRule> rules, ValidationVisitor[] visitors)
        {
            if (Plans.TryGetValue(rules, out var plan) && plan.Fits(visitors))
            {
                return plan;
            }

            plan = new Plan(visitors);
            Plans.AddOrUpdate(rules, plan);
            return plan;
        }

        private bool Fits(ValidationVisitor[] visitors)
        {
            if (visitors.Length != _types.Length)
            {
                return false;
            }

            for (var i = 0; i < visitors.Length; i++)
            {
                if (visitors[i].GetType() != _types[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
