namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Walks an AST depth first, calling a visitor's <see cref="AstVisitor.Enter"/> and
/// <see cref="AstVisitor.Leave"/> for every node (graphql-js's <c>visit()</c>, without edits).
/// Children are visited in graphql-js's <c>QueryDocumentKeys</c> order.
/// </summary>
public sealed class AstWalker
{
    private readonly AstVisitor _visitor;
    private readonly VisitContext _context = new();

    private AstWalker(AstVisitor visitor) => _visitor = visitor;

    /// <summary>Walks <paramref name="root"/> and everything below it.</summary>
    public static void Walk(AstNode root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        new AstWalker(visitor).Visit(root, null, -1);
    }

    /// <returns>False when the visitor asked to stop.</returns>
    private bool Visit(AstNode node, string? key, int index)
    {
        _context.PushSegment(key, index);
        var action = _visitor.Enter(node, _context);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            _context.PopSegment();
            return true;
        }

        _context.PushAncestor(node);
        if (!VisitChildren(node))
        {
            return false;
        }

        _context.PopAncestor();
        action = _visitor.Leave(node, _context);
        _context.PopSegment();
        return action != VisitorAction.Break;
    }

    private bool One(AstNode? node, string key) => node is null || Visit(node, key, -1);

    private bool Many<T>(IReadOnlyList<T> nodes, string key)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i], key, i))
            {
                return false;
            }
        }

        return true;
    }

    private bool VisitChildren(AstNode node) => node switch
    {
        DocumentNode n => Many(n.Definitions, "definitions"),
        OperationDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.VariableDefinitions, "variableDefinitions") && Many(n.Directives, "directives")
            && One(n.SelectionSet, "selectionSet"),
        VariableDefinitionNode n => One(n.Description, "description") && One(n.Variable, "variable") && One(n.Type, "type")
            && One(n.DefaultValue, "defaultValue") && Many(n.Directives, "directives"),
        VariableNode n => One(n.Name, "name"),
        SelectionSetNode n => Many(n.Selections, "selections"),
        FieldNode n => One(n.Alias, "alias") && One(n.Name, "name") && Many(n.Arguments, "arguments")
            && Many(n.Directives, "directives") && One(n.SelectionSet, "selectionSet"),
        ArgumentNode n => One(n.Name, "name") && One(n.Value, "value"),
        FragmentSpreadNode n => One(n.Name, "name") && Many(n.Directives, "directives"),
        InlineFragmentNode n => One(n.TypeCondition, "typeCondition") && Many(n.Directives, "directives")
            && One(n.SelectionSet, "selectionSet"),
        FragmentDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && One(n.TypeCondition, "typeCondition") && Many(n.Directives, "directives") && One(n.SelectionSet, "selectionSet"),
        ListValueNode n => Many(n.Values, "values"),
        ObjectValueNode n => Many(n.Fields, "fields"),
        ObjectFieldNode n => One(n.Name, "name") && One(n.Value, "value"),
        DirectiveNode n => One(n.Name, "name") && Many(n.Arguments, "arguments"),
        NamedTypeNode n => One(n.Name, "name"),
        ListTypeNode n => One(n.Type, "type"),
        NonNullTypeNode n => One(n.Type, "type"),
        SchemaDefinitionNode n => One(n.Description, "description") && Many(n.Directives, "directives")
            && Many(n.OperationTypes, "operationTypes"),
        OperationTypeDefinitionNode n => One(n.Type, "type"),
        ScalarTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name") && Many(n.Directives, "directives"),
        ObjectTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Interfaces, "interfaces") && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        FieldDefinitionNode n => One(n.Description, "description") && One(n.Name, "name") && Many(n.Arguments, "arguments")
            && One(n.Type, "type") && Many(n.Directives, "directives"),
        InputValueDefinitionNode n => One(n.Description, "description") && One(n.Name, "name") && One(n.Type, "type")
            && One(n.DefaultValue, "defaultValue") && Many(n.Directives, "directives"),
        InterfaceTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Interfaces, "interfaces") && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        UnionTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Directives, "directives") && Many(n.Types, "types"),
        EnumTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Directives, "directives") && Many(n.Values, "values"),
        EnumValueDefinitionNode n => One(n.Description, "description") && One(n.Name, "name") && Many(n.Directives, "directives"),
        InputObjectTypeDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        DirectiveDefinitionNode n => One(n.Description, "description") && One(n.Name, "name")
            && Many(n.Arguments, "arguments") && Many(n.Locations, "locations"),
        SchemaExtensionNode n => Many(n.Directives, "directives") && Many(n.OperationTypes, "operationTypes"),
        ScalarTypeExtensionNode n => One(n.Name, "name") && Many(n.Directives, "directives"),
        ObjectTypeExtensionNode n => One(n.Name, "name") && Many(n.Interfaces, "interfaces")
            && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        InterfaceTypeExtensionNode n => One(n.Name, "name") && Many(n.Interfaces, "interfaces")
            && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        UnionTypeExtensionNode n => One(n.Name, "name") && Many(n.Directives, "directives") && Many(n.Types, "types"),
        EnumTypeExtensionNode n => One(n.Name, "name") && Many(n.Directives, "directives") && Many(n.Values, "values"),
        InputObjectTypeExtensionNode n => One(n.Name, "name") && Many(n.Directives, "directives") && Many(n.Fields, "fields"),
        MemberCoordinateNode n => One(n.Name, "name") && One(n.MemberName, "memberName"),
        ArgumentCoordinateNode n => One(n.Name, "name") && One(n.FieldName, "fieldName") && One(n.ArgumentName, "argumentName"),
        DirectiveArgumentCoordinateNode n => One(n.Name, "name") && One(n.ArgumentName, "argumentName"),
        SchemaCoordinateNode n => One(n.Name, "name"),

        // Name and the scalar values have no children.
        _ => true,
    };
}
