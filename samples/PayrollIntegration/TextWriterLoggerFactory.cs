using Microsoft.Extensions.Logging;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// A minimal logger factory writing one line per message to a text writer (standard error here). A real host would
/// register its own logging; this keeps the sample free of a logging package.
/// </summary>
public sealed class TextWriterLoggerFactory : ILoggerFactory
{
    private readonly TextWriter writer;
    private readonly LogLevel minimum;
    private readonly Lock gate = new();

    /// <summary>Creates the factory.</summary>
    /// <param name="writer">Where lines go.</param>
    /// <param name="minimum">Lowest level written.</param>
    public TextWriterLoggerFactory(TextWriter writer, LogLevel minimum)
    {
        ArgumentNullException.ThrowIfNull(writer);
        this.writer = writer;
        this.minimum = minimum;
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(TextWriterLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{Short(logLevel)} {category}[{eventId.Id}] {formatter(state, exception)}";
            lock (owner.gate)
            {
                owner.writer.WriteLine(line);
                if (exception is not null)
                {
                    owner.writer.WriteLine("     " + exception.Message);
                }
            }
        }

        private static string Short(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce:",
            LogLevel.Debug => "dbug:",
            LogLevel.Information => "info:",
            LogLevel.Warning => "warn:",
            LogLevel.Error => "fail:",
            _ => "crit:",
        };
    }
}
