using Microsoft.Extensions.Logging;

namespace OrgGrains.Webhooks;

/// <summary>When the silo becomes active, wakes every subscription's outbox so deliveries pending
/// before a restart resume at once rather than at their reminder's next tick.</summary>
public sealed partial class WebhookResume(IGrainFactory grains, ILogger<WebhookResume> log) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(WebhookResume), ServiceLifecycleStage.Active, OnActiveAsync, _ => Task.CompletedTask);

    private Task OnActiveAsync(CancellationToken cancellationToken)
    {
        // Not awaited: start-up must not wait on storage; the reminders are the fallback.
        _ = ResumeAsync();
        return Task.CompletedTask;
    }

    private async Task ResumeAsync()
    {
        try
        {
            await grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Id).ResumeAsync();
        }
        catch (Exception ex)
        {
            LogResumeFailed(log, ex);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not wake the webhook outboxes at start-up; their reminders resume them.")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception);
}
