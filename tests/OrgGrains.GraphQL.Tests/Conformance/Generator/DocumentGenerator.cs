using System.Text;
using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Generates a valid executable document over a <see cref="SchemaModel"/>, with the variable values
/// to run it: fields with arguments (literals and variables), aliases, inline fragments and named
/// fragments on fitting type conditions, @skip/@include/custom directives, one or two operations.
/// Valid by construction: every response key is derived from the field name and its printed
/// arguments, so fields that share a response key always merge (§5.3.2); variables are defined by
/// the operation whose selections use them; fragments are only spread inside the operation that
/// created them and only after they are complete, so there are no cycles (§5.5.2.2).
/// </summary>
internal sealed class DocumentGenerator(SchemaModel schema, Random random)
{
    private const int MaxDepth = 3;

    private readonly InputValues values = new(schema, random);
    private GenDocument document = new();
    private GenOperation operation = new("query", null);
    private List<GenFragment> operationFragments = [];
    private JsonObject variableValues = [];
    private int variableCount;
    private int fragmentCount;
    private int budget;

    public GeneratedDocument Generate()
    {
        document = new GenDocument { Pretty = random.Next(3) == 0, FragmentsFirst = random.Next(4) == 0, Noisy = random.Next(6) == 0 };
        var operationCount = random.Next(5) == 0 ? 2 : 1;
        var chosen = random.Next(operationCount);
        JsonObject? chosenVariables = null;
        for (var i = 0; i < operationCount; i++)
        {
            var mutation = schema.MutationType is not null && random.Next(6) == 0;
            var name = operationCount > 1 || random.Next(2) == 0 ? $"{(mutation ? "Change" : "Read")}{i + 1}" : null;
            operation = new GenOperation(mutation ? "mutation" : "query", name);
            budget = random.Next(6, 30);
            operationFragments = [];
            variableValues = [];
            if (random.Next(15) == 0) operation.Directives.Add(new GenDirective("trace", []));
            operation.Selections.AddRange(SelectionSet(schema[mutation ? schema.MutationType! : schema.QueryType], 0));
            document.Operations.Add(operation);
            if (i == chosen) chosenVariables = variableValues;
        }
        var operationName = operationCount > 1 ? document.Operations[chosen].Name : null;
        var variables = chosenVariables is { Count: > 0 } || random.Next(4) == 0 ? chosenVariables : null;
        return new GeneratedDocument(document, variables, operationName, document.Operations[chosen]);
    }

    /// <summary>
    /// 1–4 selections; every selection spends one of the operation's budget, and an empty budget
    /// or a third level of fragments inside fragments leaves only leaves, so documents stay small.
    /// </summary>
    private List<GenSelection> SelectionSet(TypeDef type, int depth, int fragmentNesting = 0)
    {
        var selections = new List<GenSelection>();
        for (var count = random.Next(1, 5); selections.Count < count;)
        {
            var roll = random.Next(100);
            var canNest = budget > 0 && fragmentNesting < 2;
            budget--;
            if (depth == 0 && roll < 3 && type.Name == schema.QueryType) selections.Add(Introspection());
            else if (roll < 8 || type.Kind == TypeKind.Union && (roll < 30 || !canNest)) selections.Add(Typename());
            else if (canNest && (roll < 20 || type.Kind == TypeKind.Union)) selections.Add(InlineFragment(type, depth, fragmentNesting + 1));
            else if (canNest && roll < 28) selections.Add(Spread(type, depth, fragmentNesting + 1));
            else if (Field(type, depth) is { } field) selections.Add(field);
        }
        return selections;
    }

    private static readonly string[] IntrospectedTypeFields =
        ["kind", "name", "description", "isOneOf", "specifiedByURL",
         "fields(includeDeprecated: true) { name args { name defaultValue type { kind name ofType { kind name ofType { kind name } } } } type { kind name ofType { kind name } } }",
         "inputFields { name defaultValue type { kind name ofType { name } } }", "enumValues { name isDeprecated }",
         "possibleTypes { name }", "interfaces { name }"];

    /// <summary>§4: <c>__type(name:)</c> on one of the schema's types (or one it lacks), or <c>__schema</c>.</summary>
    private GenField Introspection()
    {
        var selections = IntrospectedTypeFields.Where(_ => random.Next(3) == 0).DefaultIfEmpty("name").Select(f => (GenSelection)new GenField(f)).ToList();
        if (random.Next(4) == 0)
        {
            var types = new GenField("types") { Selections = selections };
            return new GenField("__schema") { Selections = [types, new GenField("queryType") { Selections = [new GenField("name")] }] };
        }
        var names = schema.Types.Keys.Append("NoSuchType").ToList();
        var field = new GenField("__type") { Selections = selections };
        field.Args.Add(new GenArgument("name", GenLiteral.String(names[random.Next(names.Count)])));
        field.Alias = $"__type_{ArgumentsKey(field.Args)}".TrimStart('_');
        return field;
    }

    private GenField Typename()
    {
        var field = new GenField("__typename");
        if (random.Next(5) == 0) field.Alias = "kind";
        return field;
    }

