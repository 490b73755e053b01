namespace OrgGrains.Runtime;

/// <summary>Registers reminders for grains; resolved from the silo's services.
/// Grains use the extension methods in <see cref="ReminderExtensions"/>.</summary>
public interface IReminderRegistry
{
    Task<IGrainReminder> RegisterOrUpdateReminder(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period);

    Task UnregisterReminder(GrainId grainId, IGrainReminder reminder);

    Task<IGrainReminder?> GetReminder(GrainId grainId, string reminderName);

    Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId grainId);
}

public static class ReminderExtensions
{
    public static Task<IGrainReminder> RegisterOrUpdateReminder(this Grain grain, string reminderName, TimeSpan dueTime, TimeSpan period)
        => Registry(grain).RegisterOrUpdateReminder(grain.GrainId, reminderName, dueTime, period);

    public static Task UnregisterReminder(this Grain grain, IGrainReminder reminder)
        => Registry(grain).UnregisterReminder(grain.GrainId, reminder);

    public static Task<IGrainReminder?> GetReminder(this Grain grain, string reminderName)
        => Registry(grain).GetReminder(grain.GrainId, reminderName);

    private static IReminderRegistry Registry(Grain grain)
        => (IReminderRegistry?)grain.GrainContext.ActivationServices.GetService(typeof(IReminderRegistry))
           ?? throw new InvalidOperationException("Reminders are not configured: add a reminder store when configuring the grain runtime.");
}
