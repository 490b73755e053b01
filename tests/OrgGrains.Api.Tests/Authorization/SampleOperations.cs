using OrgGrains.GraphQL.Types;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests.Authorization;

/// <summary>The units the matrix's inputs name: domain D1 (the contributor's) holding pod P1,
/// domain D2 (the other contributor's), a person, a capability network, a lab and a dependency
/// from P1 to the network.</summary>
internal sealed record MatrixUnits(string D1, string D2, string P1, string Person, string Network, string Lab, string Dependency);

/// <summary>An operation that resolves one field, with arguments made from the schema: required
/// arguments and input fields only, keys naming <see cref="MatrixUnits"/> (so a contributor's scope
/// is decided by them), and fresh keys where a unit is created.</summary>
internal sealed class SampleOperations(GraphQLSchema schema, MatrixUnits units)
{
    private int _fresh;

    public (string Document, Dictionary<string, object?> Variables) For(string type, string field)
    {
        if (type == "Person" && field == "email")
            return ("query($key: String!) { person(key: $key) { email } }", new() { ["key"] = units.Person });

        var root = type switch
        {
            "Query" => schema.QueryType!,
            "Mutation" => schema.MutationType!,
            "Subscription" => schema.SubscriptionType!,
            _ => throw new ArgumentException($"The matrix has no sample for {type}.{field}: add one to SampleOperations."),
        };
        var definition = root.GetField(field) ?? throw new ArgumentException($"{type} has no field {field}.");
        var variables = new Dictionary<string, object?>();
        foreach (var argument in definition.Arguments.Where(a => a.Type is NonNullType && !a.HasDefaultValue))
            variables[argument.Name] = Value(field, argument.Name, argument.Type);
        var declared = variables.Count == 0 ? "" : "(" + string.Join(", ", variables.Keys.Select(a => $"${a}: {definition.Arguments[a]!.Type}")) + ")";
        var passed = variables.Count == 0 ? "" : "(" + string.Join(", ", variables.Keys.Select(a => $"{a}: ${a}")) + ")";
        var selection = Named(definition.Type) is ComplexType or UnionType ? " { __typename }" : "";
        return ($"{type.ToLowerInvariant()}{declared} {{ {field}{passed}{selection} }}", variables);
    }

    private object? Value(string field, string name, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Value(field, name, nonNull.OfType);
            case ListType list:
                return new[] { Value(field, name, list.OfType) };
            case InputObjectType input:
                return input.Fields.Where(f => f.Type is NonNullType && !f.HasDefaultValue).ToDictionary(f => f.Name, f => Value(field, f.Name, f.Type));
            case EnumType e:
                return e.Values[0].Name;
        }

        return ((NamedType)type).Name switch
        {
            "Int" => 1,
            "Float" => 1.0,
            "Boolean" => false,
            "DateTime" => DateTimeOffset.UtcNow.AddDays(1),
            _ => Text(field, name),
        };
    }

    private string Text(string field, string name) => name switch
    {
        "key" when field.StartsWith("create", StringComparison.Ordinal) => $"new-{++_fresh}-{units.D1}",
        "key" => KeyNamedBy(field),
        "podKey" or "primaryPodKey" => units.P1,
        "personKey" => units.Person,
        "domainKey" or "toDomainKey" => units.D1,
        "networkKey" => units.Network,
        "labKey" => units.Lab,
        "consumerId" or "unitId" => GlobalId.Encode(UnitRef.Pod(units.P1)),
        "id" when field is "node" or "unitChanged" => GlobalId.Encode(UnitRef.Pod(units.P1)),
        "ids" => GlobalId.Encode(UnitRef.Pod(units.P1)),
        "providerId" or "communityId" => GlobalId.Encode(UnitRef.Network(units.Network)),
        "newProviderId" => GlobalId.Encode(UnitRef.Lab(units.Lab)),
        _ => "sample",
    };

    /// <summary>The existing unit a field's <c>key</c> names, by the unit kind in the field's name.</summary>
    private string KeyNamedBy(string field)
    {
        var f = field.ToLowerInvariant();
        return f.Contains("dependency", StringComparison.Ordinal) ? units.Dependency
            : f.Contains("pod", StringComparison.Ordinal) ? units.P1
            : f.Contains("domain", StringComparison.Ordinal) ? units.D1
            : f.Contains("person", StringComparison.Ordinal) ? units.Person
            : f.Contains("capabilitynetwork", StringComparison.Ordinal) ? units.Network
            : f.Contains("innovationlab", StringComparison.Ordinal) ? units.Lab
            : throw new ArgumentException($"No unit for the key of {field}: say which in SampleOperations.");
    }

    private static NamedType Named(GraphQLType type) => type switch
    {
        NonNullType n => Named(n.OfType),
        ListType l => Named(l.OfType),
        _ => (NamedType)type,
    };
}