    private GenField? Field(TypeDef type, int depth)
    {
        var definition = type.Fields[random.Next(type.Fields.Count)];
        var target = schema[definition.Type.NamedType];
        if (target.IsComposite && (depth >= MaxDepth || budget <= 0)) return null;

        var field = new GenField(definition.Name);
        foreach (var arg in definition.Args)
        {
            if (!arg.IsRequired && random.Next(2) == 0) continue;
            field.Args.Add(new GenArgument(arg.Name, ArgumentValue(arg.Type, arg.DefaultValue is not null)));
        }
        if (field.Args.Count > 0) field.Alias = $"{definition.Name}_{ArgumentsKey(field.Args)}";
        else if (random.Next(7) == 0) field.Alias = definition.Name + "_a";
        AddDirectives(field, "FIELD");
        if (target.IsComposite) field.Selections = SelectionSet(target, depth + 1);
        return field;
    }

    private GenInlineFragment InlineFragment(TypeDef type, int depth, int fragmentNesting)
    {
        var conditions = schema.ApplicableConditions(type);
        var condition = random.Next(5) == 0 ? null : conditions[random.Next(conditions.Count)];
        var inline = new GenInlineFragment(condition?.Name, SelectionSet(condition ?? type, depth, fragmentNesting));
        AddDirectives(inline, "INLINE_FRAGMENT");
        return inline;
    }

    private GenFragmentSpread Spread(TypeDef type, int depth, int fragmentNesting)
    {
        var conditions = schema.ApplicableConditions(type);
        var reusable = operationFragments.Where(f => conditions.Any(c => c.Name == f.TypeCondition)).ToList();
        GenFragment fragment;
        if (reusable.Count > 0 && random.Next(2) == 0)
        {
            fragment = reusable[random.Next(reusable.Count)];
        }
        else
        {
            var condition = conditions[random.Next(conditions.Count)];
            fragment = new GenFragment($"{condition.Name}Part{++fragmentCount}", condition.Name);
            fragment.Selections.AddRange(SelectionSet(condition, depth, fragmentNesting));
            // Added only once complete: a fragment never spreads itself, directly or not.
            document.Fragments.Add(fragment);
            operationFragments.Add(fragment);
        }
        var spread = new GenFragmentSpread(fragment.Name);
        AddDirectives(spread, "FRAGMENT_SPREAD");
        return spread;
    }

    private void AddDirectives(GenSelection selection, string location)
    {
        var roll = random.Next(100);
        if (roll < 10)
        {
            var name = random.Next(2) == 0 ? "skip" : "include";
            selection.Directives.Add(new GenDirective(name, [new GenArgument("if", ArgumentValue(TypeRef.Parse("Boolean!"), hasDefault: false))]));
        }
        else if (roll < 14)
        {
            selection.Directives.Add(new GenDirective("tag", [new GenArgument("name", GenLiteral.String("t" + random.Next(3)))]));
            if (random.Next(2) == 0) selection.Directives.Add(new GenDirective("tag", [new GenArgument("name", GenLiteral.String("again"))]));
        }
        else if (roll < 16 && location == "FIELD")
        {
            selection.Directives.Add(new GenDirective("trace", []));
        }
    }

    /// <summary>A value for an argument (or directive argument) of <paramref name="type"/>: a literal, perhaps with variables inside, or a new variable.</summary>
    private GenValue ArgumentValue(TypeRef type, bool hasDefault)
    {
        if (random.Next(4) != 0) return values.Literal(type, nested: NestedVariable);
        return NewVariable(type, hasDefault, mayBeNullableWithDefault: true);
    }

    /// <summary>Now and then a variable for a list item or input-object field inside a literal.</summary>
    private GenValue? NestedVariable(TypeRef type) =>
        random.Next(8) == 0 ? NewVariable(type, hasDefault: false, mayBeNullableWithDefault: false) : null;

    private GenVariable NewVariable(TypeRef type, bool hasDefault, bool mayBeNullableWithDefault)
    {
        var name = $"v{++variableCount}";
        var definition = new GenVariableDefinition(name, type.ToString());
        // §5.8.5: a nullable variable with a default may stand where a non-null value is expected.
        // (Not inside literals: graphql-js wants non-null variables for @oneOf fields.)
        if (mayBeNullableWithDefault && type.NonNull && random.Next(5) == 0)
        {
            definition.Type = type.Nullable.ToString();
            definition.DefaultValue = values.Literal(type);
        }
        else if (!type.NonNull && random.Next(4) == 0)
        {
            definition.DefaultValue = values.Literal(type);
        }
        operation.Variables.Add(definition);

        var mayOmit = !type.NonNull || definition.DefaultValue is not null || hasDefault && !definition.Type.EndsWith('!');
        if (!mayOmit || random.Next(5) != 0) variableValues[name] = values.Json(type);
        return new GenVariable(name);
    }

    private static string ArgumentsKey(List<GenArgument> args)
    {
        var text = new StringBuilder();
        GenDocument.PrintArguments(text, args);
        var hash = 2166136261u;
        foreach (var c in text.ToString()) hash = (hash ^ c) * 16777619u;
        return (hash % 0x100000).ToString("x5", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A generated document, the variable values for its chosen operation, and that operation.</summary>
internal sealed record GeneratedDocument(GenDocument Document, JsonObject? Variables, string? OperationName, GenOperation Operation);
