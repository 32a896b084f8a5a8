using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// A validation rule: a visitor run by <see cref="ValidationWalker"/> in one pass over the document, side by side
/// with every other rule (graphql-js's ParallelVisitor). A rule says which node kinds it wants to enter and leave,
/// so the walker only calls it for those. A new instance is created for every validation, so rules may keep state.
/// </summary>
internal abstract class ValidationRule
{
    private const string SpecBase = "https://spec.graphql.org/October2021/#";

    protected ValidationRule(string name, string specAnchor, ulong enterKinds, ulong leaveKinds = 0)
    {
        Name = name;
        SpecifiedBy = SpecBase + specAnchor;
        EnterKinds = enterKinds;
        LeaveKinds = leaveKinds;
    }

    /// <summary>The graphql-js name of the rule, reported as <c>extensions.rule</c>.</summary>
    public string Name { get; }

    /// <summary>The specification section the rule implements, reported as <c>extensions.specifiedBy</c>.</summary>
    public string SpecifiedBy { get; }

    /// <summary>A bit per <see cref="SyntaxKind"/> whose nodes this rule enters.</summary>
    public ulong EnterKinds { get; }

    /// <summary>A bit per <see cref="SyntaxKind"/> whose nodes this rule leaves.</summary>
    public ulong LeaveKinds { get; }

    /// <summary>Builds a kind mask.</summary>
    protected static ulong Kinds(SyntaxKind kind) => 1UL << (int)kind;

    /// <summary>Builds a kind mask.</summary>
    protected static ulong Kinds(SyntaxKind a, SyntaxKind b) => Kinds(a) | Kinds(b);

    /// <summary>Builds a kind mask.</summary>
    protected static ulong Kinds(SyntaxKind a, SyntaxKind b, SyntaxKind c) => Kinds(a) | Kinds(b) | Kinds(c);

    /// <summary>Builds a kind mask.</summary>
    protected static ulong Kinds(SyntaxKind a, SyntaxKind b, SyntaxKind c, SyntaxKind d) => Kinds(a, b) | Kinds(c, d);

    /// <summary>Called when the walker enters a node of a kind in <see cref="EnterKinds"/>; returning false skips the node's subtree for this rule only.</summary>
    public virtual bool Enter(ValidationContext context, SyntaxNode node) => true;

    /// <summary>Called when the walker leaves a node of a kind in <see cref="LeaveKinds"/> (unless this rule skipped it).</summary>
    public virtual void Leave(ValidationContext context, SyntaxNode node)
    {
    }
}
