namespace OrgGrains.Benchmarks.Validation;

/// <summary>The schema and documents of the validation benchmarks (also read by validation-graphql-js.mjs).</summary>
public static class ValidationDocuments
{
    public const string Schema = """
        interface Unit { id: ID! name: String! }
        type Person implements Unit { id: ID! name: String! email: String discipline: Discipline pod: Pod }
        type Pod implements Unit {
          id: ID!
          name: String!
          mission: String
          lifecycle: Lifecycle!
          members(first: Int = 10, role: String): [Person!]!
          domain: Domain
          dependencies(status: DependencyStatus): [Dependency!]!
        }
        type Domain implements Unit { id: ID! name: String! pods(first: Int): [Pod!]! }
        type Dependency { id: ID! kind: String! status: DependencyStatus! consumer: Unit! provider: Unit! neededBy: String }
        enum Discipline { ML_ENGINEER DATA_SCIENTIST DATA_ENGINEER MLOPS }
        enum Lifecycle { FORMING ACTIVE SUNSETTING ARCHIVED }
        enum DependencyStatus { REQUESTED ACCEPTED IN_PROGRESS DELIVERED BLOCKED CANCELLED }
        union SearchResult = Person | Pod | Domain
        input PodFilter { lifecycle: Lifecycle domainId: ID nameContains: String }
        type Query {
          pod(id: ID!): Pod
          pods(filter: PodFilter, first: Int = 20): [Pod!]!
          search(text: String!): [SearchResult!]!
        }
        """;

    public const string ThreeFields = "{ pod(id: \"p1\") { id name mission } }";

    public const string Fragments = """
        query PodPage($id: ID!, $status: DependencyStatus = BLOCKED) {
          pod(id: $id) {
            ...PodHeader
            members(first: 50) { ...PersonCard }
            domain { ...UnitName pods(first: 5) { ...PodHeader } }
            dependencies(status: $status) { ...DependencyRow }
          }
          search(text: "vision") {
            __typename
            ... on Person { ...PersonCard }
            ... on Pod { ...PodHeader }
            ... on Domain { ...UnitName }
          }
          pods(filter: { lifecycle: ACTIVE, nameContains: "nlp" }) { ...PodHeader }
        }
        fragment UnitName on Unit { id name }
        fragment PodHeader on Pod { ...UnitName mission lifecycle }
        fragment PersonCard on Person { ...UnitName email discipline pod { ...UnitName } }
        fragment DependencyRow on Dependency {
          id kind status neededBy
          consumer { ...UnitName }
          provider { ...UnitName ... on Pod { lifecycle } }
        }
        """;

    // graphql-js 16's getIntrospectionQuery() with its default options.
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {

            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description



              locations
              args {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description


          fields(includeDeprecated: true) {
            name
            description
            args {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue


        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;
}
