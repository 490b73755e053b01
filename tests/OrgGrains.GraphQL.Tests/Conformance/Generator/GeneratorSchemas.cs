namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// The schemas generated cases run over: between them interfaces (some implementing interfaces),
/// unions, enums, input objects (nested, with defaults, and @oneOf), lists (nested), non-null,
/// arguments with defaults, custom scalars, mutations and custom directives.
/// A field name means the same type wherever it appears, so generated documents can merge
/// fields from parallel fragments without tripping §5.3.2 by accident.
/// </summary>
internal static class GeneratorSchemas
{
    private static readonly DirectiveDef[] Directives =
    [
        new("tag", [new ArgDef("name", TypeRef.Parse("String!"))], Repeatable: true, ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"]),
        new("trace", [], Repeatable: false, ["FIELD", "QUERY", "MUTATION"]),
    ];

    // Declared after Directives: static initialisers run in text order.
    public static IReadOnlyList<SchemaModel> All { get; } = [Commerce(), Organisation(), Library()];

    private static SchemaModel Commerce() => new("commerce", "Query", "Mutation",
    [
        Scalar("Money"), Scalar("Cursor"),
        Enum("OrderStatus", "PENDING", "PAID", "SHIPPED", "CANCELLED"),
        Enum("Currency", "EUR", "USD", "GBP"),
        Interface("Node", [], "id: ID!"),
        Interface("Priced", [], "name: String!", "price(currency: Currency = EUR): Money"),
        Object("Product", ["Node", "Priced"], "id: ID!", "name: String!", "price(currency: Currency = EUR): Money",
            "tags: [String!]", "stock: Int", "rating: Float", "reviews(first: Int = 5, minStars: Int): [Review!]!", "related(first: Int): [Product]"),
        Object("Review", ["Node"], "id: ID!", "stars: Int!", "body: String", "author: Customer"),
        Object("Customer", ["Node"], "id: ID!", "name: String!", "email: String",
            "orders(status: OrderStatus, first: Int = 10, after: Cursor): [Order!]!", "vip: Boolean"),
        Object("Order", ["Node"], "id: ID!", "status: OrderStatus!", "total: Money", "lines: [OrderLine!]!", "customer: Customer!", "placedAt: String"),
        Object("OrderLine", [], "product: Product", "quantity: Int!"),
        Union("SearchHit", "Product", "Customer", "Order"),
        Input("OrderFilter", false, "status: [OrderStatus!]", "minTotal: Float", "customerName: String", "placedAfter: String = \"2020-01-01\""),
        Input("ProductKey", true, "id: ID", "sku: String", "name: String"),
        Input("LineInput", false, "sku: String!", "quantity: Int! = 1"),
        Object("Query", [], "node(id: ID!): Node", "productBy(key: ProductKey!): Product", "products(filter: OrderFilter, first: Int = 20): [Product!]!",
            "search(text: String!, limit: Int): [SearchHit!]!", "customerById(id: ID!): Customer", "allOrders(filter: OrderFilter): [Order]", "featured: Priced"),
        Object("Mutation", [], "placeOrder(customer: ID!, lines: [LineInput!]!): Order", "cancelOrder(id: ID!, reason: String): Boolean!",
            "rate(key: ProductKey!, stars: Int!): Review"),
    ], Directives);

    private static SchemaModel Organisation() => new("organisation", "Query", "Mutation",
    [
        Scalar("Instant"),
        Enum("Maturity", "EXPLORING", "INCUBATING", "SCALING", "RETIRED"),
        Enum("Role", "LEAD", "ENGINEER", "SCIENTIST", "PRODUCT"),
        Interface("Unit", [], "id: ID!", "title: String!", "members(role: Role): [Person!]!", "parent: Unit"),
        Interface("Budgeted", [], "budget: Float", "owner: Person"),
        Object("Pod", ["Unit", "Budgeted"], "id: ID!", "title: String!", "members(role: Role): [Person!]!", "parent: Unit",
            "budget: Float", "owner: Person", "maturity: Maturity!", "mission: String", "dependsOn: [Pod!]"),
        Object("Domain", ["Unit"], "id: ID!", "title: String!", "members(role: Role): [Person!]!", "parent: Unit",
            "pods(maturity: [Maturity!], first: Int = 10): [Pod!]!", "lead: Person"),
        Object("Lab", ["Unit", "Budgeted"], "id: ID!", "title: String!", "members(role: Role): [Person!]!", "parent: Unit",
            "budget: Float", "owner: Person", "experiments: [[String!]]", "launchedAt: Instant"),
        Object("Person", [], "id: ID!", "name: String!", "role: Role!", "skills: [String]", "manager: Person", "reports(first: Int): [Person!]"),
        Union("Assignment", "Pod", "Lab", "Person"),
        Input("PersonFilter", false, "roles: [Role!]", "nameContains: String", "active: Boolean = true"),
        Input("UnitRef", true, "podId: ID", "domainId: ID", "labId: ID"),
        Input("NoteInput", false, "text: String!", "tags: [String!] = []"),
        Input("BudgetChange", false, "amount: Float!", "reason: String", "note: NoteInput"),
        Object("Query", [], "unit(ref: UnitRef!): Unit", "units(kind: String, first: Int = 5): [Unit]", "people(filter: PersonFilter): [Person!]",
            "person(id: ID!): Person", "assignments(person: ID!): [Assignment]!", "maturityOf(pod: ID!): Maturity", "now: Instant"),
        Object("Mutation", [], "changeBudget(unit: UnitRef!, change: BudgetChange!): Budgeted",
            "assign(person: ID!, to: UnitRef!, role: Role = ENGINEER): Assignment", "retire(pod: ID!): Pod!"),
    ], Directives);

    private static SchemaModel Library() => new("library", "Query", "Mutation",
    [
        Scalar("Isbn"),
        Enum("Genre", "FICTION", "SCIENCE", "HISTORY", "POETRY"),
        Enum("Format", "HARDCOVER", "PAPERBACK", "EBOOK", "AUDIO"),
        Interface("Item", [], "code: String!"),
        Interface("Publication", ["Item"], "code: String!", "title: String!", "year: Int", "authors: [Author!]!"),
        Object("Book", ["Publication", "Item"], "code: String!", "title: String!", "year: Int", "authors: [Author!]!",
            "isbn: Isbn", "genre: Genre", "formats: [Format!]!", "pages: Int", "chapters: [[String]]", "series: Series"),
        Object("Magazine", ["Publication", "Item"], "code: String!", "title: String!", "year: Int", "authors: [Author!]!",
            "issue: Int!", "topics: [Genre]"),
        Object("Author", [], "name: String!", "born: Int", "works(genre: Genre, first: Int = 3): [Publication!]!", "coAuthors: [Author]"),
        Object("Series", [], "name: String!", "books: [Book]!", "complete: Boolean!"),
        Object("Shelf", ["Item"], "code: String!", "items: [Item!]!", "capacity: Int"),
        Union("Holding", "Book", "Magazine", "Shelf"),
        Input("Range", false, "from: Int", "to: Int"),
        Input("BookQuery", false, "genres: [Genre!]", "years: Range", "title: String", "formats: [[Format!]]"),
        Input("Lookup", true, "isbn: Isbn", "code: String", "title: String"),
        Object("Query", [], "lookup(by: Lookup!): Publication", "catalogue(query: BookQuery, first: Int = 10, offset: Int = 0): [Publication!]!",
            "holdings: [Holding]", "shelf(code: String!): Shelf", "authorsNamed(names: [String!]!): [Author]!", "random(seed: Float): Item",
            "count(genre: Genre!): Int!"),
        Object("Mutation", [], "borrow(by: Lookup!, days: Int = 14): Boolean", "returnItem(code: String!): Item"),
    ], Directives);

    private static TypeDef Scalar(string name) => new(TypeKind.Scalar, name);

    private static TypeDef Enum(string name, params string[] values)
    {
        var type = new TypeDef(TypeKind.Enum, name);
        type.EnumValues.AddRange(values);
        return type;
    }

    private static TypeDef Union(string name, params string[] members)
    {
        var type = new TypeDef(TypeKind.Union, name);
        type.Members.AddRange(members);
        return type;
    }

    private static TypeDef Object(string name, string[] interfaces, params string[] fields) =>
        Composite(TypeKind.Object, name, interfaces, fields);

    private static TypeDef Interface(string name, string[] interfaces, params string[] fields) =>
        Composite(TypeKind.Interface, name, interfaces, fields);

    private static TypeDef Composite(TypeKind kind, string name, string[] interfaces, string[] fields)
    {
        var type = new TypeDef(kind, name);
        type.Interfaces.AddRange(interfaces);
        type.Fields.AddRange(fields.Select(ParseField));
        return type;
    }

    private static TypeDef Input(string name, bool oneOf, params string[] fields)
    {
        var type = new TypeDef(TypeKind.InputObject, name) { IsOneOf = oneOf };
        type.InputFields.AddRange(fields.Select(ParseArg));
        return type;
    }

    /// <summary>"name(arg: T = default, …): T" — the field-definition shape of SDL, defaults without commas.</summary>
    private static FieldDef ParseField(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0)
        {
            var colon = text.IndexOf(':');
            return new FieldDef(text[..colon].Trim(), TypeRef.Parse(text[(colon + 1)..].Trim()), []);
        }
        var close = text.LastIndexOf(')');
        var args = text[(open + 1)..close].Split(", ").Select(ParseArg).ToList();
        return new FieldDef(text[..open], TypeRef.Parse(text[(close + 1)..].TrimStart(':').Trim()), args);
    }

    private static ArgDef ParseArg(string text)
    {
        var colon = text.IndexOf(':');
        var eq = text.IndexOf(" = ", StringComparison.Ordinal);
        var type = eq < 0 ? text[(colon + 1)..] : text[(colon + 1)..eq];
        return new ArgDef(text[..colon].Trim(), TypeRef.Parse(type.Trim()), eq < 0 ? null : text[(eq + 3)..].Trim());
    }
}
