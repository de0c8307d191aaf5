namespace Insurance.Rules.PayrollIntegration;

/// <summary>The employee file as a whole cannot be used (no header, required columns missing); single bad rows never throw.</summary>
public sealed class PayrollInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PayrollInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PayrollInputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PayrollInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
