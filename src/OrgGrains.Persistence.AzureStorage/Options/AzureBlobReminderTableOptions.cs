namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Options of <c>UseAzureBlobReminderService</c>; the container defaults to "reminders".</summary>
public sealed class AzureBlobReminderTableOptions : AzureBlobConnectionOptions
{
    public const string DefaultContainerName = "reminders";
}
