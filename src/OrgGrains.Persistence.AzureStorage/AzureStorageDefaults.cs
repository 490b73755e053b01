namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Where OrgGrains keeps its data in an Azure Storage account unless configured otherwise.</summary>
public static class AzureStorageDefaults
{
    /// <summary>The Blob container of grain state (one blob per grain state).</summary>
    public const string StateContainer = "orggrains-state";

    /// <summary>The Table of reminders.</summary>
    public const string RemindersTable = "OrgGrainsReminders";

    /// <summary>The Table of cluster membership (silos and their status).</summary>
    public const string ClusterTable = "OrgGrainsCluster";
}
