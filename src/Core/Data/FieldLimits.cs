using IntegrationsNetz.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrationsNetz.Core.Data;

/// <summary>A value that breaks the model's limits reached SaveChanges: nothing of the unit of work is written.</summary>
public sealed class FieldLimitException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// The last line behind the services' own checks: every string saved through the portal's context keeps the
/// maximum length of its column (SQLite does not enforce it) and holds no control characters. The services check
/// the same first, with a message next to the field; this catches whatever a service forgot.
/// </summary>
public static class FieldLimits
{
    public static void Check(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if ((entry.State == EntityState.Added || property.IsModified) && property.CurrentValue is string value)
                {
                    var max = property.Metadata.GetMaxLength();
                    if (max is { } limit && value.Length > limit)
                    {
                        throw new FieldLimitException(property.Metadata.Name, Messages.Format("MaxLength", property.Metadata.Name, limit));
                    }

                    if (TextRules.HasControlCharacters(value, allowLineBreaks: true))
                    {
                        throw new FieldLimitException(property.Metadata.Name, Messages.Format("ControlCharacters", property.Metadata.Name));
                    }
                }
            }
        }
    }
}
