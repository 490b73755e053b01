using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Builds_every_kind_of_type_from_sdl()
    {
        var schema = TestSchemas.Builder().Build();

        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);

        var pod = Assert.IsType<ObjectType>(schema.GetType("Pod"));
        Assert.Equal("A delivery pod.", pod.Description);
        Assert.Equal(["Unit", "Node"], pod.Interfaces.Select(i => i.Name));
        Assert.Equal("Use members.", pod.GetField("size")!.DeprecationReason);
        Assert.Equal("[Person!]", pod.GetField("members")!.Type.ToString());

        var unit = Assert.IsType<InterfaceType>(schema.GetType("Unit"));
        Assert.Equal(["Node"], unit.Interfaces.Select(i => i.Name));
        Assert.Equal(["Pod", "Domain"], schema.GetPossibleTypes(unit).Select(t => t.Name));
        Assert.True(schema.IsSubType(unit, pod));
        Assert.True(schema.IsSubType(schema.GetType("Node")!, unit));

        var status = Assert.IsType<EnumType>(schema.GetType("PodStatus"));
        Assert.Equal("No longer supported", status.Values["RETIRED"]!.DeprecationReason);

        var filter = Assert.IsType<InputObjectType>(schema.GetType("UnitFilter"));
        Assert.True(filter.IsOneOf);

        var first = schema.QueryType.GetField("pods")!.Arguments["first"]!;
        Assert.True(first.HasDefaultValue);
        Assert.Equal(10, first.DefaultValue);

        Assert.Same(Scalars.DateTime.SpecifiedByUrl, ((ScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void Applies_extensions_to_types_and_schema()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a: Int }
                type Pod { id: ID }
                extend type Pod { name: String }
                extend type Query { pod: Pod }
                enum Color { RED }
                extend enum Color { GREEN }
                type Sub { events: Int }
                extend schema { subscription: Sub }
                """)
            .Build();

        Assert.Equal(["id", "name"], ((ObjectType)schema.GetType("Pod")!).Fields.Select(f => f.Name));
        Assert.Equal(["a", "pod"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["RED", "GREEN"], ((EnumType)schema.GetType("Color")!).Values.Select(v => v.Name));
        Assert.Equal("Sub", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Type_map_follows_graphql_js_order()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { pod: Pod, n: Int } type Pod { name: String }");

        Assert.Equal(
            ["Query", "Int", "Pod", "String", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Unknown_types_are_reported_by_name_and_location()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.BuildSchema("type Query {\n  pod: Podd\n}"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("Unknown type \"Podd\".", only.Message);
        Assert.Equal(new Language.SourceLocation(2, 8), Assert.Single(only.Locations!));
    }

    [Fact]
    public void Sdl_syntax_errors_are_schema_errors_with_their_location()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeDefinitions("type Query {\n  a: Int\n  b:\n}"));

        var only = Assert.Single(error.Errors);
        Assert.StartsWith("Syntax Error:", only.Message);
        Assert.Equal(new Language.SourceLocation(4, 1), Assert.Single(only.Locations!));
    }

    [Fact]
    public void Extending_an_undefined_type_is_an_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.BuildSchema("type Query { a: Int } extend type Pod { b: Int }"));

        Assert.Equal("Cannot extend type \"Pod\" because it is not defined.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Binding_a_resolver_to_an_unknown_field_names_it()
    {
        var error = Assert.Throws<SchemaException>(() => TestSchemas.Builder().Resolve("Query", "podz", _ => null).Build());

        Assert.Equal("Cannot bind a resolver to \"Query.podz\": type \"Query\" has no field \"podz\".", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Binding_an_enum_maps_values_to_clr_values()
    {
        var schema = TestSchemas.Builder().BindEnum<Status>("PodStatus").Build();

        var status = (EnumType)schema.GetType("PodStatus")!;
        Assert.Equal(Status.Active, status.Values["ACTIVE"]!.Value);
        Assert.Equal("PAUSED", status.Serialize(Status.Paused));
    }

    [Fact]
    public void Binding_an_enum_without_a_value_for_each_member_fails()
    {
        var error = Assert.Throws<SchemaException>(() =>
            TestSchemas.Builder().BindEnum("PodStatus", new Dictionary<string, object> { ["ACTIVE"] = 1 }).Build());

        Assert.Contains(error.Errors, e => e.Message == "Cannot bind enum \"PodStatus\": no value is given for \"PodStatus.PAUSED\".");
    }

    private enum Status
    {
        Active,
        Paused,
        Retired,
    }
}
