using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests;

/// <summary>SDL shared by the tests: a small organisation model exercising every kind of type.</summary>
internal static class TestSchemas
{
    public const string Organisation = """
        "The root of every query."
        type Query {
          pods(first: Int = 10, status: PodStatus): [Pod!]!
          pod(id: ID!): Pod
          unit(id: ID!): Unit
          search(filter: UnitFilter): [SearchResult!]
        }

        type Mutation {
          renamePod(id: ID!, name: String!): Pod
        }

        interface Node { id: ID! }

        interface Unit implements Node {
          id: ID!
          name: String!
        }

        "A delivery pod."
        type Pod implements Unit & Node {
          id: ID!
          name: String!
          status: PodStatus
          size: Int @deprecated(reason: "Use members.")
          members: [Person!]
        }

        type Domain implements Unit & Node {
          id: ID!
          name: String!
          pods: [Pod]
        }

        type Person { name: String! }

        union SearchResult = Pod | Person

        enum PodStatus {
          ACTIVE
          PAUSED
          RETIRED @deprecated
        }

        input UnitFilter @oneOf {
          id: ID
          name: String
        }

        scalar DateTime
        """;

    public static SchemaBuilder Builder() => new SchemaBuilder().AddTypeDefinitions(Organisation).BindScalar(Scalars.DateTime);
}
