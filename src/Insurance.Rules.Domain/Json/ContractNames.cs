using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Results;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// The contract's camelCase names of every enumeration in cases and results (CONTRACT.md), both ways.
/// Written out by hand, not derived by reflection, so renaming a C# member can never change the contract.
/// </summary>
public static class ContractNames
{
    private static readonly Table<Sex> Sexes = new((Sex.Male, "male"), (Sex.Female, "female"));

    private static readonly Table<ParticipantStatus> Statuses = new(
        (ParticipantStatus.Employed, "employed"),
        (ParticipantStatus.Flexible, "flexible"),
        (ParticipantStatus.Unemployed, "unemployed"),
        (ParticipantStatus.UnemployedWithBenefits, "unemployedWithBenefits"),
        (ParticipantStatus.Retired, "retired"),
        (ParticipantStatus.Student, "student"),
        (ParticipantStatus.Child, "child"),
        (ParticipantStatus.Newborn, "newborn"),
        (ParticipantStatus.Resident, "resident"));

    private static readonly Table<HukouType> HukouTypes = new(
        (HukouType.Agricultural, "agricultural"), (HukouType.NonAgricultural, "nonAgricultural"));

    private static readonly Table<Scheme> Schemes = new((Scheme.Employee, "employee"), (Scheme.Resident, "resident"));

    private static readonly Table<Payer> Payers = new(
        (Payer.Employer, "employer"), (Payer.Individual, "individual"), (Payer.UnemploymentFund, "unemploymentFund"));

    private static readonly Table<CaseEventType> EventTypes = new(
        (CaseEventType.EmploymentStarted, "employmentStarted"),
        (CaseEventType.EmploymentEnded, "employmentEnded"),
        (CaseEventType.UnemploymentBenefitsStarted, "unemploymentBenefitsStarted"),
        (CaseEventType.UnemploymentBenefitsEnded, "unemploymentBenefitsEnded"),
        (CaseEventType.EmployerStoppedPaying, "employerStoppedPaying"),
        (CaseEventType.ArrearsPaid, "arrearsPaid"),
        (CaseEventType.MovedIn, "movedIn"),
        (CaseEventType.Born, "born"),
        (CaseEventType.Retired, "retired"));

    private static readonly Table<CoverageStatus> CoverageStatuses = new(
        (CoverageStatus.Covered, "covered"),
        (CoverageStatus.Suspended, "suspended"),
        (CoverageStatus.Waiting, "waiting"),
        (CoverageStatus.Lapsed, "lapsed"),
        (CoverageStatus.NotEnrolled, "notEnrolled"),
        (CoverageStatus.RetiredCovered, "retiredCovered"));

    private static readonly Table<Channel> Channels = new(
        (Channel.Counter, "counter"),
        (Channel.Online, "online"),
        (Channel.App, "app"),
        (Channel.Bank, "bank"),
        (Channel.Employer, "employer"));

    private static readonly Table<MonthState> MonthStates = new(
        (MonthState.Paid, "paid"),
        (MonthState.Backpaid, "backpaid"),
        (MonthState.Gap, "gap"),
        (MonthState.Waiting, "waiting"),
        (MonthState.Covered, "covered"),
        (MonthState.NotDue, "notDue"));

    /// <summary>The contract name of a sex (<c>male</c>, <c>female</c>).</summary>
    /// <param name="value">The value.</param>
    public static string Of(Sex value) => Sexes.Name(value);

    /// <summary>The contract name of a participant status (<c>employed</c>, <c>flexible</c>, …).</summary>
    /// <param name="value">The value.</param>
    public static string Of(ParticipantStatus value) => Statuses.Name(value);

    /// <summary>The contract name of a hukou type (<c>agricultural</c>, <c>nonAgricultural</c>).</summary>
    /// <param name="value">The value.</param>
    public static string Of(HukouType value) => HukouTypes.Name(value);

    /// <summary>The contract name of a scheme (<c>employee</c>, <c>resident</c>).</summary>
    /// <param name="value">The value.</param>
    public static string Of(Scheme value) => Schemes.Name(value);

    /// <summary>The contract name of a payer (<c>employer</c>, <c>individual</c>, <c>unemploymentFund</c>).</summary>
    /// <param name="value">The value.</param>
    public static string Of(Payer value) => Payers.Name(value);

    /// <summary>The contract name of an event type (<c>employmentEnded</c>, …).</summary>
    /// <param name="value">The value.</param>
    public static string Of(CaseEventType value) => EventTypes.Name(value);

    /// <summary>The contract name of a coverage status (<c>covered</c>, <c>notEnrolled</c>, …).</summary>
    /// <param name="value">The value.</param>
    public static string Of(CoverageStatus value) => CoverageStatuses.Name(value);

    /// <summary>The contract name of a channel (<c>counter</c>, <c>online</c>, …).</summary>
    /// <param name="value">The value.</param>
    public static string Of(Channel value) => Channels.Name(value);

    /// <summary>The contract name of a timeline month state (<c>paid</c>, <c>gap</c>, …).</summary>
    /// <param name="value">The value.</param>
    public static string Of(MonthState value) => MonthStates.Name(value);

