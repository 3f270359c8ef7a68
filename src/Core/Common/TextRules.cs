namespace IntegrationsNetz.Core.Common;

/// <summary>Characters no form field needs: a null byte or a bell in a name ends up in exports, mails and logs.</summary>
public static class TextRules
{
    /// <summary>
    /// Control characters (tab and line breaks only where <paramref name="allowLineBreaks"/>), and lone surrogates,
    /// which broken input leaves behind and which cannot be written as UTF-8 again.
    /// </summary>
    public static bool HasControlCharacters(string value, bool allowLineBreaks)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\n' or '\r' or '\t')
            {
                if (!allowLineBreaks)
                {
                    return true;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
