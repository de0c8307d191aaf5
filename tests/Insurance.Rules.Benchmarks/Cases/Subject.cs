using System.Text;
using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Benchmarks.Cases;

/// <summary>One generated case in every form a benchmark starts from: text, UTF-8 bytes and the parsed model.</summary>
public sealed class Subject
{
    /// <summary>Generates the case and parses it once with the calculator (which must accept it).</summary>
    public Subject(CaseShape shape, EligibilityCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        Shape = shape;
        Json = CaseGenerator.Json(shape);
        Utf8 = Encoding.UTF8.GetBytes(Json);
        var parsed = calculator.Parse(Utf8);
        Model = parsed.Case ?? throw new InvalidOperationException(
            "The generated case is invalid: " + string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    /// <summary>The shape it was generated from.</summary>
    public CaseShape Shape { get; }

    /// <summary>The case as one line of JSON.</summary>
    public string Json { get; }

    /// <summary>The same, UTF-8 encoded (what arrives from a file or the network).</summary>
    public byte[] Utf8 { get; }

    /// <summary>The parsed and validated case.</summary>
    public InsuranceCase Model { get; }
}
