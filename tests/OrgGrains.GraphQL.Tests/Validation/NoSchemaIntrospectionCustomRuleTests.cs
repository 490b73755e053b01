using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>graphql-js's NoSchemaIntrospectionCustomRule (cases after its NoSchemaIntrospectionCustomRule-test).</summary>
public sealed class NoSchemaIntrospectionCustomRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new NoSchemaIntrospectionCustomRule(), query, errors);

    [Fact]
    public void Ignores_typename_and_ordinary_fields() => ExpectErrors("{ __typename dog { name __typename } }");

    /// <summary>As graphql-js: every field whose type is an introspection type, nested ones too.</summary>
    [Fact]
    public void Reports_schema_and_the_introspection_fields_under_it() => ExpectErrors(
        "{ __schema { queryType { name } } }",
        Error("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".", (1, 3)),
        Error("GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".", (1, 14)));

    [Fact]
    public void Reports_type() => ExpectErrors(
        "{ __type(name: \"Dog\") { name } }",
        Error("GraphQL introspection has been disabled, but the requested query contained the field \"__type\".", (1, 3)));

    [Fact]
    public void Reports_an_introspection_field_spread_from_a_fragment() => ExpectErrors(
        "{ ...F } fragment F on QueryRoot { __schema { types { name } } }",
        Error("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".", (1, 36)),
        Error("GraphQL introspection has been disabled, but the requested query contained the field \"types\".", (1, 47)));
}
