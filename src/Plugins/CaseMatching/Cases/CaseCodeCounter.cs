namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>The last number given out per code prefix and year ("OFT-2026"), so codes are never reused after deletion.</summary>
public sealed class CaseCodeCounter
{
    public string Prefix { get; set; } = string.Empty;

    public int Last { get; set; }
}
