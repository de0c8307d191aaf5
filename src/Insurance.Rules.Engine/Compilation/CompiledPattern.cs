using Insurance.Rules.Engine.Model;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>
/// A pattern of a rule (Match, Exists, Not or Collect) as the session indexes it: the facts of
/// <see cref="FactType"/> that pass <see cref="Alpha"/> form the pattern's alpha memory.
/// </summary>
/// <param name="Id">The index of the pattern in the factory.</param>
/// <param name="FactType">The fact type; facts of subtypes match too.</param>
/// <param name="Alpha">The conditions that use only the fact itself (null: none).</param>
/// <param name="RuleIndex">The rule the pattern belongs to.</param>
/// <param name="ElementIndex">The element of the rule the pattern belongs to.</param>
/// <param name="Kind">What the element does with matching facts.</param>
internal sealed record CompiledPattern(int Id, Type FactType, Func<object, bool>? Alpha, int RuleIndex, int ElementIndex, ElementKind Kind);
