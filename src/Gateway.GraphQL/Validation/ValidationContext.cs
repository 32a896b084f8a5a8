using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// What a rule sees while the document is walked: the schema, the document, the <see cref="TypeInfo"/> state at
/// the current node, cached fragment and variable look-ups (<c>ValidationContext.Fragments.cs</c>), and error reporting.
/// </summary>
internal sealed partial class ValidationContext
{
    private readonly List<GraphQLError> errors;
    private readonly int maxErrors;

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        this.maxErrors = maxErrors;
        errors = [];
        fragments = IndexFragments(document);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far, in report order.</summary>
    public IReadOnlyList<GraphQLError> Errors => errors;

    /// <summary>The node a directive being walked is attached to (set by the walker before it walks the directives).</summary>
    public SyntaxNode? DirectiveOwner { get; set; }

    /// <summary>The top-level definition being walked (set by the walker).</summary>
    public DefinitionNode? CurrentDefinition { get; set; }

    /// <summary>For a directive on an input value definition: the definition holding it (argument or input field).</summary>
    public SyntaxNode? DirectiveOwnerParent { get; set; }

    public IType? Type => TypeInfo.Type;

    public INamedType? ParentType => TypeInfo.ParentType;

    public IType? InputType => TypeInfo.InputType;

    public IType? ParentInputType => TypeInfo.ParentInputType;

    public OutputField? FieldDef => TypeInfo.FieldDef;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValue? Argument => TypeInfo.Argument;

    public void ReportError(ValidationRule rule, string message, SyntaxNode? node)
    {
        var locations = node?.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : [];
        Add(rule, message, locations);
    }

    public void ReportError(ValidationRule rule, string message, SyntaxNode first, SyntaxNode second)
    {
        var count = (first.Location is null ? 0 : 1) + (second.Location is null ? 0 : 1);
        var locations = new SourceLocation[count];
        var index = 0;
        if (first.Location is { } a)
        {
            locations[index++] = new SourceLocation(a.Line, a.Column);
        }

        if (second.Location is { } b)
        {
            locations[index] = new SourceLocation(b.Line, b.Column);
        }

        Add(rule, message, locations);
    }

    public void ReportError<TNode>(ValidationRule rule, string message, IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        var locations = new List<SourceLocation>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        Add(rule, message, locations);
    }

    /// <summary>Stops validation with a final "Validation aborted." error (a rule ran out of its work budget).</summary>
    public void Abort(ValidationRule rule)
    {
        errors.Add(CreateError(rule, "Validation aborted.", []));
        throw new ValidationAbortedException();
    }

    private void Add(ValidationRule rule, string message, IReadOnlyList<SourceLocation> locations)
    {
        if (errors.Count >= maxErrors)
        {
            errors.Add(new GraphQLError(
                "Too many validation errors, error limit reached. Validation aborted.",
                ErrorCodes.TooManyValidationErrors));
            throw new ValidationAbortedException();
        }

        errors.Add(CreateError(rule, message, locations));
    }

    private static GraphQLError CreateError(ValidationRule rule, string message, IReadOnlyList<SourceLocation> locations)
    {
        var extensions = new Dictionary<string, object?>(3)
        {
            ["code"] = ErrorCodes.ValidationFailed,
            ["rule"] = rule.Name,
            ["specifiedBy"] = rule.SpecifiedBy,
        };
        return new GraphQLError(message, locations, null, extensions);
    }
}
