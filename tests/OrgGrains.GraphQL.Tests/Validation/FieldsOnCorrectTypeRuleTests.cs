using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.3.1 Field Selections. Cases follow graphql-js's FieldsOnCorrectTypeRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly GraphQLSchema SuggestionSchema = ValidationHarness.BuildSchema(
        """
        interface T { f: String }
        type A implements T { f: String }
        type B implements T { f: String }
        type Query { t: T }
        """);

    private static readonly GraphQLSchema InterfaceSuggestionSchema = ValidationHarness.BuildSchema(
        """
        interface Animal { name: String }
        interface Mammal implements Animal { name: String fur: String }
        interface Canine implements Animal & Mammal { name: String fur: String bark: String }
        type Dog implements Animal & Mammal & Canine { name: String fur: String bark: String }
        type Cat implements Animal & Mammal { name: String fur: String }
        type Query { animal: Animal }
        """);

    private static readonly GraphQLSchema ManySuggestionsSchema = ValidationHarness.BuildSchema(
        """
        interface T { y: String }
        type A implements T { f: String y: String }
        type B implements T { f: String y: String }
        type C implements T { f: String y: String }
        type D implements T { f: String y: String }
        type E implements T { f: String y: String }
        type F implements T { f: String y: String }
        type Query { t: T }
        """);

    private static readonly GraphQLSchema ManyFieldsSchema = ValidationHarness.BuildSchema(
        """
        type T { y: String z: String zz: String zzz: String zzzz: String zzzzz: String zzzzzz: String }
        type Query { t: T }
        """);

    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new FieldsOnCorrectTypeRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new FieldsOnCorrectTypeRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void Object_field_selection() => ExpectValid(
        """
        fragment objectFieldSelection on Dog {
          __typename
          name
        }
        """);

    [Fact]
    public void Aliased_object_field_selection() => ExpectValid(
        """
        fragment aliasedObjectFieldSelection on Dog {
          tn : __typename
          otherName : name
        }
        """);

    [Fact]
    public void Interface_field_selection() => ExpectValid(
        """
        fragment interfaceFieldSelection on Pet {
          __typename
          name
        }
        """);

    [Fact]
    public void Aliased_interface_field_selection() => ExpectValid(
        """
        fragment interfaceFieldSelection on Pet {
          otherName : name
        }
        """);

    [Fact]
    public void Lying_alias_selection() => ExpectValid(
        """
        fragment lyingAliasSelection on Dog {
          name : nickname
        }
        """);

    [Fact]
    public void Ignores_fields_on_unknown_type() => ExpectValid(
        """
        fragment unknownSelection on UnknownType {
          unknownField
        }
        """);

    [Fact]
    public void Reports_errors_when_type_is_known_again() => ExpectErrors(
        """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
        Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));

    [Fact]
    public void Field_not_defined_on_fragment() => ExpectErrors(
        """
        fragment fieldNotDefined on Dog {
          meowVolume
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Ignores_deeply_unknown_field() => ExpectErrors(
        """
        fragment deepFieldNotDefined on Dog {
          unknown_field {
            deeper_unknown_field
          }
        }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void Sub_field_not_defined() => ExpectErrors(
        """
        fragment subFieldNotDefined on Human {
          pets {
            unknown_field
          }
        }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));

    [Fact]
    public void Field_not_defined_on_inline_fragment() => ExpectErrors(
        """
        fragment fieldNotDefined on Pet {
          ... on Dog {
            meowVolume
          }
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));

    [Fact]
    public void Aliased_field_target_not_defined() => ExpectErrors(
        """
        fragment aliasedFieldTargetNotDefined on Dog {
          volume : mooVolume
        }
        """,
        Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Aliased_lying_field_target_not_defined() => ExpectErrors(
        """
        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume : kawVolume
        }
        """,
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Not_defined_on_interface() => ExpectErrors(
        """
        fragment notDefinedOnInterface on Pet {
          tailLength
        }
        """,
        Error("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));

    [Fact]
    public void Defined_on_implementors_but_not_on_interface() => ExpectErrors(
        """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Meta_field_selection_on_union() => ExpectValid(
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Direct_field_selection_on_union() => ExpectErrors(
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Defined_on_implementors_queried_on_union() => ExpectErrors(
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));

    [Fact]
    public void Valid_field_in_inline_fragment() => ExpectValid(
        """
        fragment objectFieldSelection on Pet {
          ... on Dog {
            name
          }
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Schema_and_type_meta_fields_only_on_the_query_type() => ExpectErrors(
        """
        fragment metaOnDog on Dog {
          __schema { queryType { name } }
          __type(name: "Dog") { name }
        }
        query Q {
          __schema { queryType { name } }
          __type(name: "Dog") { name }
        }
        """,
        Error("Cannot query field \"__schema\" on type \"Dog\".", (2, 3)),
        Error("Cannot query field \"__type\" on type \"Dog\".", (3, 3)));

    [Fact]
    public void Works_with_no_suggestions() => ExpectErrors(ManyFieldsSchema,
        """
        { t { f } }
        """,
        Error("Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?", (1, 7)));

    [Fact]
    public void Suggests_object_types_that_define_the_field() => ExpectValid(SuggestionSchema,
        """
        { t { f } }
        """);

    [Fact]
    public void Orders_interface_suggestions_by_usage_and_subtyping() => ExpectErrors(InterfaceSuggestionSchema,
        """
        { animal { fur bark } }
        """,
        Error("Cannot query field \"fur\" on type \"Animal\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 12)),
        Error("Cannot query field \"bark\" on type \"Animal\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"?", (1, 16)));

    [Fact]
    public void Limits_lots_of_type_suggestions() => ExpectErrors(ManySuggestionsSchema,
        """
        { t { f } }
        """,
        Error("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?", (1, 7)));

    [Fact]
    public void Limits_lots_of_field_suggestions() => ExpectErrors(ManyFieldsSchema,
        """
        { t { f } }
        """,
        Error("Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?", (1, 7)));
}
