using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Runtime;

public static class InMemoryReminderSiloBuilderExtensions
{
    /// <summary>Keeps reminders in process memory (tests and development): they survive grain
    /// deactivation, not a silo restart.</summary>
    public static ISiloBuilder UseInMemoryReminderService(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<IReminderTable, InMemoryReminderTable>();
        return silo;
    }
}
