namespace Insurance.Rules.Engine;

/// <summary>
/// A rule is defined wrongly: <see cref="Rule.Define"/> threw, declared no patterns or no actions, bound a variable
/// twice, used a variable before binding it, used an alias that is not a plain field or property, or its name
/// clashes with another rule. Thrown by <see cref="RuleRepository.Compile"/>.
/// </summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The name of the rule that is defined wrongly.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RuleDefinitionException(string ruleName, string message, Exception? innerException = null)
        : base($"Rule '{ruleName}': {message}", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The name of the rule that is defined wrongly.</summary>
    public string RuleName { get; }
}
