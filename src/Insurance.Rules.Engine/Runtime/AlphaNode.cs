using Insurance.Rules.Engine.Compilation;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// One alpha memory a fact type feeds: the single-fact test and the patterns that read the memory. Patterns
/// without single-fact conditions on the same type share one memory (typically <c>Match(() =&gt; case)</c> in
/// many rules), so a fact is stored and tested once for all of them.
/// </summary>
/// <param name="MemoryId">The index of the memory in a session.</param>
/// <param name="Alpha">The single-fact test; null: every fact of the type passes.</param>
/// <param name="Patterns">The patterns that read the memory.</param>
internal sealed record AlphaNode(int MemoryId, Func<object, bool>? Alpha, CompiledPattern[] Patterns);
