using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.FragmentSpreadTargetDefined;

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }

        return VisitAction.Continue;
    }
}
