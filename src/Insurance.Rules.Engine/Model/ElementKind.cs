namespace Insurance.Rules.Engine.Model;

/// <summary>The kinds of left-hand-side elements.</summary>
internal enum ElementKind
{
    Match,
    Exists,
    Not,
    Collect,
    Let,
    Having,
}
