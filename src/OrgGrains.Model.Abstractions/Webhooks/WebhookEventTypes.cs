namespace OrgGrains.Model;

/// <summary>The kinds of event a webhook subscription can ask for, as the <c>type</c> of the delivered JSON.</summary>
public static class WebhookEventTypes
{
    public const string UnitChanged = "unit.changed";
    public const string AlertChanged = "alert.changed";

    public static readonly IReadOnlyList<string> All = [UnitChanged, AlertChanged];
}
