namespace Insurance.Rules.Engine.Compilation;

/// <summary>A variable of a rule: where its value lives in the tuple and which element binds it.</summary>
/// <param name="Name">The variable name (the field or local name).</param>
/// <param name="Slot">The index of its value in the tuple.</param>
/// <param name="ElementIndex">The element that binds it; only later elements (and actions) may use it.</param>
internal sealed record AliasInfo(string Name, int Slot, int ElementIndex);
