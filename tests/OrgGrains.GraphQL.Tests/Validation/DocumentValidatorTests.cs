using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>Validation with every rule at once: graphql-js's order of errors, the error limit, the work budget, and invalid schemas.</summary>
public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<string> Validate(string query, int maxErrors = 100) =>
        DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(query), maxErrors: maxErrors)
            .Select(e => e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}")))
            .ToList();

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Assert.Empty(Validate("""
            query Q($command: DogCommand = SIT, $atOtherHomes: Boolean) {
              dog {
                ...DogFields
                doesKnowCommand(dogCommand: $command)
                isHouseTrained(atOtherHomes: $atOtherHomes) @include(if: true)
              }
              catOrDog { ... on Cat { meows } __typename }
              __schema { types { name fields { name } } }
            }
            fragment DogFields on Dog { name barkVolume mother { name } }
            """));
    }

    [Fact]
    public void Errors_of_all_rules_come_in_graphql_js_order()
    {
        // The same document gives graphql-js 16 these errors, in this order.
        var errors = Validate("""
            query Q($unused: Int, $bad: Dog) {
              dog { name(surname: "x") barks { x } unknown }
              human(id: $undefinedVar) { ...F ...Missing }
              ... on Boolean { a }
            }
            fragment F on Human { pets { name } name: relatives { name } }
            fragment Unused on Cat { meows }
            """);

        Assert.Equal(
            [
                "Variable \"$bad\" cannot be non-input type \"Dog\". @ 1:29",
                "Boolean cannot represent a non boolean value: \"x\" @ 2:23",
                "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @ 2:34",
                "Cannot query field \"unknown\" on type \"Dog\". @ 2:40",
                "Unknown fragment \"Missing\". @ 3:38",
                "Fragment cannot condition on non composite type \"Boolean\". @ 4:10",
                "Variable \"$undefinedVar\" is not defined by operation \"Q\". @ 3:13 1:1",
                "Variable \"$unused\" is never used in operation \"Q\". @ 1:9",
                "Variable \"$bad\" is never used in operation \"Q\". @ 1:23",
                "Fragment \"Unused\" is never used. @ 7:1",
            ],
            errors);
    }

    [Fact]
    public void Every_error_names_its_section_of_the_specification()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("{ dog { unknown } cat }"));

        Assert.Collection(
            errors,
            e => Assert.Equal("https://spec.graphql.org/draft/#sec-Field-Selections", Assert.IsType<ValidationError>(e).SpecifiedBy),
            e => Assert.Equal("https://spec.graphql.org/draft/#sec-Leaf-Field-Selections", Assert.IsType<ValidationError>(e).SpecifiedBy));
    }

    [Fact]
    public void Stops_after_the_error_limit()
    {
        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"QueryRoot\". @ 1:3",
                "Cannot query field \"b\" on type \"QueryRoot\". @ 1:5",
                "Cannot query field \"c\" on type \"QueryRoot\". @ 1:7",
                "Too many validation errors, error limit reached. Validation aborted. @ ",
            ],
            Validate("{ a b c d e f }", maxErrors: 3));
    }

    [Fact]
    public void Aborts_a_document_that_makes_field_merging_too_much_work()
    {
        // A thousand copies of one field are half a million comparisons: past graphql-js's budget.
        var query = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1000)) + " } }";

        Assert.Equal(["Validation aborted. @ "], Validate(query));
    }

    [Fact]
    public void Refuses_an_invalid_schema()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Empty").AssumeValid().Build();

        var error = Assert.Throws<InvalidOperationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));
        Assert.Contains("Type Empty must define one or more fields.", error.Message);
    }

    [Fact]
    public void Runs_only_the_given_rules()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("{ unknown dog }"), [new ScalarLeafsRule()]);

        Assert.Equal(["Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?"], errors.Select(e => e.Message));
    }

    [Fact]
    public void The_specified_rules_are_graphql_js_16s_with_the_current_specifications_additions()
    {
        Assert.Equal(
            [
                "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "KnownOperationTypesRule",
                "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule",
                "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule",
                "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule",
                "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule",
                "KnownArgumentNamesRule", "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule",
                "VariablesInAllowedPositionRule", "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
            ],
            SpecifiedRules.All.Select(r => r.GetType().Name));
    }

    [Fact]
    public void Validates_sdl_with_the_type_system_rules()
    {
        var errors = DocumentValidator.ValidateSdl(Parser.Parse("""
            type Query { a: Foo }
            type Query { b: Int }
            extend type Missing @deprecated
            """));

        // graphql-js 16's validateSDL gives these, in this order.
        Assert.Equal(
            [
                "Unknown type \"Foo\".",
                "There can be only one type named \"Query\".",
                "Cannot extend type \"Missing\" because it is not defined.",
                "Directive \"@deprecated\" may not be used on OBJECT.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Reusing_a_rule_list_gives_the_same_answer_each_time()
    {
        // The rule visitors of one document must not leak state into the next.
        var document = Parser.Parse("query A { dog { name } } query A { dog { name } }");
        var first = DocumentValidator.Validate(ValidationHarness.TestSchema, document);
        var second = DocumentValidator.Validate(ValidationHarness.TestSchema, document);

        Assert.Equal(first.Select(e => e.Message), second.Select(e => e.Message));
        Assert.Single(second);
    }

    [Fact]
    public void Validations_on_many_threads_at_once_give_the_answers_of_one_thread()
    {
        // Each thread reuses its own walk state; no document may see another's.
        string[] queries =
        [
            "{ dog { name } }",
            "query A { dog { name } } query A { cat { name } }",
            "{ dog { unknown ...F } } fragment F on Dog { name: barks }",
            "query ($v: Int) { complicatedArgs { stringArgField(stringArg: $v) } }",
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
        ];
        var expected = queries.Select(q => string.Join("|", Validate(q))).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = string.Join("|", Validate(queries[i % queries.Length])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % queries.Length], results[i]);
        }
    }

    [Fact]
    public void A_rule_may_validate_another_document_while_validating()
    {
        var inner = new NestedValidationRule();
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("{ dog { unknown } }"), [inner, new FieldsOnCorrectTypeRule()]);

        Assert.Equal(["Cannot query field \"nope\" on type \"QueryRoot\"."], inner.InnerErrors);
        Assert.Equal(["Cannot query field \"unknown\" on type \"Dog\"."], errors.Select(e => e.Message));
    }

    private sealed class NestedValidationRule : StatelessValidationRule
    {
        public List<string> InnerErrors { get; } = [];

        public override string SpecifiedBy => "test";

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
        {
            InnerErrors.AddRange(DocumentValidator.Validate(context.Schema, Parser.Parse("{ nope }")).Select(e => e.Message));
            return VisitAction.Continue;
        }
    }
}
