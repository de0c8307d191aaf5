namespace Insurance.Rules.Domain.Results;

/// <summary>Where a step can be done.</summary>
public enum Channel
{
    /// <summary>At an agency service counter.</summary>
    Counter = 1,

    /// <summary>On the agency's web service.</summary>
    Online = 2,

    /// <summary>In a mobile app or mini-program.</summary>
    App = 3,

    /// <summary>Through a bank.</summary>
    Bank = 4,

    /// <summary>Through the employer's HR department.</summary>
    Employer = 5,
}
