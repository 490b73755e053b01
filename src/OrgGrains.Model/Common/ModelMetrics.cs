using System.Diagnostics.Metrics;

namespace OrgGrains.Model;

/// <summary>The model's own instruments, under the Meter <see cref="MeterName"/>: what integrations
/// push (the event ingest rate), which Orleans' and ASP.NET Core's meters cannot see. A counter
/// nobody listens to costs one check per add.</summary>
public static class ModelMetrics
{
    public const string MeterName = "OrgGrains.Model";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> EventsAccepted = Meter.CreateCounter<long>(
        "orggrains.pod.events.accepted", "{event}", "Pod events recorded (duplicates and refused events excluded).");

    private static readonly Counter<long> EventsRefused = Meter.CreateCounter<long>(
        "orggrains.pod.events.refused", "{event}", "Pod events refused or ignored as duplicates.");

    public static void EventsRecorded(int accepted, int refused)
    {
        if (accepted > 0)
            EventsAccepted.Add(accepted);
        if (refused > 0)
            EventsRefused.Add(refused);
    }
}
