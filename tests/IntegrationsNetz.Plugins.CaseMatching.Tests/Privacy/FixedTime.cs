namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Privacy;

/// <summary>A clock that stands still, so "a date far in the past" means the same on every run.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
