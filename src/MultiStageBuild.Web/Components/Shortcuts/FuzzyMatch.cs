namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>
/// The palette's filter: the typed letters must appear in order in a candidate, not necessarily together ("pypk" finds
/// "Python package"). Letters in a row and letters starting a word score higher, so the likeliest entries come first.
/// </summary>
public static class FuzzyMatch
{
    /// <summary>The score of <paramref name="candidate"/> for <paramref name="query"/>, or <c>null</c> when it does not match.</summary>
    public static int? Score(string candidate, string query)
    {
        var typed = query.Where(c => !char.IsWhiteSpace(c)).ToArray();
        if (typed.Length == 0)
        {
            return 0;
        }

        var score = 0;
        var next = 0;
        var previous = -2;
        for (var i = 0; i < candidate.Length && next < typed.Length; i++)
        {
            if (char.ToUpperInvariant(candidate[i]) != char.ToUpperInvariant(typed[next]))
            {
                continue;
            }

            score += 1 + (i == previous + 1 ? 3 : 0) + (i == 0 || !char.IsLetterOrDigit(candidate[i - 1]) ? 2 : 0);
            previous = i;
            next++;
        }

        return next == typed.Length ? score : null;
    }
}