    /// <summary>The contract name of a coverage status, encoded for a JSON writer.</summary>
    internal static System.Text.Json.JsonEncodedText Encoded(CoverageStatus value) => CoverageStatuses.Encoded(value);

    /// <summary>The contract name of a channel, encoded for a JSON writer.</summary>
    internal static System.Text.Json.JsonEncodedText Encoded(Channel value) => Channels.Encoded(value);

    /// <summary>The contract name of a timeline month state, encoded for a JSON writer.</summary>
    internal static System.Text.Json.JsonEncodedText Encoded(MonthState value) => MonthStates.Encoded(value);

    /// <summary>Reads a contract name (exact, case-sensitive).</summary>
    /// <typeparam name="TEnum">One of the contract's enumerations.</typeparam>
    /// <param name="name">The camelCase name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>True when <paramref name="name"/> is a contract name of <typeparamref name="TEnum"/>.</returns>
    /// <exception cref="ArgumentException">When <typeparamref name="TEnum"/> is not a contract enumeration.</exception>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
        => TableOf<TEnum>().TryParse(name, out value);

    /// <summary>The contract names of <typeparamref name="TEnum"/>, in declaration order.</summary>
    /// <typeparam name="TEnum">One of the contract's enumerations.</typeparam>
    /// <exception cref="ArgumentException">When <typeparamref name="TEnum"/> is not a contract enumeration.</exception>
    public static IReadOnlyList<string> AllowedNames<TEnum>()
        where TEnum : struct, Enum
        => TableOf<TEnum>().Names;

    /// <summary>Reads a contract name from its UTF-8 bytes (exact, case-sensitive), as <see cref="TryParse{TEnum}"/> does from text.</summary>
    internal static bool TryParseUtf8<TEnum>(ReadOnlySpan<byte> utf8, out TEnum value)
        where TEnum : struct, Enum
        => TableOf<TEnum>().TryParseUtf8(utf8, out value);

    // Typed tests instead of a dictionary keyed by Type: the JIT folds them to the one table, and start-up builds
    // no dictionaries at all (frozen dictionaries over a handful of names cost more to build than they save).
    private static Table<TEnum> TableOf<TEnum>()
        where TEnum : struct, Enum
    {
        object? table =
            typeof(TEnum) == typeof(Sex) ? Sexes
            : typeof(TEnum) == typeof(ParticipantStatus) ? Statuses
            : typeof(TEnum) == typeof(HukouType) ? HukouTypes
            : typeof(TEnum) == typeof(Scheme) ? Schemes
            : typeof(TEnum) == typeof(Payer) ? Payers
            : typeof(TEnum) == typeof(CaseEventType) ? EventTypes
            : typeof(TEnum) == typeof(CoverageStatus) ? CoverageStatuses
            : typeof(TEnum) == typeof(Channel) ? Channels
            : typeof(TEnum) == typeof(MonthState) ? MonthStates
            : null;
        return table as Table<TEnum>
            ?? throw new ArgumentException($"{typeof(TEnum).Name} is not an enumeration of the case contract.", nameof(TEnum));
    }

    // A handful of names per enumeration: linear scans over small arrays beat hashing, and cost nothing to build.
    private sealed class Table<TEnum>
        where TEnum : struct, Enum
    {
        private readonly TEnum[] values;
        private readonly string[] names;
        private readonly byte[][] utf8;
        private System.Text.Json.JsonEncodedText[]? encoded;

        public Table(params (TEnum Value, string Name)[] pairs)
        {
            if (System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() != sizeof(int))
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}: contract enumerations are stored as int.");
            }

            values = new TEnum[pairs.Length];
            names = new string[pairs.Length];
            utf8 = new byte[pairs.Length][];
            for (var i = 0; i < pairs.Length; i++)
            {
                values[i] = pairs[i].Value;
                names[i] = pairs[i].Name;
                utf8[i] = System.Text.Encoding.UTF8.GetBytes(pairs[i].Name);
            }
        }

        public IReadOnlyList<string> Names => names;

        public string Name(TEnum value) => names[IndexOf(value)];

        // Encoded on first use: most tables are only ever read, and start-up builds no encoders.
        public System.Text.Json.JsonEncodedText Encoded(TEnum value)
        {
            var all = encoded ??= Array.ConvertAll(
                names, static n => System.Text.Json.JsonEncodedText.Encode(n, ContractEncoder.Instance));
            return all[IndexOf(value)];
        }

        // Compared as the int each contract enumeration is stored in (checked in the constructor): the generic
        // equality comparer of an enumeration is made by reflection and JIT-compiled on its first use, a cost every
        // one-case run paid for each table it wrote.
        private int IndexOf(TEnum value)
        {
            var key = System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
            for (var i = 0; i < values.Length; i++)
            {
                if (System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref values[i]) == key)
                {
                    return i;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
        }

        public bool TryParse(string name, out TEnum value)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    value = values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }

        public bool TryParseUtf8(ReadOnlySpan<byte> name, out TEnum value)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (name.SequenceEqual(utf8[i]))
                {
                    value = values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
