namespace Gateway.Upstream;

/// <summary>Thrown inside the pipeline when a response body is larger than <see cref="ChatwootClientOptions.MaxResponseBytes"/>.</summary>
public sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException()
        : base("The Chatwoot response is larger than the configured maximum.")
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
