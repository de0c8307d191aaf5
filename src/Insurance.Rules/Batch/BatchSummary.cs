namespace Insurance.Rules.Batch;

/// <summary>What a batch over a stream did: lines read, and how many became results or error objects.</summary>
/// <param name="Lines">Input lines answered (one output line each).</param>
/// <param name="Evaluated">Lines that were valid cases and produced a result.</param>
/// <param name="Invalid">Lines that produced an error object.</param>
public sealed record BatchSummary(long Lines, long Evaluated, long Invalid);
