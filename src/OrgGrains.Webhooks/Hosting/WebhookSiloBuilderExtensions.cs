using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrgGrains.Webhooks;

public static class WebhookSiloBuilderExtensions
{
    /// <summary>Outbound webhooks on this silo: the dispatcher and outbox grains (state in the
    /// "Default" grain storage, reminders in the silo's reminder service), the HTTP client they
    /// deliver with, and the model's <see cref="IChangeOutbox"/>. Timings: <see cref="WebhookOptions"/>.</summary>
    public static ISiloBuilder AddWebhooks(this ISiloBuilder silo, Action<WebhookOptions>? configure = null)
    {
        var options = new WebhookOptions();
        configure?.Invoke(options);
        silo.Services.AddSingleton(options);
        silo.Services.TryAddSingleton(TimeProvider.System);
        // Redirects are not followed: a receiver answers where it was registered.
        silo.Services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        silo.Services.AddSingleton<WebhookSender>();
        silo.Services.AddSingleton<IChangeOutbox, WebhookChangeOutbox>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, WebhookResume>();
        return silo;
    }
}
