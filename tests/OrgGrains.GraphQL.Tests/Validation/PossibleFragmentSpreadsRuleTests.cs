using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.5.2.3 Fragment Spread Is Possible. Cases follow graphql-js's PossibleFragmentSpreadsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly GraphQLSchema PossibleSchema = ValidationHarness.BuildSchema(
        """
        interface Being { name: String }
        interface Pet implements Being { name: String }
        type Dog implements Being & Pet { name: String barkVolume: Int }
        type Cat implements Being & Pet { name: String meowVolume: Int }
        union CatOrDog = Cat | Dog
        interface Intelligent { iq: Int }
        type Human implements Being & Intelligent { name: String pets: [Pet] iq: Int }
        type Alien implements Being & Intelligent { name: String iq: Int }
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        type Query { catOrDog: CatOrDog dogOrHuman: DogOrHuman humanOrAlien: HumanOrAlien }
        """);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new PossibleFragmentSpreadsRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void Of_the_same_object() => ExpectValid(PossibleSchema,
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Of_the_same_object_with_inline_fragment() => ExpectValid(PossibleSchema,
        """
        fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        """);

    [Fact]
    public void Object_into_an_implemented_interface() => ExpectValid(PossibleSchema,
        """
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Object_into_containing_union() => ExpectValid(PossibleSchema,
        """
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Union_into_contained_object() => ExpectValid(PossibleSchema,
        """
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Union_into_overlapping_interface() => ExpectValid(PossibleSchema,
        """
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Union_into_overlapping_union() => ExpectValid(PossibleSchema,
        """
        fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Interface_into_implemented_object() => ExpectValid(PossibleSchema,
        """
        fragment interfaceWithinObject on Dog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Interface_into_overlapping_interface() => ExpectValid(PossibleSchema,
        """
        fragment interfaceWithinInterface on Pet { ...beingFragment }
        fragment beingFragment on Being { name }
        """);

    [Fact]
    public void Interface_into_overlapping_interface_in_inline_fragment() => ExpectValid(PossibleSchema,
        """
        fragment interfaceWithinInterface on Pet { ... on Being { name } }
        """);

    [Fact]
    public void Interface_into_overlapping_union() => ExpectValid(PossibleSchema,
        """
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Ignores_incorrect_type_caught_by_FragmentsOnCompositeTypes() => ExpectValid(PossibleSchema,
        """
        fragment petFragment on Pet { ...badInADifferentWay }
        fragment badInADifferentWay on String { name }
        """);

    [Fact]
    public void Ignores_unknown_fragments_caught_by_KnownFragmentNames() => ExpectValid(PossibleSchema,
        """
        fragment petFragment on Pet { ...UnknownFragment }
        """);

    [Fact]
    public void Different_object_into_object() => ExpectErrors(PossibleSchema,
        """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void Different_object_into_object_in_inline_fragment() => ExpectErrors(PossibleSchema,
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog { barkVolume }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Object_into_not_implementing_interface() => ExpectErrors(PossibleSchema,
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void Object_into_not_containing_union() => ExpectErrors(PossibleSchema,
        """
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void Union_into_not_contained_object() => ExpectErrors(PossibleSchema,
        """
        fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """,
        Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));

    [Fact]
    public void Union_into_non_overlapping_interface() => ExpectErrors(PossibleSchema,
        """
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)));

    [Fact]
    public void Union_into_non_overlapping_union() => ExpectErrors(PossibleSchema,
        """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void Interface_into_non_implementing_object() => ExpectErrors(PossibleSchema,
        """
        fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
        fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48)));

    [Fact]
    public void Interface_into_non_overlapping_interface() => ExpectErrors(PossibleSchema,
        """
        fragment invalidInterfaceWithinInterface on Pet {
          ...intelligentFragment
        }
        fragment intelligentFragment on Intelligent { iq }
        """,
        Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Interface_into_non_overlapping_interface_in_inline_fragment() => ExpectErrors(PossibleSchema,
        """
        fragment invalidInterfaceWithinInterfaceAnon on Pet {
          ...on Intelligent { iq }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Interface_into_non_overlapping_union() => ExpectErrors(PossibleSchema,
        """
        fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
        fragment petFragment on Pet { name }
        """,
        Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
}
